import { catalogue, type Locale, localeInfo } from '@vigil/shared'
import { counted, type Id, lookup, type Seeding } from '../context'
import { actions } from '../data/actions'
import { LANGUAGES } from '../data/languages'
import { posts } from '../data/posts'
import { type Refs, resolveRichText } from '../richText'
import { ensureSite } from './site'
import type { SeedImage, SeedImageText, SeedLanguage } from '../types'

/** The documents the English steps made, by their English slug. */
export interface SeededIds {
  topicIds: Map<string, Id>
  authorIds: Map<string, Id>
  actionIds: Map<string, Id>
  postIds: Map<string, Id>
}

// Each language's translations, once the English documents exist: the same documents, saved
// again in that language (and published there, for posts and actions). A document already
// translated is left as it is, so seeding stays safe to repeat.
export async function seedTranslations(seeding: Seeding, ids: SeededIds): Promise<void> {
  for (const [locale, language] of Object.entries(LANGUAGES) as [Locale, SeedLanguage][]) {
    const translate = translator(seeding, locale)
    const refs: Refs = { actionId: lookup(ids.actionIds, 'action'), mediaId: lookup(seeding.images, 'image') }
    const { dir: direction } = localeInfo(locale)
    await translate(
      'topics',
      ids.topicIds,
      language.topics,
      (topic) => topic.name,
      (topic) => topic,
    )
    await translate(
      'authors',
      ids.authorIds,
      language.authors,
      (_, slug) => slug,
      (author) => author,
    )
    await translate(
      'actions',
      ids.actionIds,
      language.actions,
      (action) => action.title,
      async ({ hero, ask, ...fields }, slug) => {
        await translateImage(seeding, locale, englishOf(actions, slug).hero, hero)
        return {
          ...fields,
          ask: resolveRichText(ask, refs, direction),
          consent: { text: catalogue(locale).actionDefaults.consent },
          _status: 'published',
        }
      },
    )
    await translate(
      'posts',
      ids.postIds,
      language.posts,
      (post) => post.title,
      async ({ hero, images = {}, body, ...fields }, slug) => {
        const english = englishOf(posts, slug)
        await translateImage(seeding, locale, english.hero, hero)
        for (const image of english.images ?? []) await translateImage(seeding, locale, image, images[image.key])
        return { ...fields, body: resolveRichText(body, refs, direction), _status: 'published' }
      },
    )
    await ensureSite(seeding, language.site, { locale, kind: `${locale} site  `, label: 'name, menu and footer' })
  }
}

const englishOf = <T extends { slug: string }>(items: readonly T[], slug: string): T => {
  const found = items.find((item) => item.slug === slug)
  if (!found) throw new Error(`A translation names the unknown English document "${slug}"`)
  return found
}

type Translatable = 'topics' | 'authors' | 'actions' | 'posts'

// Saves each translation in `locale`, keyed by the English slug, unless the document already has
// that language; logs a line per document as the English steps do.
function translator(seeding: Seeding, locale: Locale) {
  const { payload, req } = seeding
  return async <T>(
    collection: Translatable,
    ids: Map<string, Id>,
    translations: Readonly<Record<string, T>>,
    label: (translation: T, slug: string) => string,
    data: (translation: T, slug: string) => object | Promise<object>,
  ) => {
    const entries = Object.entries(translations)
    const id = lookup(ids, collection)
    for (const [index, [slug, translation]] of entries.entries()) {
      const existing = await payload.findByID({ collection, id: id(slug), locale, depth: 0, draft: true, req })
      // Authors keep one slug in every language; their translated words are the bio and role.
      const { slug: ownSlug, bio, roleLine } = existing as { slug?: string; bio?: string; roleLine?: string }
      const translated = Boolean(collection === 'authors' ? bio || roleLine : ownSlug)
      if (!translated) {
        await payload.update({ collection, id: id(slug), locale, data: (await data(translation, slug)) as never, req })
      }
      counted(
        seeding,
        `${locale} ${collection.slice(0, -1).padEnd(6)}`,
        index,
        entries.length,
        label(translation, slug),
        !translated,
      )
    }
  }
}

// An image's words in `locale`: its alt text and caption, and the demo's credit line.
async function translateImage(seeding: Seeding, locale: Locale, image: SeedImage, text: SeedImageText | undefined) {
  if (!text) return
  const { payload, req, images } = seeding
  const id = images.get(image.key)
  if (id === undefined) throw new Error(`No image "${image.key}" to translate`)
  await payload.update({
    collection: 'media',
    id,
    locale,
    data: { alt: text.alt, caption: text.caption, credit: catalogue(locale).demoImageCredit },
    req,
  })
}
