import type { SendEmailOptions } from 'payload'
import { plainText } from './plainText'

export const EMAIL_QUEUE = 'email'

/** A message as it waits in the jobs table: plain JSON, addresses already written out. */
export type QueuedMessage = {
  from?: string
  to: string
  cc?: string
  bcc?: string
  replyTo?: string
  subject: string
  text: string
  html?: string
  headers?: Record<string, string>
}

type Address = SendEmailOptions['to']

// Nodemailer takes addresses as strings, objects or lists of either; the queue keeps strings.
function written(address: Address): string | undefined {
  if (address === undefined || address === null) return undefined
  const list = Array.isArray(address) ? address : [address]
  return list
    .map((one) =>
      typeof one === 'string' ? one : one.name ? `"${one.name.replace(/"/g, '')}" <${one.address}>` : one.address,
    )
    .join(', ')
}

// What of a message the queue can carry. Attachments and streams cannot wait in a JSON column, and
// nothing Vigil sends has any: refuse them here rather than send a message without them.
export function toQueued(message: SendEmailOptions): QueuedMessage {
  if (message.attachments?.length) throw new Error('Queued email cannot carry attachments.')
  const to = written(message.to)
  if (!to) throw new Error('An email needs a recipient.')
  const html = typeof message.html === 'string' ? message.html : undefined
  const text = typeof message.text === 'string' ? message.text : html ? plainText(html) : ''
  const headers =
    message.headers && !Array.isArray(message.headers)
      ? Object.fromEntries(Object.entries(message.headers).map(([name, value]) => [name, String(value)]))
      : undefined
  return {
    from: written(message.from),
    to,
    cc: written(message.cc),
    bcc: written(message.bcc),
    replyTo: written(message.replyTo),
    subject: message.subject ?? '',
    text,
    html,
    headers,
  }
}
