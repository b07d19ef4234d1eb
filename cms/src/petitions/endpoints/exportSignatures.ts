import { userCanHandleSignatures } from '../../access/roles'
import { staffEndpoint } from '../../access/staffEndpoint'
import { csvStream } from '../signatureExport'

// GET /api/signatures/export?action=<id>&columns=delivery|full → CSV. Campaigners and admins only.
export const exportSignaturesEndpoint = staffEndpoint(
  { path: '/export', method: 'get' },
  { allowed: userCanHandleSignatures, refusal: 'Only campaigners and admins can export signatures.' },
  async (req) => {
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

    const date = new Date().toISOString().slice(0, 10)
    return new Response(csvStream(req.payload, { action, columns }), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="signatures-${action.slug}-${columns}-${date}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
)
