import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { User } from '../../src/payload-types'

export const getTestPayload = () => getPayload({ config })

export type Role = User['role']
export type Actor = { label: string; user: (User & { collection: 'users' }) | null }

// One user per role, plus the anonymous visitor, for running the same call as each of them.
export async function createActors(payload: Payload): Promise<Record<'visitor' | Role, Actor>> {
  const make = async (role: Role): Promise<Actor> => {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}-${Date.now()}@example.org`, password: 'correct horse battery staple', name: role, role },
    })
    return { label: role, user: { ...user, collection: 'users' } }
  }
  return {
    visitor: { label: 'visitor', user: null },
    editor: await make('editor'),
    campaigner: await make('campaigner'),
    admin: await make('admin'),
  }
}
