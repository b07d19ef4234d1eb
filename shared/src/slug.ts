// URL slugs from titles and names: lower-case words joined by hyphens, in the language's own
// script. Latin letters lose their accents ("Alep, déjà" → "alep-deja"), as French addresses are
// usually written; other scripts keep their letters and lose only their vowel marks and the
// stretching tatweel (Arabic "الغوطة الشرقيّة" → "الغوطة-الشرقية"). Browsers show such addresses in
// that script; on the wire they are percent-encoded (sitePaths.ts).
const LETTER_OR_DIGIT = String.raw`\p{Ll}\p{Lo}\p{Lm}\p{Nd}`
// Accents on Latin letters; Arabic short vowels, shadda, sukun and the dagger alif. Not the hamza
// (U+0654, U+0655), which is part of the letter: NFC puts it back on (أ).
const MARKS = /[\u0300-\u036f\u064b-\u0653\u0656-\u065f\u0670]/gu
const TATWEEL = '\u0640'

export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(MARKS, '')
    .replaceAll(TATWEEL, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(new RegExp(`[^${LETTER_OR_DIGIT}]+`, 'gu'), '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

export const SLUG_PATTERN = new RegExp(`^[${LETTER_OR_DIGIT}]+(?:-[${LETTER_OR_DIGIT}]+)*$`, 'u')
