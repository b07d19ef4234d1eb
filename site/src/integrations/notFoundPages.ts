import { existsSync, renameSync, rmdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { TRANSLATED_LOCALES } from '@vigil/shared'

/** Where each language's 404 page ends up: `fr/404.html`, beside the root's `404.html`. */
export const notFoundFile = (locale: string) => path.join(locale, '404.html')

// Astro writes only the root's 404 page as 404.html; another language's comes out as
// fr/404/index.html. Static hosts that answer with the nearest 404.html up the tree (and our own
// server) look for fr/404.html, so it moves there, and /fr/404/ is not a page of its own.
export function notFoundPages(): AstroIntegration {
  return {
    name: 'vigil-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir)
        for (const locale of TRANSLATED_LOCALES) {
          const built = path.join(out, locale, '404', 'index.html')
          if (!existsSync(built)) continue
          renameSync(built, path.join(out, notFoundFile(locale)))
          rmdirSync(path.dirname(built))
        }
      },
    },
  }
}

/** Pages not listed in the sitemap: thank-you pages are for signers, 404 pages for nobody. */
export const isUnlisted = (url: string) => /\/thanks\/$|\/404\/$/.test(url)
