import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { buildState, type PageManifest } from '../lib/buildState'
import { META_DIR, PAGE_MANIFEST } from '../lib/releaseFiles'
import { carryTree } from './carry'
import { sendBuildMessage } from './sendBuildMessage'

// Made anew over the whole merged site by the integrations after this one, never carried over. The
// search index is carried: it is remade once the release is live (see searchIndex.ts).
const REMADE = [META_DIR, 'sitemap-index.xml', /^sitemap-\d+\.xml$/]
const isRemade = (top: string) => REMADE.some((rule) => (typeof rule === 'string' ? rule === top : rule.test(top)))

// Whether this build renders only changed pages (it was given a release with a page manifest).
export const isIncremental = () => buildState().previous !== undefined

// Pages no longer in any route (an unpublished post): their URLs, as the manifest keys them.
function removedPages(previous: PageManifest, current: PageManifest): Set<string> {
  const removed = new Set<string>()
  for (const [route, before] of Object.entries(previous)) {
    for (const url of Object.keys(before.pages)) if (!current[route]?.pages[url]) removed.add(url)
  }
  return removed
}

const pageUrl = (file: string) =>
  file === 'index.html' ? '/' : file.endsWith(`${path.sep}index.html`) ? `/${path.dirname(file)}/` : undefined

// Given the previous release (the rebuild server passes the live one when only content changed),
// the build renders only changed pages and this fills in the rest from that release. Carried pages
// are added to `carriedPages` (full URLs) for the sitemap. Without one, it just writes the manifest.
export function incrementalRelease(previousDir: string | undefined, carriedPages: string[]): AstroIntegration {
  let site: URL | undefined
  return {
    name: 'vigil-incremental-release',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        site = config.site ? new URL(config.site) : undefined
        if (!previousDir) return
        const manifest = path.join(previousDir, PAGE_MANIFEST)
        if (!existsSync(manifest)) {
          logger.warn(`${manifest} is missing: building every page`)
          return
        }
        buildState().previous = JSON.parse(readFileSync(manifest, 'utf8')) as PageManifest
        logger.info(`rendering only pages changed since ${previousDir}`)
        sendBuildMessage({ vigilBuild: 'incremental' })
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const { previous, current } = buildState()
        mkdirSync(path.join(out, META_DIR), { recursive: true })
        writeFileSync(path.join(out, PAGE_MANIFEST), JSON.stringify(current))
        if (!previous || !previousDir) return
        sendBuildMessage({ vigilBuild: 'phase', phase: 'carrying over unchanged pages' })
        const removed = removedPages(previous, current)
        const carried = carryTree(previousDir, out, (file) => {
          const url = pageUrl(file)
          return isRemade(file.split(path.sep)[0]!) || existsSync(path.join(out, file)) || (!!url && removed.has(url))
        })
        for (const file of carried) {
          const url = pageUrl(file)
          if (url) carriedPages.push(new URL(url, site).href)
        }
        logger.info(`${carried.length} unchanged files carried over, ${removed.size} pages removed`)
      },
    },
  }
}
