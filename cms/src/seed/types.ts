import type { Author, Site, Topic } from '../payload-types'
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

export interface SeedPost {
  slug: string
  title: string
  publishedAt: string
  authors: string[]
  topics: string[]
  excerpt: string
  hero: SeedImage
  /** Images inside the body, which refers to them by key. */
  images?: SeedImage[]
  body: RichTextPlaceholder[]
  relatedAction?: string
  externalLink?: { url: string; publication: string }
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
