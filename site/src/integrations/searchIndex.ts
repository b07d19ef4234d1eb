import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

// Indexes the built pages with Pagefind so /search/ works on a static host, with no server.
export function searchIndex(): AstroIntegration {
  return {
    name: 'vigil-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: site })
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`search index: ${added.page_count} pages`)
      },
    },
  }
}
