// `npm run bench:heavy`: a viral petition with a million signatures (synthetic, one action). It
// measures both CSV exports (time, rows, the CMS's peak memory), signing under 50 connections with
// and without an export running (same run), the public count during an export, and the admin's
// signature list, filters and search. Loopback only, bounded; everything it starts, it stops.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { apiToken, startThrowawayCms } from '@vigil/tools/cms'
import { childEnv } from '@vigil/tools/env'
import { fail, say } from '@vigil/tools/log'
import { BENCH_ADMIN } from './lib/benchAccounts.ts'
import { median, numberFlag } from './lib/benchFigures.ts'
import { addSyntheticSignatures, ensureCmsBuild } from './lib/cms.ts'
import { groupRssMb, sampleMemory } from './lib/processMemory.ts'
import { type LoadResult, runSignLoad } from './lib/signLoad.ts'

const flag = (name: string, fallback: number) =>
  numberFlag(name, fallback, (value) => Number.isInteger(value) && value >= 1, 'a whole number')
const SIGNATURES = flag('signatures', 1_000_000)
const SECONDS = flag('seconds', 20)
const CONNECTIONS = 50
const ACTION = 'stop-the-attacks-on-eastern-ghouta'
const run = Date.now().toString(36)

await ensureCmsBuild(childEnv())
say('Starting the production CMS on a throwaway database…')
// Every request comes from 127.0.0.1 here, so the per-address limit is raised out of the way.
const cms = await startThrowawayCms({
  env: { SIGN_RATE_LIMIT: '1000000000', TRUSTED_PROXY_HOPS: '0' },
  admin: BENCH_ADMIN,
})
process.on('exit', cms.stop)
await addSyntheticSignatures(cms.env, SIGNATURES)

// The first request after a long seed may meet a kept-alive socket the server has just closed.
const token = await apiToken(cms.url, BENCH_ADMIN).catch(() => apiToken(cms.url, BENCH_ADMIN))
const auth = { Authorization: `JWT ${token}` }
const api = (path: string) => fetch(`${cms.url}${path}`, { headers: auth })
const { docs } = (await (await api(`/api/actions?where[slug][equals]=${ACTION}&depth=0`)).json()) as {
  docs: { id: number }[]
}
const actionId = docs[0]!.id
let signers = 0
const signLoad = (label: string, until: number | Promise<unknown>) =>
  runSignLoad({
    label,
    url: `${cms.url}/api/actions/${ACTION}/sign`,
    connections: CONNECTIONS,
    until,
    body: () => ({ name: 'Heavy Bench', email: `heavy-${run}-${signers++}@example.org`, country: 'CA' }),
  })

// One export, streamed and counted as a campaigner's browser would download it.
async function exportCsv(columns: 'delivery' | 'full') {
  const memory = sampleMemory(cms.pid, 200)
  const before = groupRssMb(cms.pid)
  const started = performance.now()
  const response = await api(`/api/signatures/export?action=${actionId}&columns=${columns}`)
  if (response.status !== 200 || !response.body) fail(`The ${columns} export answered ${response.status}.`)
  let bytes = 0
  let lines = 0
  const progress = setInterval(() => say(`  ${columns} export: ${Math.max(0, lines - 1)} rows so far`), 5000)
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++
  }
  clearInterval(progress)
  const ms = performance.now() - started
  const { peak } = memory.stop()
  say(`  ${columns} export: ${lines - 1} rows in ${(ms / 1000).toFixed(1)} s`)
  return {
    seconds: Number((ms / 1000).toFixed(1)),
    rows: lines - 1,
    'CSV MB': Number((bytes / 1e6).toFixed(1)),
    'RSS before MB': before,
    'RSS peak MB': peak,
  }
}

