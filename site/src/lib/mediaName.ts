import { extensionOf, IMAGE_TYPES, imageTypeOfMime, nameFitsImageType } from '@vigil/shared'

// Every image name comes from the CMS, so it is hostile until shown otherwise: the site writes it
// into its output and serves it, choosing the Content-Type from its extension. A name passes when it
// is one plain file name (no folder, no `..`, no dot file, no control characters) ending in the
// extension of an accepted image type, the type the CMS recorded when it gives one.
// Returns why a name does not pass, or undefined when it does.
export function mediaNameProblem(filename: unknown, mimeType?: string | null): string | undefined {
  if (typeof filename !== 'string' || filename.length === 0 || filename.length > 200) return 'it is not a file name'
  if (/[\p{Cc}/\\]/u.test(filename) || filename.startsWith('.')) return 'it is not a plain file name'
  const type =
    mimeType == null
      ? IMAGE_TYPES.find((candidate) => nameFitsImageType(filename, candidate))
      : imageTypeOfMime(mimeType)
  if (!type) return `${mimeType ? `type ${mimeType}` : `.${extensionOf(filename)}`} is not an accepted image type`
  if (!nameFitsImageType(filename, type)) return `a ${type.label} image's name must end in .${type.extensions[0]}`
  return undefined
}
