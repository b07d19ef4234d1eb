import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { headerPolicy } from '../src/securityPolicy.ts'

// Each page's Content-Security-Policy header, from the policy Astro wrote into the page's meta
// element with the hashes of that page's own inline scripts and styles. A release's files never
// change once built (a publish makes a new release), so each page is read once per release.
const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i
const ENTITIES: Record<string, string> = { '&#39;': "'", '&#x27;': "'", '&quot;': '"', '&amp;': '&' }
// Enough for the largest site's pages; beyond it the memory starts again rather than growing.
const MAX_REMEMBERED = 50_000

export class PagePolicies {
  private readonly byFile = new Map<string, string>()
  private readonly dir: string

  constructor(dir: string) {
    this.dir = path.resolve(dir) + path.sep
  }

  /** The HTML file a request for this path is answered with, looked up as sirv does; none for other files. */
  pageFile(urlPath: string): string | undefined {
    const extension = path.posix.extname(urlPath)
    if (extension && extension !== '.html') return undefined
    const uri = urlPath.endsWith('/') ? urlPath.slice(0, -1) : urlPath
    for (const name of [uri, `${uri}/index`, `${uri}.html`, `${uri}/index.html`]) {
      const file = path.normalize(path.join(this.dir, name))
      if (!file.startsWith(this.dir)) continue
      const stats = statSync(file, { throwIfNoEntry: false })
      if (stats?.isFile()) return file.endsWith('.html') ? file : undefined
    }
    return undefined
  }

  headerFor(file: string): string {
    let policy = this.byFile.get(file)
    if (policy === undefined) {
      policy = headerPolicy(readPolicy(file))
      if (this.byFile.size >= MAX_REMEMBERED) this.byFile.clear()
      this.byFile.set(file, policy)
    }
    return policy
  }
}

function readPolicy(file: string): string | undefined {
  try {
    const content = META.exec(readFileSync(file, 'utf8'))?.[1]
    return content?.replace(/&#39;|&#x27;|&quot;|&amp;/g, (entity) => ENTITIES[entity]!)
  } catch {
    return undefined
  }
}
