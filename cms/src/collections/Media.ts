import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { env } from '../env'
import { rebuildOnChange } from '../hooks/notifyRebuild'

export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: isStaff, read: anyone, update: isStaff, delete: isStaff },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'], group: 'Content' },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text', admin: { description: 'e.g. © AMEER ALHALBI/AFP/Getty Images' } },
  ],
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
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
  hooks: rebuildOnChange('media'),
}
