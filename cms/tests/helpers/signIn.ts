import type { Account } from '@vigil/tools/cms'
import type { Page } from 'playwright-core'

// Signs in through the admin's login form, the way a person does, and waits for the dashboard.
export async function signInToAdmin(page: Page, cmsUrl: string, { email, password }: Account): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${cmsUrl}/admin`)
}
