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
  integrations: [sitemap(), copyMedia(env.mediaCacheDir), searchIndex()],
})
