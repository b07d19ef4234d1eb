// The CMS's end-to-end fixtures, and what the site's tests take from them (`@vigil/cms/testing`).
// The harness (starting the CMS, ports, Chromium, API tokens) is @vigil/tools'; this adds only
// what the tests need inside the CMS: their accounts, a signer, hostile links.
import { type RunningCms, startThrowawayCms as startCms } from '@vigil/tools/cms'
import { PEOPLE, SIGNER } from '../e2e/fixtures/people'

// SIGNER signs the open demo action the way a visitor does, so privacy tests look for real data.
async function signAsVisitor(url: string) {
  const response = await fetch(`${url}/api/actions/stop-the-attacks-on-eastern-ghouta/sign`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.1' },
    body: JSON.stringify({ ...SIGNER, country: 'CA', postalCode: 'H2X 1Y4', consentToUpdates: true }),
  })
  if (response.status !== 201) throw new Error(`signing as a visitor answered ${response.status}`)
}

// The tools' throwaway CMS (the production build on a fresh database and a free port, with the
// demo content) plus the test accounts (PEOPLE) and SIGNER's signature.
export async function startThrowawayCms(overrides: Record<string, string> = {}): Promise<RunningCms> {
  const cms = await startCms({
    // As if behind one proxy: tests speak for different visitors through X-Forwarded-For.
    env: { TRUSTED_PROXY_HOPS: '1', ...overrides },
    admin: PEOPLE.admin,
    setupScripts: ['tests/e2e/fixtures/addPeople.ts'],
  })
  try {
    await signAsVisitor(cms.url)
  } catch (error) {
    cms.stop()
    throw error
  }
  return cms
}

export { HOSTILE_LINKS } from '../e2e/fixtures/hostileLinks'
export { PEOPLE, SIGNER } from '../e2e/fixtures/people'
export { screenshotOnFailure } from './browser'
export { signInToAdmin } from './signIn'
