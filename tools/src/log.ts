// One voice for every entry point: short lines, prefixed, with elapsed time where it helps.
export const say = (line: string) => console.log(`[vigil] ${line}`)

export function fail(message: string, hint?: string): never {
  console.error(`\n[vigil] ✖ ${message}`)
  if (hint) console.error(`[vigil]   ${hint}`)
  process.exit(1)
}

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`
