import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '@vigil/tools/processes'

export interface Counts {
  passed: number
  failed: number
  skipped: number
}

/** A failed test: its file, its full name and the first line of why. */
export interface Failure {
  file: string
  name: string
  reason: string
}

interface Report {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: {
    name: string
    message?: string
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[]
  }[]
}

const firstLine = (text = '') => text.trim().split('\n')[0]!.slice(0, 300)

// A long log is often cut off where CI shows it; the run ends by naming what failed, from here.
function failuresIn(report: Report, cwd: string): Failure[] {
  return report.testResults.flatMap((file) => {
    const name = path.relative(cwd, file.name)
    const failed = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => ({ file: name, name: test.fullName, reason: firstLine(test.failureMessages?.[0]) }))
    // A file that fails before its tests run (an error in beforeAll, an import) has no failed test.
    return failed.length || !file.message
      ? failed
      : [{ file: name, name: '(the file itself)', reason: firstLine(file.message) }]
  })
}

// Runs vitest with its usual output and a JSON report, so the totals can be added up across packages.
export async function vitest(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Counts & { code: number; failures: Failure[] }> {
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'vigil-report-')), 'report.json')
  const code = await run(
    'pnpm',
    ['exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd,
      env,
    },
  )
  if (!existsSync(report)) {
    const failures = [{ file: cwd, name: '(vitest)', reason: `exited with code ${code} and wrote no report` }]
    return { code: code || 1, passed: 0, failed: 1, skipped: 0, failures }
  }
  const result = JSON.parse(readFileSync(report, 'utf8')) as Report
  return {
    code,
    passed: result.numPassedTests,
    failed: result.numFailedTests + (code !== 0 && result.numFailedTests === 0 ? 1 : 0),
    skipped: result.numPendingTests + result.numTodoTests,
    failures: failuresIn(result, cwd),
  }
}
