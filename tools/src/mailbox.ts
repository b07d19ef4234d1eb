import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A message as the mailbox received and parsed it. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), which Bcc and headers cannot hide. */
  envelopeTo: string[]
  parsed: ParsedMail
  /** The raw message, headers and all, as it came over the wire. */
  raw: string
  /** When it arrived (Date.now()). */
  at: number
}

export interface Mailbox {
  port: number
  url: string
  received: ReceivedMail[]
  /** Resolves with the first message (from now on, or already received) that `match` accepts. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>
  /** Stops listening; messages already received stay readable. */
  stop(): Promise<void>
}

// A real SMTP server in the test's own process, on loopback: what Vigil sends arrives over SMTP,
// exactly as it would at a provider, and is parsed by mailparser. Listens on `port` (a free one
// when 0), accepts any sender and recipient, no authentication, no TLS.
export async function startMailbox(port = 0): Promise<Mailbox> {
  const received: ReceivedMail[] = []
  const waiting = new Set<{ match: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Stopping is an outage, not a polite shutdown: open connections are cut, not waited for.
    closeTimeout: 10,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw)
          .then((parsed) => {
            const mail = { envelopeTo: session.envelope.rcptTo.map((to) => to.address), parsed, raw, at: Date.now() }
            received.push(mail)
            for (const waiter of waiting)
              if (waiter.match(mail)) {
                waiting.delete(waiter)
                waiter.resolve(mail)
              }
            callback()
          })
          .catch((error: Error) => callback(error))
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    received,
    waitFor(match, timeoutMs = 30_000) {
      const found = received.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve }
        waiting.add(waiter)
        setTimeout(() => {
          if (waiting.delete(waiter)) reject(new Error(`no matching message within ${timeoutMs} ms`))
        }, timeoutMs).unref()
      })
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
