import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { normaliseEmail } from '@vigil/shared'
import type { Payload } from 'payload'
import { nameSearchKey } from '../petitions/signerSearch'
import { insertSignatures, MAX_BATCH, type NewSignature } from '../petitions/signatureWriter'

// A viral petition for benchmarks: `count` signatures on one action, spread over the weeks before
// now, from a few countries and sources, stored through the same writer as real ones. Numbered
// addresses make it idempotent (repeats are skipped by the unique index). Between batches it gives
// the event loop back, like every job whose cost grows with the number of signatures.
const COUNTRIES = ['CA', 'CA', 'CA', 'FR', 'US', 'GB', 'DE', 'LB', 'JO', 'TR']
const SOURCES = [undefined, 'newsletter', 'facebook', 'partner-site', 'x']

export async function seedSyntheticSignatures(
  payload: Payload,
  { actionSlug, count, log }: { actionSlug: string; count: number; log: (line: string) => void },
): Promise<void> {
  const { docs } = await payload.find({ collection: 'actions', where: { slug: { equals: actionSlug } }, depth: 0 })
  const action = docs[0]
  if (!action) throw new Error(`No action "${actionSlug}" to sign: seed the demo content first.`)
  const started = Date.now()
  const spreadMs = 30 * 24 * 3600 * 1000
  const row = (n: number): NewSignature => {
    const at = new Date(started - spreadMs + Math.floor((n / count) * spreadMs)).toISOString()
    const email = `synthetic.signer.${n}@example.org`
    return {
      action: action.id,
      name: `Synthetic Signer ${n}`,
      nameKey: nameSearchKey(`Synthetic Signer ${n}`),
      email,
      emailKey: normaliseEmail(email),
      country: COUNTRIES[n % COUNTRIES.length]!,
      postalCode: n % 3 === 0 ? 'H2X 1Y4' : undefined,
      consentToUpdates: n % 2 === 0,
      consentVersion: action.consent.version ?? 1,
      consentedAt: at,
      namesGoToTargets: action.namesGoToTargets ?? true,
      source: { utmSource: SOURCES[n % SOURCES.length], utmMedium: n % 5 ? 'social' : undefined },
      locale: 'en',
      addressHash: `synthetic-${n % 50_000}`,
      createdAt: at,
      updatedAt: at,
    }
  }
  for (let first = 1; first <= count; first += MAX_BATCH) {
    const last = Math.min(count, first + MAX_BATCH - 1)
    await insertSignatures(
      payload,
      Array.from({ length: last - first + 1 }, (_, i) => row(first + i)),
    )
    await yieldToEventLoop()
    if (last % 50_000 < MAX_BATCH || last === count) {
      const rate = last / Math.max(0.001, (Date.now() - started) / 1000)
      log(`synthetic signatures: ${last}/${count} (${rate.toFixed(0)} per second)`)
    }
  }
}
