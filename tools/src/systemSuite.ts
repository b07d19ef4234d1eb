// The vitest settings of a suite that starts the real system once, in its global setup, for all
// its files: the files run one at a time (they share what it started), with room for starting.
// The times only stop a hung test; none of them is a target.
export const systemSuite = (folder: string, timeouts: { testTimeout: number; hookTimeout: number }) => ({
  include: [`${folder}/**/*.e2e.spec.ts`],
  globalSetup: [`${folder}/globalSetup.ts`],
  fileParallelism: false,
  ...timeouts,
})
