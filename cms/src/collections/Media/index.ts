import { IMAGE_MIME_TYPES } from '@vigil/shared'
import type { CollectionConfig } from 'payload'
import { CAPTION, CONTENT, CREDIT } from '../../admin/labels'
import { env } from '../../env'
import { rebuildOnChange } from '../../hooks/notifyRebuild'
import { checkStoredImage } from './hooks/checkStoredImage'
import { cleanUpload } from './hooks/cleanUpload'
import { publicContentAccess } from '../../access/contentAccess'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media', fr: 'Média' }, plural: { en: 'Media', fr: 'Médias' } },
  access: publicContentAccess,
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'], group: CONTENT },
  fields: [
    {
      name: 'alt',
      label: { en: 'Alternative text', fr: 'Texte de remplacement' },
      type: 'text',
      required: true,
      localized: true,
      admin: {
        description: {
          en: 'What the image shows, for people who cannot see it.',
          fr: 'Ce que montre l’image, pour les personnes qui ne peuvent pas la voir.',
        },
      },
    },
    { name: 'caption', label: CAPTION, type: 'text', localized: true },
    {
      name: 'credit',
      label: CREDIT,
      type: 'text',
      localized: true,
      admin: {
        description: { en: 'e.g. © AMEER ALHALBI/AFP/Getty Images', fr: 'p. ex. © AMEER ALHALBI/AFP/Getty Images' },
      },
    },
  ],
  hooks: {
    ...rebuildOnChange('media'),
    beforeOperation: [cleanUpload],
    beforeChange: [checkStoredImage],
  },
  upload: {
    staticDir: env.mediaDir,
    // Images come as uploaded files only, so every one passes the hooks' byte check and re-encoding;
    // the CMS never fetches an address an editor pastes.
    pasteURL: false,
    // Payload's own check (by the bytes, then the name) runs too; the hooks above decide.
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp' } },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
}
