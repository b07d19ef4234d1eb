import { randomBytes } from 'node:crypto'
import { FIRST_ADMIN_ROLE } from '../../access/roles'
import type { SeedOptions, SeedResult, Seeding } from '../context'
import { findFirst } from '../ensureEach'

// The first admin, unless there is one. A generated password is in the result only the time it is
// made (the start script prints it once); a chosen one never is.
async function ensureAdmin(seeding: Seeding, options: SeedOptions): Promise<NonNullable<SeedResult['admin']>> {
  const { payload, req } = seeding
  const email = options.adminEmail ?? 'admin@example.org'
  const existing = await findFirst(seeding, 'users', { role: { equals: FIRST_ADMIN_ROLE } })
  if (existing) return { email: existing.email, generated: false }
  const password = options.adminPassword ?? randomBytes(15).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Site administrator', role: FIRST_ADMIN_ROLE },
    req,
  })
  return { email, password: options.adminPassword ? undefined : password, generated: true }
}

export async function seedAdmin(seeding: Seeding, options: SeedOptions): Promise<void> {
  const admin = await ensureAdmin(seeding, options)
  seeding.result.admin = admin
  seeding.log(`admin    ${admin.generated ? 'created' : 'exists '} · ${admin.email}`)
}
