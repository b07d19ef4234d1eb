import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type LanguageState, languageStates, type TranslationRecord } from '../../src/translations/translationState'
import { type Actor, createActors, getTestPayload } from '../helpers/payload'

// The editors' view of translations: each save and publication in a language is recorded on the
// document, by the CMS alone, and each language's state follows from it.
let payload: Payload
let editor: Actor

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await createActors(payload)).editor
})

const asEditor = () => ({ overrideAccess: false, user: editor.user })
const states = async (id: number): Promise<LanguageState[]> => {
  const post = await payload.findByID({ collection: 'posts', id, draft: true, ...asEditor() })
  return languageStates(post.translations as TranslationRecord).map(({ state }) => state)
}
// One save of a post in one language, as an editor: a draft, or published when `_status` says so.
const save = (id: number, locale: 'en' | 'fr' | 'ar', data: Record<string, unknown>) =>
  payload.update({
    collection: 'posts',
    id,
    locale,
    draft: data._status !== 'published',
    data,
    ...asEditor(),
  })
// Saves are stamped to the millisecond; the comparison of two publications needs them apart.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('languages of a post, for editors', () => {
  it('follows a translation from missing to draft to published, and flags it once the English moves on', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Aid convoy blocked', slug: 'aid-convoy-blocked', _status: 'published' },
      ...asEditor(),
    })
    expect(await states(post.id)).toEqual(['current', 'missing', 'missing'])

    await tick()
    await save(post.id, 'fr', { title: 'Convoi humanitaire bloqué', slug: 'convoi-humanitaire-bloque' })
    expect(await states(post.id)).toEqual(['current', 'draft', 'missing'])

    await tick()
    await save(post.id, 'fr', { _status: 'published' })
    expect(await states(post.id)).toEqual(['current', 'current', 'missing'])

    // The English is corrected and published again: the French may no longer say the same.
    await tick()
    await save(post.id, 'en', { title: 'Aid convoy blocked at the checkpoint', _status: 'published' })
    expect(await states(post.id)).toEqual(['current', 'outdated', 'missing'])

    // A draft of the French keeps it flagged; publishing it brings it up to date.
    await tick()
    await save(post.id, 'fr', { title: 'Convoi humanitaire bloqué au poste de contrôle' })
    expect(await states(post.id)).toEqual(['current', 'outdated', 'missing'])
    await tick()
    await save(post.id, 'fr', { _status: 'published' })
    expect(await states(post.id)).toEqual(['current', 'current', 'missing'])
  })

  it('keeps every language in the record whichever language is saved last', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Hospitals hit', slug: 'hospitals-hit', _status: 'published' },
      ...asEditor(),
    })
    await save(post.id, 'ar', { title: 'قصف المستشفيات', slug: 'قصف-المستشفيات' })
    // An English draft starts from the newest version of all, not from the newest English one.
    await save(post.id, 'en', { title: 'Hospitals hit again' })
    expect(await states(post.id)).toEqual(['current', 'missing', 'draft'])
  })

  it('ignores a record sent with a save, and shows it to no visitor', async () => {
    const forged: TranslationRecord = {
      ar: { saved: '2030-01-01T00:00:00.000Z', published: '2030-01-01T00:00:00.000Z' },
    }
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Forged record', slug: 'forged-record', _status: 'published', translations: forged },
      ...asEditor(),
    })
    expect(await states(post.id)).toEqual(['current', 'missing', 'missing'])
    const asVisitor = await payload.findByID({ collection: 'posts', id: post.id, overrideAccess: false, user: null })
    expect(asVisitor.title).toBe('Forged record')
    expect(asVisitor).not.toHaveProperty('translations')
  })

  it('records actions the same way', async () => {
    const action = await payload.create({
      collection: 'actions',
      data: {
        title: 'Free the detained',
        slug: 'free-the-detained',
        summary: 'Release them.',
        targets: 'the government',
        goal: 100,
        status: 'open',
        consent: { text: 'Send me updates.' },
        _status: 'published',
      },
      ...asEditor(),
    })
    const read = await payload.findByID({ collection: 'actions', id: action.id, ...asEditor() })
    expect(languageStates(read.translations as TranslationRecord).map(({ state }) => state)).toEqual([
      'current',
      'missing',
      'missing',
    ])
  })
})
