import { defineConfig } from 'vitest/config'

// End-to-end: the production build of the CMS really started on a throwaway database, driven by Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
