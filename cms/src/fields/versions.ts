import type { CollectionConfig } from 'payload'

// Drafts with autosave, a version history, and publishing at a chosen time.
export const draftsWithSchedule: CollectionConfig['versions'] = {
  // Each language has its own status: publishing the French text leaves the English as it is.
  drafts: { autosave: { interval: 1500 }, schedulePublish: true, localizeStatus: true },
  maxPerDoc: 50,
}
