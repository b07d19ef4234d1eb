import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // @vigil/shared ships TypeScript source.
  transpilePackages: ['@vigil/shared'],
  // `tsc -b` in `npm test` is the type check; Next need not run it a second time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
