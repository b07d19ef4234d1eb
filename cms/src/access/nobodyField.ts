import type { FieldAccess } from 'payload'

// A field only trusted server code writes (it passes overrideAccess), never an editor's form.
export const nobodyField: FieldAccess = () => false
