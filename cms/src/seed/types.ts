import type { Author, Post, Site, Topic } from '../payload-types'
import type { RichTextPlaceholder } from './richText'

export type Motif = 'city' | 'hills' | 'sea' | 'crowd' | 'paper'

// Demo images are drawn locally (no downloads), so their credit says so.
export interface SeedImage {
  key: string
  alt: string
  caption?: string
  palette: [string, string, string]
  motif: Motif
}

// A post as the seed data writes it: the generated Post's own fields (so a field added to posts
// can be given demo values with no change here), with references by key instead of by id and
// images drawn rather than uploaded.
export type SeedPost = Omit<
  Partial<Post>,
  'id' | 'authors' | 'topics' | 'heroImage' | 'body' | 'relatedAction' | 'createdAt' | 'updatedAt'
> & {
  slug: string
  title: string
  publishedAt: string
  excerpt: string
  /** Author and topic slugs. */
  authors: string[]
  topics: string[]
  hero: SeedImage
  /** Images inside the body, which refers to them by key. */
  images?: SeedImage[]
  body: RichTextPlaceholder[]
  /** The slug of the action the post calls to. */
  relatedAction?: string
}

export interface SeedAction {
  slug: string
  title: string
  summary: string
  ask: RichTextPlaceholder[]
  targets: string
  goal: number
  status: 'open' | 'closed'
  opensAt: string
  closesAt?: string
  shareText: string
  thankYouText: string
  hero: SeedImage
  topics: string[]
  publishedAt: string
}

export type SeedAuthor = Pick<Author, 'name' | 'slug' | 'roleLine' | 'bio'> & {
  socials?: { network: NonNullable<Author['socials']>[number]['network']; handle: string }[]
}

export type SeedTopic = Pick<Topic, 'name' | 'slug' | 'description'>

export type SeedSite = Omit<Site, 'id' | 'updatedAt' | 'createdAt'>

// Translations: what a language says of a document, beside the English it translates. Only the
// fields a visitor reads; references, dates, images' drawing and the goal stay the English one's.

/** The words of an image in another language. */
export interface SeedImageText {
  alt: string
  caption?: string
}

export type SeedPostTranslation = Pick<SeedPost, 'slug' | 'title' | 'excerpt' | 'body'> &
  Partial<Pick<SeedPost, 'heroCaption' | 'externalLink' | 'seo'>> & {
    hero: SeedImageText
    /** The body's images by key, as in the English post's `images`. */
    images?: Record<string, SeedImageText>
  }

export type SeedActionTranslation = Pick<
  SeedAction,
  'slug' | 'title' | 'summary' | 'ask' | 'targets' | 'shareText' | 'thankYouText'
> & { hero: SeedImageText }

export type SeedAuthorTranslation = Pick<SeedAuthor, 'roleLine' | 'bio'>

export type SeedTopicTranslation = SeedTopic

export type SeedSiteTranslation = Pick<SeedSite, 'name' | 'tagline' | 'menu' | 'footer' | 'privacyUrl'>

/** A language's translations of one collection, keyed by the English document's slug. */
export type SeedTranslations<T> = Readonly<Record<string, T>>

/** Everything the demo says in one more language; documents it leaves out stay untranslated there. */
export interface SeedLanguage {
  posts: SeedTranslations<SeedPostTranslation>
  actions: SeedTranslations<SeedActionTranslation>
  authors: SeedTranslations<SeedAuthorTranslation>
  topics: SeedTranslations<SeedTopicTranslation>
  site: SeedSiteTranslation
}
