import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'

// onLine may return false to keep a line off the terminal (a secret the caller shows itself).
export type RunOptions = SpawnOptions & { onLine?: (line: string) => boolean | void }

// A command that ran and failed; `code` is for callers that word the failure their own way.
export class CommandFailed extends Error {
  readonly code: number
  constructor(command: string, code: number) {
    super(`${command} exited with code ${code}`)
    this.code = code
  }
}

// Runs a command to completion, output shown (and offered line by line); resolves with its exit
// code, and rejects only when the command cannot be started at all.
export function run(cmd: string, args: string[], { onLine, ...options }: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit', ...options })
    if (onLine && child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (onLine(line) !== false) console.log(line)
      })
    }
    child.on('error', (error) => reject(new Error(`Could not run ${cmd}: ${error.message}`)))
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

// As run, but a failure rejects (CommandFailed).
export async function runToEnd(cmd: string, args: string[], options: RunOptions = {}): Promise<void> {
  const code = await run(cmd, args, options)
  if (code !== 0) throw new CommandFailed([cmd, ...args].join(' '), code)
}

// Runs a command with its output kept rather than shown; resolves with its standard output, or
// rejects with all of it, for whoever reads the failure.
export function runForOutput(label: string, cmd: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', (error) => reject(new Error(`Could not run ${cmd}: ${error.message}`)))
    child.on('close', (code, signal) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${label} failed (exit code ${code ?? signal}):\n${stdout}\n${stderr}`)),
    )
  })
}

// Starts a long-running service in its own process group so that stopping it stops its children too.
export function startService(cmd: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(cmd, args, { stdio: 'inherit', detached: true, ...options })
}

export function stopService(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone (a test may stop it on purpose).
  }
}

// Resolves once `url` answers 2xx; rejects when `child` exits first or the time runs out.
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the process exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
    } catch {
      // Not up yet.
    }
    await sleep(300)
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
