import { once } from 'node:events'
import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import type { Signature } from '../payload-types'

// Two shapes: what goes to the petition's targets (names and places, never emails), and the
// campaign's own full record, consent included.
const COLUMNS = {
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
    { key: 'namesGoToTargets', header: 'Name goes to targets' },
    { key: 'utmSource', header: 'UTM source' },
    { key: 'utmMedium', header: 'UTM medium' },
    { key: 'utmCampaign', header: 'UTM campaign' },
  ],
} as const

const PAGE_SIZE = 1000

// Shown to the targets in place of the name of someone who signed when the action promised that
// names stay with the campaign.
export const NAME_WITHHELD = '(name withheld)'

// Each signature keeps the promise it was given. Signatures stored before promises were recorded
// take the action's setting (a migration records it for them on SQL databases).
const row = (signature: Signature, columns: keyof typeof COLUMNS, actionPromise: boolean) => ({
  name: columns === 'delivery' && !(signature.namesGoToTargets ?? actionPromise) ? NAME_WITHHELD : signature.name,
  email: signature.email,
  country: signature.country,
  postalCode: signature.postalCode ?? '',
  signedAt: signature.createdAt,
  consentToUpdates: signature.consentToUpdates ? 'yes' : 'no',
  consentVersion: signature.consentVersion ?? '',
  namesGoToTargets: (signature.namesGoToTargets ?? actionPromise) ? 'yes' : 'no',
  utmSource: signature.source?.utmSource ?? '',
  utmMedium: signature.source?.utmMedium ?? '',
  utmCampaign: signature.source?.utmCampaign ?? '',
})

interface ExportOf {
  action: { id: number | string; namesGoToTargets?: boolean | null }
  columns: keyof typeof COLUMNS
}

async function writeAll(req: PayloadRequest, { action, columns }: ExportOf, out: ReturnType<typeof stringify>) {
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'signatures',
      where: { action: { equals: action.id } },
      sort: 'createdAt',
      depth: 0,
      limit: PAGE_SIZE,
      page,
      overrideAccess: false,
      user: req.user,
    })
    for (const signature of result.docs) {
      if (!out.write(row(signature, columns, action.namesGoToTargets ?? true))) await once(out, 'drain')
    }
    if (!result.hasNextPage) break
  }
  out.end()
}

// GET /api/signatures/export?action=<id>&columns=delivery|full → CSV. Campaigners and admins only.
export const exportSignaturesEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'campaigner')) {
      return Response.json({ message: 'Only campaigners and admins can export signatures.' }, { status: 403 })
    }
    const columns = req.searchParams.get('columns') === 'full' ? 'full' : 'delivery'
    const actionId = req.searchParams.get('action') ?? ''
    const action = await req.payload
      .findByID({
        collection: 'actions',
        id: actionId,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })
      .catch(() => null)
    if (!action) return Response.json({ message: 'No action with that id.' }, { status: 404 })

    // A cell starting with = + - @ would run as a formula in a spreadsheet: such cells get a leading '.
    const out = stringify({ header: true, columns: [...COLUMNS[columns]], escape_formulas: true, bom: true })
    writeAll(req, { action, columns }, out).catch((error: unknown) => {
      req.payload.logger.error({ err: error }, 'Signature export failed')
      out.destroy(error as Error)
    })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(Readable.toWeb(out) as ReadableStream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="signatures-${action.slug}-${columns}-${date}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
