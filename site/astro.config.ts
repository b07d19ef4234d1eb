import path from 'node:path'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { env } from './src/env'
import { buildProgress } from './src/integrations/buildProgress'
import { copyMedia } from './src/integrations/copyMedia'
import { incrementalRelease, isIncremental } from './src/integrations/incrementalRelease'
import { isUnlisted, notFoundPages } from './src/integrations/notFoundPages'
import { searchIndex } from './src/integrations/searchIndex'
import { withTranslations } from './src/integrations/sitemapTranslations'
import { pageDirectives, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/securityPolicy'

// Pages an incremental build carries over unchanged: it renders only the others, so the sitemap
// hears of these from the integration that carries them.
const carriedPages: string[] = []

export default defineConfig({
  output: 'static',
  site: env.SITE_URL,
  outDir: env.SITE_OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Each page carries its Content-Security-Policy, with the hashes of its own inline scripts and
  // styles, in a meta element; the live server sends it as a header too (src/securityPolicy.ts).
  security: {
    csp: {
      directives: pageDirectives(new URL(env.cmsPublicUrl).origin),
      scriptDirective: { resources: SCRIPT_RESOURCES },
      styleDirective: { resources: STYLE_RESOURCES },
    },
  },
  // The content store and its sync state live with the other caches (a cold build empties them).
  cacheDir: path.join(env.SITE_CACHE_DIR, 'astro'),
  // Order matters: each build:done hook works on the output the one before it left, so the
  // carried-over pages come first (after each language's 404 page has moved to where hosts look).
  integrations: [
    buildProgress(),
    react(),
    notFoundPages(),
    incrementalRelease(env.SITE_PREVIOUS_RELEASE, carriedPages),
    sitemap({
      customPages: carriedPages,
      filter: (page) => !isUnlisted(page),
      serialize: (item) => withTranslations(item, env.SITE_OUT_DIR, env.SITE_URL),
    }),
    copyMedia(env.mediaCacheDir),
    searchIndex(isIncremental),
  ],
})
