// `npm run bench:soak`: signing at a steady rate for ten minutes (open loop: signatures are sent on
// a clock, whatever the answers), with the CMS's resident memory sampled throughout. After warm-up
// the memory should stay within ±10 % of its median: anything that grows with signatures would show
// here as a climb. Loopback only, bounded in time; everything it starts, it stops.
import { Agent } from 'node:http'
import { startThrowawayCms } from '@vigil/tools/cms'
import { childEnv } from '@vigil/tools/env'
import { say } from '@vigil/tools/log'
import { numberFlag, percentile } from './lib/benchFigures.ts'
import { ensureCmsBuild } from './lib/cms.ts'
import { groupRssMb } from './lib/processMemory.ts'
import { post } from './lib/signLoad.ts'

const flag = (name: string, fallback: number) =>
  numberFlag(name, fallback, (value) => Number.isFinite(value) && value > 0, 'a positive number')
const MINUTES = flag('minutes', 10)
const RATE = flag('rate', 500)
const WARM_UP_MINUTES = Math.min(2, MINUTES / 5)
const SAMPLE_EVERY_MS = 10_000
const TICK_MS = 20
const ACTION = 'stop-the-attacks-on-eastern-ghouta'
const run = Date.now().toString(36)

await ensureCmsBuild(childEnv())
say('Starting the production CMS on a throwaway database…')
const cms = await startThrowawayCms({ env: { SIGN_RATE_LIMIT: '1000000000', TRUSTED_PROXY_HOPS: '0' } })
process.on('exit', cms.stop)

const agent = new Agent({ keepAlive: true, maxSockets: 64 })
const url = new URL(`${cms.url}/api/actions/${ACTION}/sign`)
let sent = 0
let acknowledged = 0
let failed = 0
let inFlight = 0
let latencies: number[] = []

function sign() {
  const body = JSON.stringify({ name: 'Soak Signer', email: `soak-${run}-${sent++}@example.org`, country: 'CA' })
  const started = performance.now()
  inFlight++
  post(agent, url, {}, body).then(
    (status) => {
      inFlight--
      latencies.push(performance.now() - started)
      if (status === 201) acknowledged++
      else failed++
    },
    () => {
      inFlight--
      failed++
    },
  )
}
const samples: { minute: string; 'RSS MB': number; 'signed so far': number; 'p50 ms': number; 'p99 ms': number }[] = []

say(`Signing ${RATE} per second for ${MINUTES} min; memory sampled every ${SAMPLE_EVERY_MS / 1000} s…`)
const started = performance.now()
const end = started + MINUTES * 60_000
let due = 0
const clock = setInterval(() => {
  // Sends what the clock says is due, so a slow answer never slows the rate (open loop).
  const elapsed = performance.now() - started
  const target = Math.floor((elapsed / 1000) * RATE)
  while (due < target) {
    sign()
    due++
  }
}, TICK_MS)
const sampler = setInterval(() => {
  const sorted = latencies.sort((a, b) => a - b)
  samples.push({
    minute: ((performance.now() - started) / 60_000).toFixed(1),
    'RSS MB': groupRssMb(cms.pid),
    'signed so far': acknowledged,
    'p50 ms': Math.round(percentile(sorted, 50)),
    'p99 ms': Math.round(percentile(sorted, 99)),
  })
  latencies = []
  const last = samples.at(-1)!
  say(`  ${last.minute} min: ${last['RSS MB']} MB, ${acknowledged} signed, p99 ${last['p99 ms']} ms`)
}, SAMPLE_EVERY_MS)

await new Promise((resolve) => setTimeout(resolve, end - performance.now()))
clearInterval(clock)
clearInterval(sampler)
while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50))
agent.destroy()

console.log(`\nSoak: ${RATE} signatures per second for ${MINUTES} min (loopback, open loop)`)
console.table(samples)
const settled = samples.filter((sample) => Number(sample.minute) >= WARM_UP_MINUTES).map((s) => s['RSS MB'])
const middle = [...settled].sort((a, b) => a - b)[Math.floor(settled.length / 2)] ?? 0
const low = Math.min(...settled)
const high = Math.max(...settled)
const spread = (value: number) => `${(((value - middle) / middle) * 100).toFixed(1)} %`
say(
  `After ${WARM_UP_MINUTES} min of warm-up: median ${middle} MB, from ${low} (${spread(low)}) to ${high} (${spread(high)}).`,
)
say(`Sent ${sent}, acknowledged ${acknowledged}, failed ${failed}.`)
const targets = [
  ['memory after warm-up within ±10 % of its median', low >= middle * 0.9 && high <= middle * 1.1],
  ['every signature acknowledged', failed === 0 && acknowledged === sent],
] as const
for (const [target, met] of targets) say(`${met ? '✔' : '✖'} target: ${target}`)
if (targets.some(([, met]) => !met)) process.exitCode = 1
cms.stop()
