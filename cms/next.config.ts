import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { adminPolicy, BASE_HEADERS, UPLOAD_POLICY } from './src/securityHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // @vigil/shared ships TypeScript source.
  transpilePackages: ['@vigil/shared'],
  // `tsc -b` in `npm test` is the type check; Next need not run it a second time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The later entry wins for uploaded files: they get the stricter policy.
  async headers() {
    const dev = process.env.NODE_ENV !== 'production'
    const base = Object.entries(BASE_HEADERS).map(([key, value]) => ({ key, value }))
    return [
      { source: '/:path*', headers: [...base, { key: 'Content-Security-Policy', value: adminPolicy(dev) }] },
      { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: UPLOAD_POLICY }] },
    ]
  },
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
