// `npm run bench:mail`: how fast the CMS's mail queue delivers to a local SMTP server, and what an
// SMTP outage of 30 s in the middle of a 60 s spike of mail costs (queued, delivered, lost, sent
// twice). The SMTP server is a real one in this process (tools/src/mailbox.ts), on loopback; the
// CMS is the production build with its own job runner. Bounded in time; everything it starts, it stops.
import { startThrowawayCms, runPayloadScript } from '@vigil/tools/cms'
import { childEnv } from '@vigil/tools/env'
import { fail, say } from '@vigil/tools/log'
import { type Mailbox, startMailbox } from '@vigil/tools/mailbox'
import { BENCH_ADMIN } from './lib/benchAccounts.ts'
import { ensureCmsBuild } from './lib/cms.ts'

const BURST = 2000
const SPIKE_RATE = 20
const SPIKE_SECONDS = 60
const OUTAGE = { from: 15, seconds: 30 }
const SETTLE_LIMIT_MS = 240_000

await ensureCmsBuild(childEnv())
let mailbox: Mailbox = await startMailbox()
const port = mailbox.port
say('Starting the production CMS on a throwaway database…')
const cms = await startThrowawayCms({ env: { SMTP_URL: mailbox.url }, admin: BENCH_ADMIN })
process.on('exit', () => cms.stop())

const ofTag = (box: Mailbox, tag: string) => box.received.filter((mail) => mail.parsed.subject?.startsWith(`${tag} `))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Waits until `expected` messages of `tag` have arrived (in every mailbox so far), or the limit.
async function waitForAll(boxes: () => Mailbox[], tag: string, expected: number, progress = true) {
  const started = Date.now()
  let last = -1
  for (;;) {
    const count = boxes().reduce((sum, box) => sum + ofTag(box, tag).length, 0)
    if (count >= expected || Date.now() - started > SETTLE_LIMIT_MS) return count
    if (progress && count !== last && Math.floor(count / 250) !== Math.floor(last / 250))
      say(`  ${count}/${expected} delivered`)
    last = count
    await sleep(100)
  }
}

try {
  // 1. Throughput: a burst queued at once, timed from the first message to the last.
  say(`Queueing ${BURST} messages at once…`)
  await runPayloadScript(cms.env, 'tests/bench/queueMail.ts', ['burst', String(BURST), '0'])
  const delivered = await waitForAll(() => [mailbox], 'burst', BURST)
  const times = ofTag(mailbox, 'burst').map((mail) => mail.at)
  const spanSeconds = (Math.max(...times) - Math.min(...times)) / 1000
  const rate = delivered / spanSeconds
  say(`  ${delivered} delivered in ${spanSeconds.toFixed(1)} s: ${rate.toFixed(0)} messages/s`)

  // 2. A 60 s spike with the SMTP server down from 15 s to 45 s.
  say(
    `Spike: ${SPIKE_RATE} messages/s for ${SPIKE_SECONDS} s; the SMTP server is down from ${OUTAGE.from} s to ${OUTAGE.from + OUTAGE.seconds} s…`,
  )
  const boxes: Mailbox[] = [mailbox]
  const spike = runPayloadScript(cms.env, 'tests/bench/queueMail.ts', [
    'spike',
    String(SPIKE_RATE),
    String(SPIKE_SECONDS),
  ])
  await sleep(OUTAGE.from * 1000)
  await mailbox.stop()
  say('  SMTP server down')
  await sleep(OUTAGE.seconds * 1000)
  mailbox = await startMailbox(port)
  boxes.push(mailbox)
  say('  SMTP server back')
  await spike
  const queued = SPIKE_RATE * SPIKE_SECONDS
  await waitForAll(() => boxes, 'spike', queued)
  const subjects = boxes.flatMap((box) => ofTag(box, 'spike').map((mail) => mail.parsed.subject!))
  const unique = new Set(subjects).size
  const results = {
    'burst: messages/s': rate.toFixed(0),
    'spike: queued': queued,
    'spike: delivered': unique,
    'spike: lost': queued - unique,
    'spike: sent twice': subjects.length - unique,
  }
  console.log('\nResults')
  console.table(results)
  if (queued !== unique || subjects.length !== unique) process.exitCode = 1
} catch (error) {
  fail(`The mail benchmark failed: ${(error as Error).message}`)
} finally {
  await mailbox.stop()
  cms.stop()
}
