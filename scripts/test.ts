// `npm test`: every check, in the order a failure is cheapest to find. All steps run; the summary says which failed.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { requireChromium } from '@vigil/tools/browser'
import { childEnv, testDatabaseServer } from '@vigil/tools/env'
import { say, seconds } from '@vigil/tools/log'
import { cmsDir, root, siteDir } from '@vigil/tools/paths'
import { run } from '@vigil/tools/processes'
import { ensureCmsBuild } from './lib/cms.ts'
import { checkGeneratedFiles } from './lib/generatedFiles.ts'
import { type Counts, type Failure, vitest } from './lib/vitestRun.ts'

const started = performance.now()
// Tests make their own throwaway databases: on SQLite, or on the MongoDB server named by
// TEST_DATABASE_URL (or DATABASE_URL in the shell), never in the database .env configures.
const testServer = testDatabaseServer()
const { DATABASE_URL: _configured, ...baseEnv } = childEnv()
const env = { ...baseEnv, TEST_DATABASE_URL: testServer }
// Tooling runs against a scratch database; the developer's data/ is never touched by tests.
const scratchEnv = {
  ...env,
  DATABASE_URL: `file:${path.join(mkdtempSync(path.join(os.tmpdir(), 'vigil-check-')), 'x.db')}`,
}

const totals: Counts = { passed: 0, failed: 0, skipped: 0 }
const failedSteps: string[] = []
const failedTests: Failure[] = []

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
  failedTests.push(...result.failures)
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
await step('typecheck site (astro check)', () => tool('astro-check', [], siteDir))
await step('unit tests: shared', () => tests(path.join(root, 'shared'), []))
await step('unit tests: front door', () => tests(path.join(root, 'scripts'), []))
await step('unit tests: site', () => tests(siteDir, []))
await step('CMS unit and integration tests (SQLite)', () => tests(cmsDir, ['--config', 'vitest.config.ts']))
await step('end-to-end tests in Chromium', async () => {
  requireChromium()
  await ensureCmsBuild(env)
  return tests(cmsDir, ['--config', 'vitest.e2e.config.ts'])
})
await step('site built by Astro from the CMS', async () => {
  await ensureCmsBuild(env)
  return tests(siteDir, ['--config', 'vitest.e2e.config.ts'])
})
await step('publishing to live: CMS, rebuild server, live site, Chromium', async () => {
  return tests(siteDir, ['--config', 'vitest.publish.config.ts'])
})

say(`Finished in ${seconds(started)}.`)
if (failedSteps.length) say(`Failed steps: ${failedSteps.join('; ')}`)
for (const failure of failedTests) console.log(`  ✖ ${failure.file} › ${failure.name}\n      ${failure.reason}`)
console.log(
  `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(failedSteps.length ? 1 : 0)
