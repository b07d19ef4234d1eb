import { defineConfig } from 'vitest/config'

// Publishing to live: the real CMS, the real rebuild server and live site, Chromium in the admin.
export default defineConfig({
  test: {
    include: ['tests/publish/**/*.e2e.spec.ts'],
    globalSetup: ['tests/publish/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
})
