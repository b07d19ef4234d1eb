import { defineConfig } from 'vitest/config'

// Unit tests of the site's own code (the loader, URL and image helpers); no CMS needed.
export default defineConfig({
  test: { include: ['tests/unit/**/*.spec.ts'] },
})
