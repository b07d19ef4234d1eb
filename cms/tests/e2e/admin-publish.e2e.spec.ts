import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest'
import { launchChromium, screenshotOnFailure } from '../helpers/browser'
import { apiToken } from '@vigil/tools/cms'
import { signInToAdmin } from '../helpers/signIn'
import { PEOPLE } from './fixtures/people'

const cmsUrl = inject('cmsUrl')
const TITLE = 'Hospitals in Idlib hit again'
const SLUG = 'hospitals-in-idlib-hit-again'
const DRAFT_TITLE = 'Hospitals in Idlib hit again (draft rewrite)'

let browser: Browser
let page: Page
let heroPath: string

async function visitorFindBySlug(slug: string) {
  const response = await fetch(`${cmsUrl}/api/posts?where[slug][equals]=${slug}&depth=1`)
  expect(response.status).toBe(200)
  return (await response.json()) as {
    docs: { id: number; title: string; heroImage?: { alt?: string; url?: string } }[]
  }
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-hero-'))
  heroPath = path.join(dir, 'idlib-hospital.jpg')
  const image = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#6b3a2a' } })
    .jpeg()
    .toBuffer()
  writeFileSync(heroPath, image)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
})

beforeEach((context) => onTestFailed(() => screenshotOnFailure(page, context.task.name)))

afterAll(async () => {
  await browser?.close()
})

describe('an editor publishing from the admin', () => {
  it('signs in to /admin', async () => {
    await signInToAdmin(page, cmsUrl, PEOPLE.editor)
    await expect(page.getByRole('heading', { name: 'Content' })).toBeTruthy()
    expect(await page.locator('text=Posts').first().isVisible()).toBe(true)
  })

  it('creates a post with a hero image and publishes it; a visitor then reads it through REST', async () => {
    await page.goto(`${cmsUrl}/admin/collections/posts/create`)
    await page.fill('#field-title', TITLE)
    // Autosave creates the draft. An autosave answer that lands after a later edit can put back the
    // field's old value (Payload issue #17676, open), so this waits, as a careful editor would, for
    // each save to finish before the next edit.
    await page.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')

    const hero = page.locator('#field-heroImage')
    await hero.getByRole('button', { name: /create new/i }).click()
    const drawer = page.locator('[id^="doc-drawer_media"]').last()
    await drawer.locator('input[type="file"]').setInputFiles(heroPath)
    await drawer.locator('#field-alt').fill('A damaged hospital corridor')
    await drawer.locator('#field-credit').fill('Test photographer')
    await drawer.getByRole('button', { name: /^save$/i }).click()
    await expect.poll(() => hero.textContent(), { timeout: 20_000 }).toContain('idlib-hospital')
    await page.waitForLoadState('networkidle')

    await page.fill('#field-excerpt', 'Two more hospitals were struck this week.')
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Medical workers describe a third attack in a month.')

    await page.waitForLoadState('networkidle')
    expect(await hero.textContent()).toContain('idlib-hospital')
    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 30_000 })
    await expect.poll(async () => (await visitorFindBySlug(SLUG)).docs.length, { timeout: 20_000 }).toBe(1)

    const { docs } = await visitorFindBySlug(SLUG)
    expect(docs[0]?.title).toBe(TITLE)
    expect(docs[0]?.heroImage?.alt).toBe('A damaged hospital corridor')
    const image = await fetch(new URL(docs[0]!.heroImage!.url!, cmsUrl))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/image\/jpeg/)
  })

  it('keeps later draft edits invisible to visitors', async () => {
    await page.fill('#field-title', DRAFT_TITLE)
    // Autosave stores the draft on its own; wait until the admin says so.
    await expect
      .poll(
        async () => {
          const response = await fetch(`${cmsUrl}/api/posts?where[slug][equals]=${SLUG}&draft=true`, {
            headers: { Authorization: `JWT ${await editorToken()}` },
          })
          return ((await response.json()) as { docs: { title: string }[] }).docs[0]?.title
        },
        { timeout: 30_000 },
      )
      .toBe(DRAFT_TITLE)

    const { docs } = await visitorFindBySlug(SLUG)
    expect(docs[0]?.title).toBe(TITLE)
    // Asking for drafts without signing in must not reveal them either.
    const asDraft = await fetch(`${cmsUrl}/api/posts?where[slug][equals]=${SLUG}&draft=true`)
    expect(await asDraft.text()).not.toContain(DRAFT_TITLE)
    const byId = await fetch(`${cmsUrl}/api/posts/${docs[0]!.id}?draft=true`)
    expect(await byId.text()).not.toContain(DRAFT_TITLE)
  })
})

let token: string | undefined
async function editorToken() {
  token ||= await apiToken(cmsUrl, PEOPLE.editor)
  return token
}
