import { readFileSync } from 'node:fs'
import path from 'node:path'

// A snapshot is the CMS's answers saved as JSON files (scripts/snapshot.ts writes one): builds
// from it need no CMS, which makes them a baseline for what fetching from the CMS costs.
export const snapshotFile = (dir: string, name: string) => path.join(dir, `${name}.json`)

export function readSnapshot<T>(dir: string, name: string): T {
  try {
    return JSON.parse(readFileSync(snapshotFile(dir, name), 'utf8')) as T
  } catch (error) {
    throw new Error(`The snapshot ${snapshotFile(dir, name)} cannot be read: ${(error as Error).message}`)
  }
}
