import { randomBytes } from 'node:crypto'
import { type Account, apiToken } from '@vigil/tools/cms'

// The benchmarks' own accounts, not the tests' (those stay with the CMS's tests). The admin is the
// throwaway CMS's first admin, created by its seed; its password is made for this run only.
export const BENCH_ADMIN: Account = {
  email: 'bench-admin@example.org',
  password: randomBytes(18).toString('base64url'),
}

// A token for the REST API as an account with `role`, which the admin adds as it would a colleague.
export async function tokenWithRole(cmsUrl: string, role: 'editor' | 'campaigner'): Promise<string> {
  const account: Account = { email: `bench-${role}@example.org`, password: randomBytes(18).toString('base64url') }
  const response = await fetch(`${cmsUrl}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${await apiToken(cmsUrl, BENCH_ADMIN)}` },
    body: JSON.stringify({ ...account, name: `Bench ${role}`, role }),
  })
  if (response.status !== 201) throw new Error(`adding the ${role} account answered ${response.status}`)
  return apiToken(cmsUrl, account)
}
