import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { say } from './log.ts'
import { root } from './paths.ts'

// `.env` holds the secrets and `data/` the database with every signer: only their owner may read
// them, whatever the machine's umask, and whoever else has an account on it.
export const OWNER_ONLY_FILE = 0o600
export const OWNER_ONLY_DIR = 0o700

// Takes group and others' access away from an existing file or directory, and says so.
export function keepOwnerOnly(target: string, mode: number): void {
  if (!existsSync(target)) return
  const current = statSync(target).mode & 0o777
  if ((current & 0o077) === 0) return
  chmodSync(target, mode)
  const name = target.startsWith(root + path.sep) ? path.relative(root, target) : target
  say(`${name} could be read by other users (mode ${current.toString(8)}); made it owner-only (${mode.toString(8)}).`)
}

// Creates the directory owner-only, or tightens it when it already exists.
export function ensureOwnerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR })
  keepOwnerOnly(dir, OWNER_ONLY_DIR)
}
