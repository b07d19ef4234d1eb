import type { UIField } from 'payload'
import type { CollectionWithPages } from '@vigil/shared'
import { env } from '../env'

// A sidebar link from a published document to its page on the live site.
export const liveLinkField = (collection: CollectionWithPages): UIField => ({
  name: 'liveLink',
  label: { en: 'On the live site', fr: 'Sur le site en ligne' },
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: { path: '/components/admin/LiveLink#LiveLink', clientProps: { siteUrl: env.SITE_URL, collection } },
    },
  },
})
