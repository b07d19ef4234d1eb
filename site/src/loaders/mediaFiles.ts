import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Media } from '@vigil/cms/payload-types'
import { imageBytesProblem } from '../lib/imageBytes'
import { mediaNameProblem } from '../lib/mediaName'
import { CmsError } from './fetchAll'

type FileRef = { url?: string | null; filename?: string | null; filesize?: number | null; mimeType?: string | null }

// Images come only from the CMS itself, over http(s): an address on another host (or another scheme)
// would make the build fetch whatever someone pointed it at.
function urlProblem(url: string, cmsUrl: string): string | undefined {
  const cms = new URL(cmsUrl)
  const target = URL.canParse(url, cms) ? new URL(url, cms) : undefined
  return target?.origin === cms.origin ? undefined : 'its address is not on the CMS'
}

// The site serves its own copies of images (it never hot-links the CMS). Files already in the
// cache with the same name and size are kept, so a rebuild fetches only new or changed images.
// A name or address that fails the rules is skipped with a warning (its pages show no image:
// see images.ts); bytes that are not the image the name says fail the build, since only a CMS whose
// files were tampered with sends them.
export async function downloadMediaFiles(
  cmsUrl: string,
  media: Media,
  dir: string,
  warn: (message: string) => void,
): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const files: FileRef[] = [media, ...Object.values(media.sizes ?? {})]
  await Promise.all(
    files.map(async ({ url, filename, filesize, mimeType }) => {
      if (!url || !filename) return
      const problem = mediaNameProblem(filename, mimeType) ?? urlProblem(url, cmsUrl)
      if (problem) {
        warn(`image ${JSON.stringify(filename)} of media ${media.id} skipped: ${problem}`)
        return
      }
      const target = path.join(dir, filename)
      if (existsSync(target) && statSync(target).size === filesize) return
      // No redirects: one could lead to another host.
      const response = await fetch(new URL(url, cmsUrl), { redirect: 'error' }).catch((error: Error) => {
        throw new CmsError(`Could not download ${filename} from the CMS (${error.message}).`)
      })
      if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for the image ${filename}.`)
      const bytes = Buffer.from(await response.arrayBuffer())
      const wrong = await imageBytesProblem(filename, bytes)
      if (wrong)
        throw new CmsError(`The CMS sent ${filename} for media ${media.id}, but ${wrong}; refusing to publish it.`)
      const partial = `${target}.part`
      writeFileSync(partial, bytes)
      renameSync(partial, target)
    }),
  )
}
