import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { carry } from './carry'

// Puts the downloaded images into the build output under /media, next to the pages that use them.
// Images carried over from the previous release stay when the cache holds the same size; any other
// is removed before the new one goes in, so nothing is written into the previous release's file.
export function copyMedia(cacheDir: string): AstroIntegration {
  return {
    name: 'vigil-copy-media',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!existsSync(cacheDir)) return
        const media = path.join(fileURLToPath(dir), 'media')
        mkdirSync(media, { recursive: true })
        let added = 0
        for (const name of readdirSync(cacheDir)) {
          const [from, to] = [path.join(cacheDir, name), path.join(media, name)]
          const cached = statSync(from)
          if (name.endsWith('.part') || !cached.isFile()) continue
          if (statSync(to, { throwIfNoEntry: false })?.size === cached.size) continue
          rmSync(to, { force: true })
          carry(from, to)
          added++
        }
        logger.info(`images: ${added} added to the build output`)
      },
    },
  }
}
