import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'
import { readRowsBetween, type SignatureField } from '../database/signatureRows'
import type { Signature } from '../payload-types'

// A petition's signatures as CSV, streamed from the database in chunks: for the targets
// (delivery) or the campaign's own record (full).

// Two shapes: what goes to the petition's targets (names and places, never emails), and the
// campaign's own full record, consent included.
export const EXPORT_COLUMNS = {
  delivery: [
    { key: 'name', header: 'Name' },
    { key: 'country', header: 'Country' },
    { key: 'postalCode', header: 'Postal code' },
    { key: 'signedAt', header: 'Signed at (UTC)' },
  ],
  full: [
    { key: 'name', header: 'Name' },
    { key: 'email', header: 'Email' },
    { key: 'country', header: 'Country' },
    { key: 'postalCode', header: 'Postal code' },
    { key: 'signedAt', header: 'Signed at (UTC)' },
    { key: 'consentToUpdates', header: 'Consents to updates' },
    { key: 'consentVersion', header: 'Consent wording version' },
    // The wording's version is counted per language: the two columns name the wording together.
    { key: 'language', header: 'Language' },
    { key: 'namesGoToTargets', header: 'Name goes to targets' },
    { key: 'utmSource', header: 'UTM source' },
    { key: 'utmMedium', header: 'UTM medium' },
    { key: 'utmCampaign', header: 'UTM campaign' },
  ],
} as const
export type ExportColumns = keyof typeof EXPORT_COLUMNS

// Rows per read: a few milliseconds of the event loop each (SQLite answers on this thread), so a
// download of a million signatures never makes a signer wait behind it.
export const EXPORT_CHUNK = 500

// What each shape reads from the database.
const FIELDS = {
  delivery: ['name', 'country', 'postalCode', 'createdAt', 'namesGoToTargets'],
  full: [
    'name',
    'email',
    'country',
    'postalCode',
    'createdAt',
    'consentToUpdates',
    'consentVersion',
    'locale',
    'namesGoToTargets',
    'source',
  ],
} as const satisfies Record<ExportColumns, readonly SignatureField[]>

// Shown to the targets in place of the name of someone who signed when the action promised that
// names stay with the campaign.
export const NAME_WITHHELD = '(name withheld)'

// Each signature keeps the promise it was given. Signatures stored before promises were recorded
// take the action's setting (a migration records it for them on SQL databases).
const row = (signature: Signature, columns: ExportColumns, actionPromise: boolean) => ({
  name: columns === 'delivery' && !(signature.namesGoToTargets ?? actionPromise) ? NAME_WITHHELD : signature.name,
  email: signature.email,
  country: signature.country,
  postalCode: signature.postalCode ?? '',
  signedAt: signature.createdAt,
  consentToUpdates: signature.consentToUpdates ? 'yes' : 'no',
  consentVersion: signature.consentVersion ?? '',
  language: signature.locale ?? '',
  namesGoToTargets: (signature.namesGoToTargets ?? actionPromise) ? 'yes' : 'no',
  utmSource: signature.source?.utmSource ?? '',
  utmMedium: signature.source?.utmMedium ?? '',
  utmCampaign: signature.source?.utmCampaign ?? '',
})

type Id = number | string

export interface ExportOf {
  action: { id: Id; namesGoToTargets?: boolean | null }
  columns: ExportColumns
}

// Reads in chunks that follow the id (keyset, not page numbers: each read costs the same at the
// millionth row as at the first, and no read transaction stays open across chunks). Below the
// collection API, as signing is: the handler has checked who asks, and per-document hooks would
// cost more than the read itself at this size. The export is of the signatures stored when it
// began (up to `upTo`): those that arrive while it runs (a viral action signs faster than any
// download) wait for the next one.
const chunk = (payload: Payload, { action, columns }: ExportOf, range: { after?: Id; upTo: Id }) =>
  readRowsBetween(payload, { action: action.id, ...range, limit: EXPORT_CHUNK, fields: FIELDS[columns] })

async function newestId(payload: Payload, action: Id): Promise<Id | undefined> {
  const { docs } = await payload.db.find<Signature>({
    collection: 'signatures',
    where: { action: { equals: action } },
    sort: '-id',
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  return docs[0]?.id
}

// One piece of CSV per chunk read (a stream of one piece per row costs more in stream machinery
// than the rows cost to read). The stream pulls the next chunk only when the download has taken
// the last, so memory holds one chunk.
export function csvStream(payload: Payload, of: ExportOf): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let upTo: Id | undefined
  let after: Id | undefined
  let first = true
  const csv = (docs: Signature[]) =>
    // A cell starting with = + - @ would run as a formula in a spreadsheet: such cells get a leading '.
    stringify(
      docs.map((signature) => row(signature, of.columns, of.action.namesGoToTargets ?? true)),
      { header: first, bom: first, columns: [...EXPORT_COLUMNS[of.columns]], escape_formulas: true },
    )
  return new ReadableStream({
    async pull(controller) {
      try {
        // SQLite's answers resume this code without passing through the event loop: step out to
        // it before each read, so requests waiting there (signers) go first.
        await yieldToEventLoop()
        if (first) upTo = await newestId(payload, of.action.id)
        const docs = upTo === undefined ? [] : await chunk(payload, of, { after, upTo })
        if (docs.length || first) controller.enqueue(encoder.encode(csv(docs)))
        first = false
        after = docs.at(-1)?.id ?? after
        if (docs.length < EXPORT_CHUNK) controller.close()
      } catch (error) {
        payload.logger.error({ err: error }, 'Signature export failed')
        controller.error(error)
      }
    },
  })
}
