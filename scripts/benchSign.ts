// `npm run bench:sign`: the sign endpoint under a viral spike, against Payload's stock REST create
// of the same signature, in one run on the production build. Loopback only, bounded in time;
// everything it starts, it stops.
import { apiToken, startThrowawayCms } from '@vigil/tools/cms'
import { childEnv } from '@vigil/tools/env'
import { fail, say } from '@vigil/tools/log'
import { BENCH_ADMIN } from './lib/benchAccounts.ts'
import { ensureCmsBuild } from './lib/cms.ts'
import { runSignLoad } from './lib/signLoad.ts'

const CONNECTIONS = 50
const secondsFlag = process.argv.indexOf('--seconds')
const SECONDS = secondsFlag > -1 ? Number(process.argv[secondsFlag + 1]) : 20
if (!Number.isInteger(SECONDS) || SECONDS < 5) fail('--seconds needs a whole number of at least 5')
const ACTION = 'stop-the-attacks-on-eastern-ghouta'
const run = Date.now().toString(36)

const load = (
  label: string,
  url: string,
  headers: Record<string, string>,
  tag: string,
  body: (email: string) => unknown,
) =>
  runSignLoad({
    label,
    url,
    headers,
    connections: CONNECTIONS,
    until: SECONDS,
    body: (n) => body(`bench-${tag}-${run}-${n}@example.org`),
  })

await ensureCmsBuild(childEnv())
say('Starting the production CMS on a throwaway database…')
// Every request comes from 127.0.0.1 here, so the per-address limit is raised out of the way; it
// is still consulted on every signature.
const cms = await startThrowawayCms({
  env: { SIGN_RATE_LIMIT: '1000000000', TRUSTED_PROXY_HOPS: '0' },
  admin: BENCH_ADMIN,
})
try {
  const api = (path: string, init: RequestInit = {}) => fetch(`${cms.url}${path}`, init)
  const token = await apiToken(cms.url, BENCH_ADMIN)
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
