import { counted, type Seeding } from '../context'
import { site } from '../data/site'

// The site global always exists; it counts as seeded once it has a menu.
export async function seedSite(seeding: Seeding): Promise<void> {
  const { payload, req } = seeding
  const current = await payload.findGlobal({ slug: 'site', depth: 0, req })
  const siteIsNew = !current.menu?.length
  if (siteIsNew) await payload.updateGlobal({ slug: 'site', data: site, req })
  counted(seeding, 'site  ', 0, 1, 'menu, footer and social accounts', siteIsNew)
}
