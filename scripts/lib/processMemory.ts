import { readdirSync, readFileSync } from 'node:fs'

// Resident memory of every process in a process group (a service started by startService or
// startThrowawayCms in @vigil/tools: pnpm and the server it runs), in MB, from /proc (Linux).
export function groupRssMb(groupId: number): number {
  let kb = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Field 5 of stat is the process group; the command name (field 2) may hold spaces, so count
      // fields from the closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (group !== groupId) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))
      kb += Number(rss?.[1] ?? 0)
    } catch {
      // The process ended while being read.
    }
  }
  return Math.round(kb / 1024)
}

// Samples groupRssMb every `everyMs` until stopped; returns the peak and every sample.
export function sampleMemory(groupId: number, everyMs: number) {
  const samples: { atMs: number; mb: number }[] = []
  const started = performance.now()
  const take = () => samples.push({ atMs: Math.round(performance.now() - started), mb: groupRssMb(groupId) })
  take()
  const timer = setInterval(take, everyMs)
  return {
    samples,
    stop() {
      clearInterval(timer)
      take()
      return { peak: Math.max(...samples.map((s) => s.mb)), samples }
    },
  }
}
