import type { TaskConfig } from 'payload'
import { NOTICE_ALREADY_ACCEPTED, type RebuildNotice, signNotice } from '@vigil/shared'
import { env } from '../env'

export const REBUILD_QUEUE = 'rebuild'

type QueuedNotice = Omit<RebuildNotice, 'sentAt'>

// Posts one signed notice to the rebuild server (or a host's deploy hook). Notices wait in the
// jobs table, so one that fails is retried with growing pauses, across CMS restarts too.
// Each attempt signs the notice afresh with its own time, so a notice retried for minutes is still
// within the rebuild server's window; the id stays the notice's own (queueRebuild), so an attempt
// whose answer was lost and is retried is refused as already accepted, and that counts as delivered.
export const deliverRebuildNotice: TaskConfig<{ input: { notice: QueuedNotice }; output: { status: number } }> = {
  slug: 'deliverRebuildNotice',
  label: 'Tell the site to rebuild',
  inputSchema: [{ name: 'notice', type: 'json', required: true }],
  outputSchema: [{ name: 'status', type: 'number' }],
  // 1 s, 2 s, 4 s … about 17 minutes in all before the notice is given up.
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, job }) => {
    // Notices queued before ids existed take their job's, which is just as stable across retries.
    const notice = { ...input.notice, noticeId: input.notice.noticeId ?? `legacy-job-${job.id}` }
    const { body, headers } = await signNotice(notice, env.WEBHOOK_SECRET)
    const response = await fetch(env.REBUILD_WEBHOOK_URL, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok && response.status !== NOTICE_ALREADY_ACCEPTED)
      throw new Error(`${env.REBUILD_WEBHOOK_URL} answered ${response.status}`)
    return { output: { status: response.status } }
  },
}
