import type { Payload } from 'payload'
import { type Mailbox, startMailbox } from '@vigil/tools/mailbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMAIL_QUEUE } from '../../src/email/queuedMessage'
import { env } from '../../src/env'
import { travelPast, useMovableClock, useRealClock } from '../helpers/clock'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let mailbox: Mailbox | undefined
const port = Number(new URL(env.SMTP_URL!).port)

const emailJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: EMAIL_QUEUE } },
      limit: 1000,
      depth: 0,
    })
  ).docs

const runQueue = () => payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100 })
const delivered = (subject: string) => mailbox!.received.filter((mail) => mail.parsed.subject === subject)

// Runs the queue, moving the clock past each retry's pause, until no message is left in it.
async function drain() {
  for (let round = 0; round < 20 && (await emailJobs()).length; round++) {
    const waits = (await emailJobs()).map((job) => job.waitUntil).filter((at): at is string => Boolean(at))
    if (waits.length) travelPast(waits.sort().at(-1)!)
    await runQueue()
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  useMovableClock()
})
afterAll(async () => {
  useRealClock()
  await mailbox?.stop()
})

describe('email', () => {
  it('waits in the queue: sending returns at once, and the message goes out over SMTP when the queue runs', async () => {
    mailbox = await startMailbox(port)
    await payload.sendEmail({
      to: 'reader@example.org',
      subject: 'Queued hello',
      html: '<p>Hello, <a href="https://example.org/x">read this</a>.</p>',
    })
    expect(delivered('Queued hello')).toHaveLength(0)
    expect((await emailJobs()).length).toBe(1)
    await runQueue()
    const [mail] = delivered('Queued hello')
    expect(mail!.envelopeTo).toEqual(['reader@example.org'])
    expect(mail!.parsed.from?.value[0]).toMatchObject({ address: env.MAIL_FROM_ADDRESS, name: env.MAIL_FROM_NAME })
    // Written in HTML only, it reads as plain text too, the link's address kept.
    expect(mail!.parsed.text).toContain('Hello, read this [https://example.org/x]')
    expect(mail!.parsed.messageId).toMatch(/^<[0-9a-f]{32}@/)
    // A message sent leaves nothing of itself (an address) in the jobs table.
    expect(await emailJobs()).toHaveLength(0)
  })

  it('keeps what is queued while the mail server is down, and delivers each message once when it returns', async () => {
    await mailbox!.stop()
    mailbox = undefined
    const subjects = ['Outage 1', 'Outage 2', 'Outage 3']
    for (const subject of subjects) await payload.sendEmail({ to: 'reader@example.org', subject, text: subject })
    await runQueue()
    await runQueue()
    const waiting = await emailJobs()
    expect(waiting).toHaveLength(3)
    expect(waiting.every((job) => !job.hasError && (job.totalTried ?? 0) >= 1)).toBe(true)

    mailbox = await startMailbox(port)
    await drain()
    await runQueue()
    for (const subject of subjects) expect(delivered(subject)).toHaveLength(1)
    expect(await emailJobs()).toHaveLength(0)
  })

  it('sends one person at most MAIL_PER_ADDRESS_PER_DAY messages a day, however their address is written', async () => {
    const spellings = ['flood.target@gmail.com', 'Flood.Target+petition@gmail.com', 'floodtarget@GMAIL.com']
    for (let n = 0; n < env.MAIL_PER_ADDRESS_PER_DAY + 3; n++)
      await payload.sendEmail({ to: spellings[n % spellings.length], subject: `Flood ${n}`, text: 'Hello' })
    await payload.sendEmail({ to: 'someone.else@example.org', subject: 'Not flooded', text: 'Hello' })
    await runQueue()
    const flood = mailbox!.received.filter((mail) => mail.parsed.subject?.startsWith('Flood '))
    expect(flood).toHaveLength(env.MAIL_PER_ADDRESS_PER_DAY)
    expect(delivered('Not flooded')).toHaveLength(1)
    expect(await emailJobs()).toHaveLength(0)
  })

  it('sends Payload’s own account mail (a password reset) through the same queue', async () => {
    const email = `staff-${Date.now()}@example.org`
    await payload.create({
      collection: 'users',
      data: { email, password: 'a long enough password', name: 'Staff', role: 'editor' },
    })
    await payload.forgotPassword({ collection: 'users', data: { email } })
    await runQueue()
    const mail = await mailbox!.waitFor((received) => received.envelopeTo.includes(email))
    expect(mail.parsed.text).toMatch(/reset/i)
  })
})
