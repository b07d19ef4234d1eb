import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { env } from './src/env'
import { copyMedia } from './src/integrations/copyMedia'
import { searchIndex } from './src/integrations/searchIndex'

export default defineConfig({
  output: 'static',
  site: env.SITE_URL,
  outDir: env.SITE_OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Thank-you pages are for signers, not for search engines.
  integrations: [
    react(),
    sitemap({ filter: (page) => !page.endsWith('/thanks/') }),
    copyMedia(env.mediaCacheDir),
    searchIndex(),
  ],
})
