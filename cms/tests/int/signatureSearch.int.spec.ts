import type { Payload } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { signPetition } from '../../src/petitions/signPetition'
import { createPublishedAction } from '../helpers/fixtures'
import { type Actor, createActors, getTestPayload } from '../helpers/payload'

// The admin's search box on the signatures list, as the list view builds its query, answered from
// indexes: a full email address, or the start of a name (any case, accents or not).
let payload: Payload
let campaigner: Actor

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ campaigner } = await createActors(payload))
  const action = await createPublishedAction(payload, 'search-signers')
  for (const [name, email] of [
    ['Élise Moreau', 'Elise.Moreau+petition@Example.org'],
    ['Elias Haddad', 'elias@example.org'],
    ['Lina Haddad', 'lina.haddad@example.org'],
  ]) {
    await signPetition(payload, { slug: action.slug, input: { name, email, country: 'CA' }, addressHash: 'x' })
  }
  // Typed in from a paper petition, through the collection.
  await payload.create({
    collection: 'signatures',
    data: { action: action.id, name: 'Omar  Khalil', email: 'omar@example.org', emailKey: '', country: 'FR' },
  })
})

async function search(term: string) {
  const config = payload.collections.signatures.config
  const { docs, totalDocs } = await payload.find({
    collection: 'signatures',
    where: mergeListSearchAndWhere({ collectionConfig: config, search: term, where: {} }),
    sort: 'name',
    overrideAccess: false,
    user: campaigner.user!,
  })
  return { names: docs.map((doc) => doc.name), totalDocs }
}

describe('searching signers in the admin', () => {
  it.each([
    ['the start of a name, in any case and without its accents', 'eli', ['Elias Haddad', 'Élise Moreau']],
    ['a longer start of a name', 'Élise M', ['Élise Moreau']],
    ['a name typed in by a campaigner, spaces collapsed', 'omar khalil', ['Omar  Khalil']],
    ['a full email address, matched as signing deduplicates', 'elise.moreau@example.org', ['Élise Moreau']],
    ['an email address in other case, with a +tag', 'ELIAS+x@EXAMPLE.ORG', ['Elias Haddad']],
  ])('finds %s', async (_what, term, names) => {
    expect(await search(term)).toEqual({ names, totalDocs: names.length })
  })

  it('finds nothing for a word in the middle of a name, or part of an address', async () => {
    expect(await search('haddad')).toEqual({ names: [], totalDocs: 0 })
    expect(await search('example.org')).toEqual({ names: [], totalDocs: 0 })
  })

  it('leaves other queries on names as they are', async () => {
    const { totalDocs } = await payload.find({ collection: 'signatures', where: { name: { like: 'haddad' } } })
    expect(totalDocs).toBe(2)
  })
})
