import type { CollectionConfig } from 'payload'
import { anyone } from './anyone'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

// The two ways content is shared: staff write it, visitors read it; with drafts, visitors read only
// what is published, and only staff read earlier versions.
export const publicContentAccess: CollectionConfig['access'] = {
  create: isStaff,
  read: anyone,
  update: isStaff,
  delete: isStaff,
}

export const draftedContentAccess: CollectionConfig['access'] = {
  ...publicContentAccess,
  read: publishedOrStaff,
  readVersions: isStaff,
}
