// The live site's security policy and headers, in one place. Astro writes the policy into each
// page as <meta http-equiv="content-security-policy">, with the hashes of that page's own inline
// scripts and styles (security.csp in astro.config.ts), since only the build knows them. The live
// server (server/staticServer.ts) sends each page's policy as its header too, adding what a meta
// element cannot carry, and SITE_HEADERS with every answer. (A CDN that cannot read pages sends
// only directives that leave scripts and styles to the pages' own policy: see the README.)

// Astro writes script-src and style-src itself: page directives are everything else.
type PageDirective =
  `${'default-src' | 'img-src' | 'connect-src' | 'form-action' | 'object-src' | 'base-uri' | 'frame-src'} ${string}`
type Directive = PageDirective | `${'script-src' | 'frame-ancestors'} ${string}`

/** Scripts: only files from the site, and inline ones by hash. Pagefind compiles WebAssembly. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"]

/**
 * Styles: files from the site and inline style elements by hash. Style attributes are allowed
 * (the petition's progress bar sets its width with one); they cannot run script or load anything
 * outside img-src.
 */
export const STYLE_RESOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }]

/** Everything else a page may do, beside scripts and styles: the site itself, and the CMS. */
export function pageDirectives(cmsOrigin: string): PageDirective[] {
  return [
    "default-src 'self'",
    // Pagefind's stylesheet draws its search icon from a data: URL (an image cannot run script).
    "img-src 'self' data:",
    // The petition island counts and signs at the CMS; the plain form posts there.
    `connect-src 'self' ${cmsOrigin}`,
    `form-action 'self' ${cmsOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-src 'none'",
  ]
}

// A meta element cannot forbid framing (browsers ignore it there): the header does.
const HEADER_ONLY: Directive[] = ["frame-ancestors 'none'"]

// For a page without a policy of its own, and for files that are not pages: an SVG or XML opened
// directly runs nothing inline; a worker script is governed by its own answer's policy, and
// Pagefind searches in a worker that compiles WebAssembly.
const FALLBACK: Directive[] = [
  "default-src 'self'",
  `script-src ${SCRIPT_RESOURCES.join(' ')}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/** The Content-Security-Policy header: the page's own policy (from its meta element), or the fallback. */
export function headerPolicy(pagePolicy?: string): string {
  const page =
    pagePolicy
      ?.split(';')
      .map((directive) => directive.trim())
      .filter(Boolean) ?? FALLBACK
  return [...page, ...HEADER_ONLY].join('; ')
}

/** Sent with every answer: the headers the CMS sends too. */
export { SECURITY_HEADERS as SITE_HEADERS } from '@vigil/shared'

/** Astro's hashed assets never change under their name. */
export const IMMUTABLE_PREFIX = '/_astro/'
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
/** Everything else changes with a publish: a cache may keep it but must ask first (ETag). */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate'
