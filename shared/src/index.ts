export { ACTION_STATUS, type ActionStatus } from './actionStatus.ts'
export { SLUG_PATTERN, slugify } from './slug.ts'
