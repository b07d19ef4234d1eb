import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '@vigil/tools/processes'

export interface Counts {
  passed: number
  failed: number
  skipped: number
}

// Runs vitest with its usual output and a JSON report, so the totals can be added up across packages.
export async function vitest(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Counts & { code: number }> {
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'vigil-report-')), 'report.json')
  const code = await run(
    'pnpm',
    ['exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd,
      env,
    },
  )
  if (!existsSync(report)) return { code: code || 1, passed: 0, failed: 1, skipped: 0 }
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  return {
    code,
    passed: result.numPassedTests,
    failed: result.numFailedTests + (code !== 0 && result.numFailedTests === 0 ? 1 : 0),
    skipped: result.numPendingTests + result.numTodoTests,
  }
}
