import type { Payload, PayloadRequest } from 'payload'
import type { Media } from '../payload-types'

export interface SeedOptions {
  adminEmail?: string
  adminPassword?: string
  log?: (line: string) => void
}

export interface SeedResult {
  created: number
  skipped: number
  admin?: { email: string; password?: string; generated: boolean }
}

// Generated types carry SQLite's numeric ids; on MongoDB the same values are strings, passed through untouched.
export type Id = Media['id']

/** What every seed step works with, and adds to. */
export interface Seeding {
  payload: Payload
  req: Partial<PayloadRequest>
  log: (line: string) => void
  /** Documents created and found so far; the admin's login once the last step has run. */
  result: SeedResult
  /** The id of every image ensured so far, by its key: rich text refers to images by key. */
  images: Map<string, Id>
}

// Seeding must not trigger site rebuilds per document; the caller builds once at the end.
const context = { disableRebuild: true, seeding: true }

export function seedContext(payload: Payload, options: SeedOptions): Seeding {
  return {
    payload,
    req: { context } as Partial<PayloadRequest>,
    log: options.log ?? ((line: string) => payload.logger.info(line)),
    result: { created: 0, skipped: 0 },
    images: new Map(),
  }
}

/** Counts one document, created or already there, and logs its line. */
export function counted(
  { result, log }: Seeding,
  kind: string,
  index: number,
  total: number,
  label: string,
  created: boolean,
): void {
  if (created) result.created++
  else result.skipped++
  log(`${kind} ${index + 1}/${total} ${created ? 'created' : 'exists '} · ${label}`)
}

/** The id for a key of the seed data; a key that names nothing is a mistake in the data. */
export const lookup = (ids: Map<string, Id>, kind: string) => (key: string) => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Seed data refers to unknown ${kind} "${key}"`)
  return id
}
