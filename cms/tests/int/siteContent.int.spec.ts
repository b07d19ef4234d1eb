import config from '@payload-config'
import { SITE_COLLECTIONS, SITE_GLOBALS } from '@vigil/shared'
import { describe, expect, it } from 'vitest'
import { isRebuildHook } from '../../src/hooks/notifyRebuild'

// The list of what the site reads (shared/src/siteContent.ts) and the CMS's rebuild hooks agree:
// a collection the site reads but the CMS never announces would leave the live site stale.
describe('the content the static site is made from', () => {
  it.each(SITE_COLLECTIONS)('%s sends a rebuild notice when it changes or is deleted', async (slug) => {
    const collection = (await config).collections.find((each) => each.slug === slug)
    expect(collection?.hooks?.afterChange?.some(isRebuildHook)).toBe(true)
    expect(collection?.hooks?.afterDelete?.some(isRebuildHook)).toBe(true)
  })

  it.each(SITE_GLOBALS)('the %s global sends a rebuild notice when it changes', async (slug) => {
    const global = (await config).globals.find((each) => each.slug === slug)
    expect(global?.hooks?.afterChange?.some(isRebuildHook)).toBe(true)
  })

  it('no other collection sends one (signatures and accounts are not on the site)', async () => {
    const others = (await config).collections.filter(
      (each) => !(SITE_COLLECTIONS as readonly string[]).includes(each.slug),
    )
    expect(others.map((each) => each.slug)).toContain('signatures')
    for (const collection of others) {
      const hooks = [...(collection.hooks?.afterChange ?? []), ...(collection.hooks?.afterDelete ?? [])]
      expect(hooks.some(isRebuildHook), collection.slug).toBe(false)
    }
  })
})
