import type { EmailAdapter } from 'payload'
import { env } from '../env'
import { EMAIL_QUEUE, toQueued } from './queuedMessage'
import { mayMail } from './recipientAllowance'

// Every address in a written-out list ("Name" <a@b>, c@d), names aside.
const ADDRESS = /[^\s<>,"]+@[^\s<>,"]+/g

// Payload's email adapter, as Payload and Vigil call it (password resets, signers' messages): it
// only puts the message in the queue, so nobody waits on a mail server. The sendEmail job
// (jobs/sendEmail.ts) hands it to SMTP and retries while the server is away.
export const queuedEmailAdapter: EmailAdapter<{ queued: number | string | null }> = ({ payload }) => ({
  name: 'vigil-queue',
  defaultFromAddress: env.MAIL_FROM_ADDRESS,
  defaultFromName: env.MAIL_FROM_NAME,
  sendEmail: async (message) => {
    const queued = toQueued(message)
    const recipients = [queued.to, queued.cc, queued.bcc].join(' ').match(ADDRESS) ?? []
    // Over an address's allowance for the day the message is dropped, as if sent: the caller's
    // answer must not tell anyone that an address has had mail from Vigil today.
    if (!(await mayMail(recipients))) {
      payload.logger.info('A message was not sent: its recipient has had their messages for today.')
      return { queued: null }
    }
    const job = await payload.jobs.queue({ task: 'sendEmail', queue: EMAIL_QUEUE, input: { message: queued } })
    return { queued: job.id }
  },
})
