import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { localizeMongoData, localizePlainValues } from '../../src/database/localizeMongoData'
import { getTestPayload } from '../helpers/payload'

// MongoDB documents from before languages hold plain values; the CMS moves them under English as it
// starts (src/database/localizeMongoData.ts). The rule runs here on documents shaped as MongoDB
// stored them, against the real content model; the database round trip runs when the suite runs
// on MongoDB (TEST_DATABASE_URL, see the README), and is skipped on SQLite.
let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

// Stands in for MongoDB's ObjectId: a stored value that is an object but not a plain one.
class ObjectId {
  constructor(readonly hex: string) {}
}
const LOCALES = ['en', 'fr', 'ar']
const fieldsOf = (slug: 'posts' | 'actions') => payload.collections[slug].config.flattenedFields
const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] }] } }

const oldAction = () => ({
  _id: new ObjectId('a1'),
  title: 'Stop the attacks',
  slug: 'stop-the-attacks',
  summary: 'Civilians are under fire.',
  ask: body,
  targets: 'The governments',
  goal: 50000,
  shareText: 'I signed',
  consent: { text: 'Send me updates', version: 2 },
  namesGoToTargets: true,
  status: 'open',
  heroImage: new ObjectId('m1'),
  publishedAt: new Date('2018-03-02T00:00:00Z'),
  seo: { title: 'Stop', description: 'Sign' },
  _status: 'published',
})

describe('values from before languages, on MongoDB', () => {
  it('go under English, nested groups included; what is not localized stays as it was', () => {
    const action = oldAction()
    expect(localizePlainValues(action, fieldsOf('actions'), 'en', LOCALES)).toBe(true)
    expect(action).toMatchObject({
      title: { en: 'Stop the attacks' },
      slug: { en: 'stop-the-attacks' },
      summary: { en: 'Civilians are under fire.' },
      ask: { en: body },
      targets: { en: 'The governments' },
      shareText: { en: 'I signed' },
      consent: { text: { en: 'Send me updates' }, version: { en: 2 } },
      seo: { title: { en: 'Stop' }, description: { en: 'Sign' } },
      goal: 50000,
      namesGoToTargets: true,
      status: 'open',
      // Left to Payload's localizeStatus, which reads the version history.
      _status: 'published',
    })
    expect(action.heroImage).toBeInstanceOf(ObjectId)
    expect(action.publishedAt).toBeInstanceOf(Date)
    expect(action._id).toBeInstanceOf(ObjectId)
  })

  it('are converted once: a second pass, or a document saved per language, changes nothing', () => {
    const action = oldAction()
    localizePlainValues(action, fieldsOf('actions'), 'en', LOCALES)
    const once = structuredClone(action)
    expect(localizePlainValues(action, fieldsOf('actions'), 'en', LOCALES)).toBe(false)
    expect(action).toEqual(once)
    const saved = { title: { en: 'Aleppo', fr: 'Alep' }, excerpt: { fr: 'Seulement en français' } }
    expect(localizePlainValues(saved, fieldsOf('posts'), 'en', LOCALES)).toBe(false)
  })

  it('in a global’s arrays go under English too', () => {
    const site = {
      globalType: 'site',
      name: 'Syria campaign',
      menu: [{ label: 'Actions', href: '/actions/' }],
    }
    const fields = payload.config.globals.find((global) => global.slug === 'site')!.flattenedFields
    localizePlainValues(site, fields, 'en', LOCALES)
    expect(site.name).toEqual({ en: 'Syria campaign' })
    // The menu as a whole is per language; its items move with it.
    expect(site.menu).toEqual({ en: [{ label: 'Actions', href: '/actions/' }] })
  })

  it.skipIf(!process.env.TEST_DATABASE_URL?.startsWith('mongodb'))(
    'read back in English once the CMS has converted them',
    async () => {
      const db = payload.db as unknown as {
        collections: Record<string, { collection: { insertOne(doc: object): Promise<{ insertedId: unknown }> } }>
        connection: { collection(name: string): { deleteOne(filter: object): Promise<unknown> } }
      }
      const { insertedId } = await db.collections.topics!.collection.insertOne({
        name: 'Before languages',
        slug: `before-languages-${Date.now()}`,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      await db.connection.collection('vigil-data-migrations').deleteOne({ _id: 'localized-values' })
      await localizeMongoData(payload)
      const topic = await payload.findByID({ collection: 'topics', id: String(insertedId), locale: 'en' })
      expect(topic.name).toBe('Before languages')
      const french = await payload.findByID({ collection: 'topics', id: String(insertedId), locale: 'fr' })
      expect(french.name ?? null).toBeNull()
    },
  )
})
