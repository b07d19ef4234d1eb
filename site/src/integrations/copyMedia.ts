import { cpSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'

// Puts the downloaded images into the build output under /media, next to the pages that use them.
export function copyMedia(cacheDir: string): AstroIntegration {
  return {
    name: 'vigil-copy-media',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!existsSync(cacheDir)) return
        cpSync(cacheDir, path.join(fileURLToPath(dir), 'media'), { recursive: true })
        logger.info('images copied into the build output')
      },
    },
  }
}
