import type { Locale } from '../locales.ts'
import { ar } from './ar.ts'
import { type Catalogue, en } from './en.ts'
import { fr } from './fr.ts'

// Every text a visitor or signer reads, one catalogue per language (locales.ts lists them). The
// site, the petition island and the CMS's signing pages all take their words from here.
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, fr, ar }

export const catalogue = (locale: Locale): Catalogue => CATALOGUES[locale]

export type { Answer, Catalogue } from './en.ts'
