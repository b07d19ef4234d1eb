// `npm test`: every check, in the order a failure is cheapest to find. All steps run; the summary says which failed.
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureCmsBuild } from './lib/cms.ts'
import { childEnv } from './lib/envFile.ts'
import { checkGeneratedFiles } from './lib/generatedFiles.ts'
import { say, seconds } from './lib/log.ts'
import { cmsDir, root } from './lib/paths.ts'
import { run } from './lib/processes.ts'
import { type Counts, vitest } from './lib/vitestRun.ts'

const CHROMIUM = '/usr/bin/chromium'
const started = performance.now()
// Tests make their own throwaway databases: on SQLite, or on the MongoDB server named by
// TEST_DATABASE_URL (or DATABASE_URL in the shell), never in the database .env configures.
const testServer = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? ''
const { DATABASE_URL: _configured, ...baseEnv } = childEnv()
const env = { ...baseEnv, TEST_DATABASE_URL: testServer }
// Tooling runs against a scratch database; the developer's data/ is never touched by tests.
const scratchEnv = {
  ...env,
  DATABASE_URL: `file:${path.join(mkdtempSync(path.join(os.tmpdir(), 'vigil-check-')), 'x.db')}`,
}

const totals: Counts = { passed: 0, failed: 0, skipped: 0 }
const failedSteps: string[] = []

async function step(name: string, body: () => Promise<boolean>) {
  const stepStart = performance.now()
  const failuresBefore = totals.failed
  say(`▶ ${name}`)
  const ok = await body().catch((error: Error) => {
    console.error(error.message)
    return false
  })
  if (!ok) failedSteps.push(name)
  // A failed check that is not a test suite still counts once in the totals.
  if (!ok && totals.failed === failuresBefore) totals.failed++
  say(`${ok ? '✔' : '✖'} ${name} (${seconds(stepStart)})`)
}

const tool = (cmd: string, args: string[], cwd = root) =>
  run('pnpm', ['exec', cmd, ...args], { cwd, env }).then((c) => c === 0)
const tests = async (cwd: string, args: string[]) => {
  const result = await vitest(cwd, args, env)
  totals.passed += result.passed
  totals.failed += result.failed
  totals.skipped += result.skipped
  return result.code === 0
}

await step('lint (eslint, zero warnings)', () => tool('eslint', ['.', '--max-warnings', '0']))
await step('format (prettier --check)', () => tool('prettier', ['--check', '.', '--log-level', 'warn']))
await step('generated types, import map and migrations are current', async () => {
  const problems = await checkGeneratedFiles(scratchEnv)
  problems.forEach((problem) => console.error(`  ${problem}`))
  return problems.length === 0
})
await step('typecheck (tsc -b)', () => tool('tsc', ['-b']))
await step('typecheck site (astro check)', () => tool('astro-check', [], path.join(root, 'site')))
await step('unit tests: shared', () => tests(path.join(root, 'shared'), []))
await step('unit tests: front door', () => tests(path.join(root, 'scripts'), []))
await step('unit tests: site', () => tests(path.join(root, 'site'), []))
await step('CMS unit and integration tests (SQLite)', () => tests(cmsDir, ['--config', 'vitest.config.ts']))
await step('end-to-end tests in Chromium', async () => {
  if (!existsSync(CHROMIUM)) {
    console.error(`  Chromium is missing at ${CHROMIUM}. Install it: apt-get update && apt-get install -y chromium`)
    return false
  }
  await ensureCmsBuild(env)
  return tests(cmsDir, ['--config', 'vitest.e2e.config.ts'])
})
await step('site built by Astro from the CMS', async () => {
  await ensureCmsBuild(env)
  return tests(path.join(root, 'site'), ['--config', 'vitest.e2e.config.ts'])
})
await step('publishing to live: CMS, rebuild server, live site, Chromium', async () => {
  return tests(path.join(root, 'site'), ['--config', 'vitest.publish.config.ts'])
})

say(`Finished in ${seconds(started)}.`)
if (failedSteps.length) say(`Failed steps: ${failedSteps.join('; ')}`)
console.log(
  `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(failedSteps.length ? 1 : 0)
