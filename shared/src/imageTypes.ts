// The raster formats Vigil accepts for upload and serves: what cameras, phones ("most compatible")
// and image editors export, and what every browser shows. Each has the extensions its files may
// carry, the first being the one Vigil writes; a file's name always agrees with its bytes, because
// servers choose the Content-Type from the extension.
export const IMAGE_TYPES = [
  { format: 'jpeg', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  { format: 'png', mime: 'image/png', extensions: ['png'], label: 'PNG' },
  { format: 'webp', mime: 'image/webp', extensions: ['webp'], label: 'WebP' },
] as const

export type ImageType = (typeof IMAGE_TYPES)[number]

export const IMAGE_MIME_TYPES: string[] = IMAGE_TYPES.map((type) => type.mime)

const labels = IMAGE_TYPES.map((type) => type.label)
/** "JPEG, PNG or WebP", for messages. */
export const IMAGE_TYPES_LABEL = `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`

export const imageTypeOfMime = (mime: string | null | undefined): ImageType | undefined =>
  IMAGE_TYPES.find((type) => type.mime === mime)

/** The file name's extension, lower-cased ('' when it has none). */
export const extensionOf = (filename: string): string => /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase() ?? ''

/** Whether a file of this type may carry this name (its extension is one of the type's). */
export const nameFitsImageType = (filename: string, type: ImageType): boolean =>
  (type.extensions as readonly string[]).includes(extensionOf(filename))
