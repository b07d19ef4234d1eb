import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
// With its extension: server/rebuild/searchRelease.ts runs this file in Node, with no bundler.
import { sendBuildMessage } from './sendBuildMessage.ts'

// Indexes a built site with Pagefind so /search/ works on a static host, with no server. Returns
// the number of pages indexed.
export async function indexSearch(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: site })
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await pagefind.close()
  }
}

// `deferred`: an incremental build keeps the previous release's index, and the rebuild server
// indexes the merged site once its new pages are live (indexing all pages takes longer than
// rendering the few that changed).
export function searchIndex(deferred: () => boolean): AstroIntegration {
  return {
    name: 'vigil-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (deferred()) {
          logger.info('search index: kept from the previous release, to be rebuilt once live')
          return
        }
        sendBuildMessage({ vigilBuild: 'phase', phase: 'indexing search' })
        logger.info(`search index: ${await indexSearch(fileURLToPath(dir))} pages`)
      },
    },
  }
}
