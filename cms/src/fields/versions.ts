import type { CollectionConfig } from 'payload'

// Drafts with autosave, a version history, and publishing at a chosen time.
export const draftsWithSchedule: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
}
