import type { TaskConfig } from 'payload'
import { type RebuildNotice, SIGNATURE_HEADER, signBody } from '@vigil/shared'
import { env } from '../env'

export const REBUILD_QUEUE = 'rebuild'

// Posts one signed notice to the rebuild server (or a host's deploy hook). Notices wait in the
// jobs table, so one that fails is retried with growing pauses, across CMS restarts too.
export const deliverRebuildNotice: TaskConfig<{ input: { notice: RebuildNotice }; output: { status: number } }> = {
  slug: 'deliverRebuildNotice',
  label: 'Tell the site to rebuild',
  inputSchema: [{ name: 'notice', type: 'json', required: true }],
  outputSchema: [{ name: 'status', type: 'number' }],
  // 1 s, 2 s, 4 s … about 17 minutes in all before the notice is given up.
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input }) => {
    const body = JSON.stringify(input.notice)
    const response = await fetch(env.REBUILD_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: await signBody(body, env.WEBHOOK_SECRET) },
      body,
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`${env.REBUILD_WEBHOOK_URL} answered ${response.status}`)
    return { output: { status: response.status } }
  },
}
