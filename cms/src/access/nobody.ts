import type { Access } from 'payload'

// Generic endpoints never write here; trusted server code passes overrideAccess.
export const nobody: Access = () => false
