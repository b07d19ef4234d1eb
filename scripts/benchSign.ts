// `npm run bench:sign`: the sign endpoint under a viral spike, against Payload's stock REST create
// of the same signature, in one run on the production build. Loopback only, bounded in time;
// everything it starts, it stops.
import { Agent, request as httpRequest } from 'node:http'
import { apiToken, PEOPLE, startThrowawayCms } from '@vigil/cms/testing'
import { ensureCmsBuild } from './lib/cms.ts'
import { childEnv } from './lib/envFile.ts'
import { fail, say } from './lib/log.ts'

const CONNECTIONS = 50
const secondsFlag = process.argv.indexOf('--seconds')
const SECONDS = secondsFlag > -1 ? Number(process.argv[secondsFlag + 1]) : 20
if (!Number.isInteger(SECONDS) || SECONDS < 5) fail('--seconds needs a whole number of at least 5')
const ACTION = 'stop-the-attacks-on-eastern-ghouta'
const run = Date.now().toString(36)

interface Result {
  rate: number
  p50: number
  p99: number
  errors: number
  refused: number
  acknowledged: number
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })

function post(url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.setTimeout(10_000, () => request.destroy(new Error('timed out after 10 s')))
    request.end(body)
  })
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

// Closed loop: each connection sends its next signature as soon as the previous is answered,
// each from a different signer. At the deadline every connection finishes the request it has
// in flight, so every signature sent has an answer to count.
async function load(
  label: string,
  target: string,
  headers: Record<string, string>,
  tag: string,
  body: (email: string) => unknown,
): Promise<Result> {
  const url = new URL(target)
  const latencies: number[] = []
  let n = 0
  let acknowledged = 0
  let refused = 0
  let errors = 0
  say(`${label}: ${CONNECTIONS} connections for ${SECONDS} s…`)
  const started = performance.now()
  const deadline = started + SECONDS * 1000
  const progress = setInterval(() => say(`  ${label}: ${acknowledged} signatures acknowledged`), 5000)
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now()
        try {
          const status = await post(url, headers, JSON.stringify(body(`bench-${tag}-${run}-${n++}@example.org`)))
          latencies.push(performance.now() - sent)
          if (status === 201) acknowledged++
          else refused++
        } catch {
          errors++
        }
      }
    }),
  )
  clearInterval(progress)
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    rate: latencies.length / elapsed,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    errors,
    refused,
    acknowledged,
  }
}

await ensureCmsBuild(childEnv())
say('Starting the production CMS on a throwaway database…')
// Every request comes from 127.0.0.1 here, so the per-address limit is raised out of the way; it
// is still consulted on every signature.
const cms = await startThrowawayCms({ SIGN_RATE_LIMIT: '1000000000', TRUSTED_PROXY_HOPS: '0' })
try {
  const api = (path: string, init: RequestInit = {}) => fetch(`${cms.url}${path}`, init)
  const token = await apiToken(cms.url, PEOPLE.admin)
  const auth = { Authorization: `JWT ${token}` }
  const actions = (await (await api(`/api/actions?where[slug][equals]=${ACTION}&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const actionId = actions.docs[0]!.id
  const signer = (email: string) => ({ name: 'Bench Signer', email, country: 'CA' })

  const sign = await load('sign endpoint', `${cms.url}/api/actions/${ACTION}/sign`, {}, 'sign', signer)
  const stock = await load('stock REST create', `${cms.url}/api/signatures`, auth, 'stock', (email) => ({
    ...signer(email),
    action: actionId,
  }))

  const stored = async (tag: string) => {
    const response = await api(`/api/signatures/count?where[email][like]=bench-${tag}-${run}-`, { headers: auth })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  const storedSign = await stored('sign')
  const storedStock = await stored('stock')

  console.log('\nResults (loopback, closed loop, 50 connections)')
  console.table({
    'sign endpoint': {
      'req/s': sign.rate.toFixed(0),
      'p50 ms': sign.p50,
      'p99 ms': sign.p99,
      errors: sign.errors,
      'non-2xx': sign.refused,
      acknowledged: sign.acknowledged,
      stored: storedSign,
    },
    'stock REST create': {
      'req/s': stock.rate.toFixed(0),
      'p50 ms': stock.p50,
      'p99 ms': stock.p99,
      errors: stock.errors,
      'non-2xx': stock.refused,
      acknowledged: stock.acknowledged,
      stored: storedStock,
    },
  })
  const ratio = sign.rate / stock.rate
  say(`Sign endpoint vs stock create: ${ratio.toFixed(1)}× the rate.`)
  const targets = [
    ['at least 3× the stock create rate', ratio >= 3],
    ['p99 under 50 ms', sign.p99 < 50],
    ['no errors', sign.errors === 0 && sign.refused === 0],
    ['stored equals acknowledged: nothing lost, nothing doubled', storedSign === sign.acknowledged],
  ] as const
  for (const [target, met] of targets) say(`${met ? '✔' : '✖'} target: ${target}`)
  if (targets.some(([, met]) => !met)) process.exitCode = 1
} finally {
  cms.stop()
}
