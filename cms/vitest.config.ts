import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Integration tests: the real Payload config on a throwaway SQLite file per test file.
export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(dirname, 'src/payload.config.ts') } },
  test: {
    include: ['tests/unit/**/*.spec.ts', 'tests/int/**/*.int.spec.ts'],
    setupFiles: ['tests/helpers/throwawayDatabase.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
