import { fail } from '@vigil/tools/log'

// Small helpers the benchmarks share: reading a number from the command line, and the figures
// they report.

/** `--name N` from the command line, or `fallback`; a value `accept` refuses ends the run with `hint`. */
export function numberFlag(name: string, fallback: number, accept: (value: number) => boolean, hint: string): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at > -1 ? Number(process.argv[at + 1]) : fallback
  if (!accept(value)) fail(`--${name} needs ${hint}`)
  return value
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The p-th percentile of values already sorted in ascending order (0 when there are none). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
