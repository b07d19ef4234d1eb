import type { Locale } from '@vigil/shared'
import type { SeedLanguage } from '../types'
import { arabic } from './ar'
import { french } from './fr'

// The demo in each language besides English, which the other data files write. A language with
// no entry here gets no demo content: its pages appear as editors translate.
export const LANGUAGES: Partial<Record<Locale, SeedLanguage>> = { fr: french, ar: arabic }
