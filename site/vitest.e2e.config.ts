import { systemSuite } from '@vigil/tools/systemSuite'
import { defineConfig } from 'vitest/config'

// The real site built by Astro from the real CMS (started on a throwaway database), checked on its output.
export default defineConfig({
  test: systemSuite('tests/e2e', { testTimeout: 120_000, hookTimeout: 240_000 }),
})
