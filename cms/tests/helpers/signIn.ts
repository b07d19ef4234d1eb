import type { Page } from 'playwright-core'

interface Account {
  email: string
  password: string
}

// A token for calling the REST API as one of the test accounts (`Authorization: JWT <token>`).
export async function apiToken(cmsUrl: string, { email, password }: Account): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`signing in as ${email} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

// Signs in through the admin's login form, the way a person does, and waits for the dashboard.
export async function signInToAdmin(page: Page, cmsUrl: string, { email, password }: Account): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${cmsUrl}/admin`)
}
