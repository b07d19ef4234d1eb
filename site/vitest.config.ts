import { defineConfig } from 'vitest/config'

// Unit tests of the site's own code (the loader, URL and image helpers); no CMS needed.
export default defineConfig({
  // Some start real servers on loopback; the timeout only stops a hung test (none is about speed).
  test: { include: ['tests/unit/**/*.spec.ts'], testTimeout: 60_000 },
})
