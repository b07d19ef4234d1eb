import { defineConfig } from 'vitest/config'

// The real site built by Astro from the real CMS (started on a throwaway database), checked on its output.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
})
