import { defineConfig } from 'vitest/config'

// The front door and the start script run as real child processes: on a busy machine one run can
// take many seconds. The timeout only stops a hung test; no test here is about speed.
export default defineConfig({
  test: { include: ['tests/**/*.spec.ts'], testTimeout: 120_000 },
})
