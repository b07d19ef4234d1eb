import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { imageBytesProblem } from '../lib/imageBytes'
import { mediaNameProblem } from '../lib/mediaName'
import { carry } from './carry'

// Why a file may not be served from /media (the live server picks its Content-Type from the
// extension), or undefined: its name passes the rules and its bytes are the image the name says.
const servingProblem = async (name: string, file: string) => mediaNameProblem(name) ?? imageBytesProblem(name, file)

// Puts the downloaded images into the build output under /media, next to the pages that use them.
// Images carried over from the previous release stay when the cache holds the same size; any other
// is removed before the new one goes in, so nothing is written into the previous release's file.
// Only images go in: anything else in the cache, or carried over from a release built before this
// check, is left out with a warning.
export function copyMedia(cacheDir: string): AstroIntegration {
  return {
    name: 'vigil-copy-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const media = path.join(fileURLToPath(dir), 'media')
        const checked = new Set<string>()
        let added = 0
        if (existsSync(cacheDir)) {
          mkdirSync(media, { recursive: true })
          for (const name of readdirSync(cacheDir)) {
            const [from, to] = [path.join(cacheDir, name), path.join(media, name)]
            const cached = statSync(from)
            if (name.endsWith('.part') || !cached.isFile()) continue
            const problem = await servingProblem(name, from)
            if (problem) {
              logger.warn(`images: ${name} left out: ${problem}`)
              continue
            }
            checked.add(name)
            if (statSync(to, { throwIfNoEntry: false })?.size === cached.size) continue
            rmSync(to, { force: true })
            carry(from, to)
            added++
          }
        }
        if (existsSync(media)) {
          for (const name of readdirSync(media)) {
            if (checked.has(name)) continue
            const file = path.join(media, name)
            const problem = statSync(file).isFile() ? await servingProblem(name, file) : 'it is not a file'
            if (!problem) continue
            rmSync(file, { recursive: true, force: true })
            logger.warn(`images: ${name} removed from the output: ${problem}`)
          }
        }
        logger.info(`images: ${added} added to the build output`)
      },
    },
  }
}