// The public count, asked twice a second while something else runs.
async function pollCount(until: Promise<unknown>) {
  const latencies: number[] = []
  let done = false
  void until.finally(() => (done = true))
  while (!done) {
    const sent = performance.now()
    await fetch(`${cms.url}/api/actions/${ACTION}/count`)
    latencies.push(performance.now() - sent)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { p50: Math.round(median(latencies)), max: Math.round(Math.max(...latencies)) }
}

const SCAN_ROW = 'for comparison: a word inside a name (reads every row)'

// The admin's list queries at this size: the REST find behind each (the same query and count the
// list view runs), and the list page itself. Median of five.
async function listTimes() {
  const where = (query: string) => `/api/signatures?depth=0&limit=10&${query}`
  const queries: Record<string, string> = {
    'list, newest first': where('sort=-createdAt'),
    'filter: this action': where(`sort=-createdAt&where[action][equals]=${actionId}`),
    'filter: country FR': where('sort=-createdAt&where[country][equals]=FR'),
    'filter: consents to updates': where('sort=-createdAt&where[consentToUpdates][equals]=true'),
    // The admin's search box, as the list view sends it (its searchable field: the name's key).
    'search: the start of a name': where('where[or][0][nameKey][like]=Synthetic%20Signer%2098765'),
    'search: an email address': where('where[or][0][nameKey][like]=synthetic.signer.123456%40example.org'),
    // For comparison only: a "contains" query on the name, which must read every row.
    [SCAN_ROW]: where('where[or][0][name][like]=Signer%20987654'),
  }
  const rows: Record<string, { 'median ms': number; 'total docs': number }> = {}
  for (const [label, path] of Object.entries(queries)) {
    const times: number[] = []
    let total = 0
    for (let i = 0; i < 5; i++) {
      const sent = performance.now()
      const response = await api(path)
      total = ((await response.json()) as { totalDocs: number }).totalDocs
      times.push(performance.now() - sent)
    }
    rows[label] = { 'median ms': Math.round(median(times)), 'total docs': total }
  }
  const page: number[] = []
  for (let i = 0; i < 5; i++) {
    const sent = performance.now()
    const response = await fetch(`${cms.url}/admin/collections/signatures`, {
      // As the admin's own pages ask: the session cookie counts only from the CMS's own origin.
      headers: { Cookie: `payload-token=${token}`, Origin: cms.url, 'Sec-Fetch-Site': 'same-origin' },
    })
    const html = await response.text()
    if (!response.ok || response.url.includes('/login') || !html.includes('Synthetic Signer')) {
      writeFileSync(path.join(os.tmpdir(), 'vigil-bench-admin-list.html'), html)
      fail(`The admin's signature list did not render for the admin (${response.status} at ${response.url}).`)
    }
    page.push(performance.now() - sent)
  }
  rows['admin list page (HTML)'] = { 'median ms': Math.round(median(page)), 'total docs': 0 }
  return rows
}

const signRow = (result: LoadResult) => ({
  'req/s': Math.round(result.rate),
  'p50 ms': result.p50,
  'p99 ms': result.p99,
  errors: result.errors,
  'non-2xx': result.refused,
})

say('Admin list, filters and search (five of each)…')
const lists = await listTimes()
say('Each export alone…')
const exports = {
  delivery: await exportCsv('delivery'),
  full: await exportCsv('full'),
}
const alone = await signLoad('signing, nothing else running', SECONDS)
say('Signing while a full export runs…')
const exporting = exportCsv('full')
const [during, countDuring] = await Promise.all([signLoad('signing during an export', exporting), pollCount(exporting)])
const exportUnderLoad = await exporting

console.log(`\nSignatures on the action: ${SIGNATURES.toLocaleString('en')} synthetic, plus the bench's own`)
console.log('\nExports (alone, then under signing load)')
console.table({
  'delivery CSV': exports.delivery,
  'full CSV': exports.full,
  'full CSV while signing': exportUnderLoad,
})
console.log('\nSigning (loopback, closed loop, 50 connections)')
console.table({ 'without an export': signRow(alone), 'during a full export': signRow(during) })
console.log(`Public count during the export: p50 ${countDuring.p50} ms, slowest ${countDuring.max} ms`)
console.log('\nAdmin list (REST find with its count, and the page)')
console.table(lists)

const targets = [
  ['each export within 30 s', exports.delivery.seconds <= 30 && exports.full.seconds <= 30],
  ['sign p99 during an export within 2× of without', during.p99 <= 2 * alone.p99],
  ['no signing errors', alone.errors + during.errors + alone.refused + during.refused === 0],
  [
    'every list query the admin makes within 300 ms',
    Object.entries(lists).every(([label, row]) => label === SCAN_ROW || row['median ms'] <= 300),
  ],
] as const
for (const [target, met] of targets) say(`${met ? '✔' : '✖'} target: ${target}`)
if (targets.some(([, met]) => !met)) process.exitCode = 1
cms.stop()
