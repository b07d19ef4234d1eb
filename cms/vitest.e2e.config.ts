import { systemSuite } from '@vigil/tools/systemSuite'
import { defineConfig } from 'vitest/config'

// End-to-end: the production build of the CMS really started on a throwaway database, driven by Chromium.
export default defineConfig({
  test: systemSuite('tests/e2e', { testTimeout: 120_000, hookTimeout: 180_000 }),
})
