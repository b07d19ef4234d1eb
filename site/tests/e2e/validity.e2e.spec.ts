import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, inject, it } from 'vitest'

const outDir = inject('outDir')
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))

// Markup Astro itself injects that the checker flags, each with the reason it is accepted.
const KNOWN_ASTRO_EXCEPTIONS: { message: RegExp; reason: string }[] = [
  {
    message: /^A “style” element in “body” must be the first child of its parent\.$/,
    reason:
      'Astro writes its one-line rule for <astro-island> (display: contents) just before the first island, ' +
      'on action pages only; browsers apply a style element wherever it stands, and Astro has no option to move it.',
  },
]

interface VnuMessage {
  type: string
  url: string
  message: string
  extract?: string
}

describe('the Nu HTML Checker', () => {
  it('finds no errors in any built page', () => {
    const java = spawnSync('java', ['-version'])
    if (java.error)
      throw new Error('Java is missing: install it (apt-get install -y default-jre-headless) to run vnu.jar.')
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', outDir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] }
    const ours = messages.filter((m) => !KNOWN_ASTRO_EXCEPTIONS.some((known) => known.message.test(m.message)))
    expect(ours.map((m) => `${m.url.replace(`file:${outDir}`, '')}: ${m.message}`)).toEqual([])
  })
})
