// The headers every CMS answer carries (next.config.ts applies them to Next's routes; the Node
// server's petition fast path adds them itself). One list, so the two cannot drift.

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

// The same headers as the live site's, on every answer.
export { SECURITY_HEADERS as BASE_HEADERS } from '@vigil/shared'

// The admin is a Next.js app: its bootstrap scripts and styles are inline (nonces would make every
// admin page dynamic and are not supported by Payload's admin), and it talks only to itself.
// `unsafe-eval` only under `next dev`, whose hot reload needs it.
export const adminPolicy = (dev: boolean) =>
  policy({
    'default-src': "'self'",
    'script-src': `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': `'self'${dev ? ' ws: wss:' : ''}`,
    'frame-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  })

// Uploaded files, opened directly in a browser, run nothing and reach nothing, whatever they turn
// out to contain.
export const UPLOAD_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"

// The pages the sign endpoint answers a plain form post with: their own inline styles, a form
// that posts back to the CMS, which answers with a redirect to the site's thank-you page (form-action
// covers the redirect too), links to the site.
export const formPagePolicy = (siteOrigin: string) =>
  policy({
    'default-src': "'none'",
    'style-src': "'unsafe-inline'",
    'img-src': "'self'",
    'form-action': `'self' ${siteOrigin}`,
    'base-uri': "'none'",
    'frame-ancestors': "'none'",
  })
