import { systemSuite } from '@vigil/tools/systemSuite'
import { defineConfig } from 'vitest/config'

// Publishing to live: the real CMS, the real rebuild server and live site, Chromium in the admin.
export default defineConfig({
  test: systemSuite('tests/publish', { testTimeout: 180_000, hookTimeout: 240_000 }),
})
