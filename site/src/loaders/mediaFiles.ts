import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Media } from '@vigil/cms/payload-types'
import { CmsError } from './fetchAll'

type FileRef = { url?: string | null; filename?: string | null; filesize?: number | null }

// The site serves its own copies of images (it never hot-links the CMS). Files already in the
// cache with the same name and size are kept, so a rebuild fetches only new or changed images.
export async function downloadMediaFiles(cmsUrl: string, media: Media, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const files: FileRef[] = [media, ...Object.values(media.sizes ?? {})]
  await Promise.all(
    files.map(async ({ url, filename, filesize }) => {
      if (!url || !filename) return
      const target = path.join(dir, path.basename(filename))
      if (existsSync(target) && statSync(target).size === filesize) return
      const response = await fetch(new URL(url, cmsUrl)).catch((error: Error) => {
        throw new CmsError(`Could not download ${filename} from the CMS (${error.message}).`)
      })
      if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for the image ${filename}.`)
      const partial = `${target}.part`
      writeFileSync(partial, Buffer.from(await response.arrayBuffer()))
      renameSync(partial, target)
    }),
  )
}
