import type { Payload } from 'payload'
import { insertRows, type NewSignature } from '../database/signatureRows'

export type { NewSignature }

// Group commit: every signature that arrives while the event loop is busy goes to the database in
// one statement, so a spike costs one write per batch rather than one per signer. Repeats are
// skipped by the unique (action, emailKey) index inside that same statement.
export const MAX_BATCH = 500

interface Pending {
  row: NewSignature
  done: () => void
  failed: (error: unknown) => void
}

// Stores rows in one statement where the adapter allows; repeats are skipped. Also used to seed
// synthetic signatures for benchmarks, so they take the same path as real ones.
export const insertSignatures = (payload: Payload, rows: NewSignature[]): Promise<void> => insertRows(payload, rows)

// Bound: one entry per signature request in flight (each request waits for its own), taken off in
// batches of MAX_BATCH as soon as the event loop is free; nothing stays once its batch is written.
const queues = new WeakMap<Payload, Pending[]>()

async function flush(payload: Payload): Promise<void> {
  const queue = queues.get(payload)!
  while (queue.length) {
    const batch = queue.splice(0, MAX_BATCH)
    try {
      await insertSignatures(
        payload,
        batch.map((pending) => pending.row),
      )
      for (const pending of batch) pending.done()
    } catch (error) {
      for (const pending of batch) pending.failed(error)
    }
  }
}

// Resolves once the signature is committed (or was already there).
export function storeSignature(payload: Payload, row: NewSignature): Promise<void> {
  let queue = queues.get(payload)
  if (!queue) queues.set(payload, (queue = []))
  return new Promise((done, failed) => {
    if (queue.push({ row, done, failed }) === 1) setImmediate(() => void flush(payload))
  })
}
