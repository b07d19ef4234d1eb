import type { Locale } from '@vigil/shared'
import { counted, type Seeding } from '../context'
import { site } from '../data/site'
import type { SeedSite, SeedSiteTranslation } from '../types'

// The site global always exists; in a language, it counts as seeded once it has a menu there.
export async function ensureSite(
  seeding: Seeding,
  data: SeedSite | SeedSiteTranslation,
  { locale, kind, label }: { locale?: Locale; kind: string; label: string },
): Promise<void> {
  const { payload, req } = seeding
  const current = await payload.findGlobal({ slug: 'site', locale, depth: 0, req })
  const siteIsNew = !current.menu?.length
  if (siteIsNew) await payload.updateGlobal({ slug: 'site', locale, data, req })
  counted(seeding, kind, 0, 1, label, siteIsNew)
}

// Databases seeded before the organisation's details existed get the demo's, once.
async function ensureOrganisation(seeding: Seeding): Promise<void> {
  const { payload, req } = seeding
  const current = await payload.findGlobal({ slug: 'site', depth: 0, req })
  const missing = !current.organisation?.legalName
  if (missing) await payload.updateGlobal({ slug: 'site', data: { organisation: site.organisation }, req })
  counted(seeding, 'site  ', 0, 1, 'organisation (sender identification)', missing)
}

export async function seedSite(seeding: Seeding): Promise<void> {
  await ensureSite(seeding, site, { kind: 'site  ', label: 'menu, footer and social accounts' })
  await ensureOrganisation(seeding)
}
