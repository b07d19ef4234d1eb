import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// A digest of files' names and contents: decides whether a build is still current.
export function fingerprint(baseDir: string, entries: string[]): string {
  const hash = createHash('sha256')
  const visit = (relative: string) => {
    const full = path.join(baseDir, relative)
    if (!existsSync(full)) return
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(relative, name))
      return
    }
    hash.update(relative).update('\0').update(readFileSync(full)).update('\0')
  }
  entries.forEach(visit)
  return hash.digest('hex')
}
