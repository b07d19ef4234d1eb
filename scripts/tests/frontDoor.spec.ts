import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '@vigil/tools/paths'

const SYSTEM_NODE = '/usr/bin/node'

function frontDoor(node: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(node, [path.join(root, 'scripts', 'front-door.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  })
}

describe('the front door', () => {
  it.skipIf(!existsSync(SYSTEM_NODE))(
    'runs on the machine’s own Node and skips installing when nothing changed',
    () => {
      // The first run installs if anything changed; the second, with nothing changed, must not.
      expect(frontDoor(SYSTEM_NODE, ['setup']).status).toBe(0)
      const result = frontDoor(SYSTEM_NODE, ['setup'])
      expect(result.status, result.stderr).toBe(0)
      expect(result.stdout).toContain('Dependencies up to date; skipping install.')
      expect(result.stdout).not.toContain('Installing dependencies')
    },
  )

  it('names the tasks it knows when given an unknown one', () => {
    const result = frontDoor(process.execPath, ['deploy'])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Unknown task "deploy"')
    expect(result.stderr).toContain(
      'start, test, seed, bench, bench-sign, bench-publish, bench-heavy, bench-soak, bench-mail, rollback, setup',
    )
  })

  it('ends `start` with one clear line for an unsupported DATABASE_URL, before building anything', () => {
    const result = frontDoor(process.execPath, ['start'], { DATABASE_URL: 'postgres://localhost/vigil' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/DATABASE_URL "postgres:…" is not supported\./)
    expect(result.stdout).not.toContain('Building the CMS')
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  })
})
