import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import net from 'node:net'
import { createInterface } from 'node:readline'
import { fail } from './log.ts'

// onLine may return false to keep a line off the terminal (a secret the caller shows itself).
export type RunOptions = SpawnOptions & { onLine?: (line: string) => boolean | void }

// Runs a command to completion, output shown (and offered line by line); resolves with its exit code.
export function run(cmd: string, args: string[], { onLine, ...options }: RunOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit', ...options })
    if (onLine && child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (onLine(line) !== false) console.log(line)
      })
    }
    child.on('error', (error) => fail(`Could not run ${cmd}: ${error.message}`))
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function mustRun(label: string, cmd: string, args: string[], options: RunOptions = {}) {
  const code = await run(cmd, args, options)
  if (code !== 0) fail(`${label} failed (exit code ${code}); see the output above.`)
}

// Starts a long-running service in its own process group so that stopping it stops its children too.
export function startService(cmd: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(cmd, args, { stdio: 'inherit', detached: true, ...options })
}

export function stopService(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.once('listening', () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

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
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
