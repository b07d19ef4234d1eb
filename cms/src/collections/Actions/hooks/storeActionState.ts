import type { FieldHook } from 'payload'
import { actionState } from '@vigil/shared'
import type { Action } from '../../../payload-types'

// The stored state is never typed in: every save computes it with the shared rule from what the
// save leaves in place (status, opening and closing times).
export const storeActionState: FieldHook<Action> = ({ data, originalDoc }) => actionState({ ...originalDoc, ...data })
