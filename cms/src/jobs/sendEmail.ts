import { createHash } from 'node:crypto'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload, TaskConfig } from 'payload'
import { env } from '../env'
import type { QueuedMessage } from '../email/queuedMessage'

// One SMTP connection pool per process, made on the first message. Payload's own nodemailer
// adapter does the sending; it is not Payload's configured adapter, which queues (email/).
type Sender = ReturnType<EmailAdapter>
let smtp: Promise<Sender> | undefined
function smtpAdapter(payload: Payload): Promise<Sender> {
  if (!env.smtp) throw new Error('SMTP_URL is not set: the message waits in the queue until it is.')
  smtp ??= nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS,
    defaultFromName: env.MAIL_FROM_NAME,
    // A pool keeps connections open between messages; a server that went away is reconnected.
    transportOptions: { ...env.smtp, pool: true, maxConnections: 5 } as typeof env.smtp,
    skipVerify: true,
  }).then((adapter) => adapter({ payload }))
  return smtp
}

const senderDomain = env.MAIL_FROM_ADDRESS.slice(env.MAIL_FROM_ADDRESS.lastIndexOf('@') + 1)

// Sends one queued message. While the mail server is away the job fails and is retried with
// growing pauses (1 s, 2 s, 4 s … about 18 hours in all), so nothing queued is lost to an outage.
// The Message-ID is the job's own: should a message go out but its job fail to be marked done, the
// copy sent on retry carries the same id, which lets mail systems and readers recognise it.
export const sendEmailTask: TaskConfig<{ input: { message: QueuedMessage }; output: { messageId: string } }> = {
  slug: 'sendEmail',
  label: 'Send an email',
  inputSchema: [{ name: 'message', type: 'json', required: true }],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: { attempts: 16, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, job, req }) => {
    const id = createHash('sha256').update(`${job.id}:${job.createdAt}`).digest('hex').slice(0, 32)
    const messageId = `<${id}@${senderDomain}>`
    const { message } = input
    await (await smtpAdapter(req.payload)).sendEmail({ ...message, messageId })
    return { output: { messageId } }
  },
}
