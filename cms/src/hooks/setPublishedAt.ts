import type { CollectionBeforeChangeHook } from 'payload'

// The first publish stamps the date unless the editor chose one (back-dated posts keep theirs).
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
