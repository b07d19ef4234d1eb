import { Agent, request as httpRequest } from 'node:http'
import { say } from '@vigil/tools/log'
import { percentile } from './benchFigures.ts'

// Closed-loop signing load for the benchmarks: each connection sends its next signature as soon as
// the previous one is answered, each from a different signer. When the load is told to stop, every
// connection finishes the request it has in flight, so every signature sent has an answer to count.

export interface LoadResult {
  rate: number
  p50: number
  p99: number
  errors: number
  refused: number
  acknowledged: number
}

export interface Load {
  label: string
  url: string
  connections: number
  /** The load runs until this settles: a number of seconds, or a promise (another task ending). */
  until: number | Promise<unknown>
  headers?: Record<string, string>
  body: (n: number) => unknown
}

/** One signature request; resolves with the answer's status once its body has been read. */
export function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<number> {
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

export async function runSignLoad({ label, url, connections, until, headers = {}, body }: Load): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const target = new URL(url)
  const latencies: number[] = []
  let n = 0
  let acknowledged = 0
  let refused = 0
  let errors = 0
  let stopped = false
  const stop = typeof until === 'number' ? new Promise((resolve) => setTimeout(resolve, until * 1000)) : until
  void stop.finally(() => (stopped = true))
  say(`${label}: ${connections} connections${typeof until === 'number' ? ` for ${until} s` : ''}…`)
  const started = performance.now()
  const progress = setInterval(() => say(`  ${label}: ${acknowledged} signatures acknowledged`), 5000)
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!stopped) {
        const sent = performance.now()
        try {
          const status = await post(agent, target, headers, JSON.stringify(body(n++)))
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
  agent.destroy()
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
