import type { EmailAdapter } from 'payload'
import { env } from '../env'
import { plainText } from './plainText'
import { EMAIL_QUEUE, toQueued } from './queuedMessage'

// Payload's email adapter, as Payload and Vigil call it (password resets, signers' messages): it
// only puts the message in the queue, so nobody waits on a mail server. The sendEmail job
// (jobs/sendEmail.ts) hands it to SMTP and retries while the server is away.
export const queuedEmailAdapter: EmailAdapter<{ queued: number | string }> = ({ payload }) => ({
  name: 'vigil-queue',
  defaultFromAddress: env.MAIL_FROM_ADDRESS,
  defaultFromName: env.MAIL_FROM_NAME,
  sendEmail: async (message) => {
    const job = await payload.jobs.queue({
      task: 'sendEmail',
      queue: EMAIL_QUEUE,
      input: { message: toQueued(message, plainText) },
    })
    return { queued: job.id }
  },
})
