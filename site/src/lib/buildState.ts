// What one `astro build` knows about incremental rendering (see incremental.ts). Page code is
// bundled by Vite while integrations are not, but both run in the one build process, so the two
// halves meet on a global.

export interface RouteManifest {
  /** Page URL → digest of what the page was made from (its language's site settings included). */
  pages: Record<string, string>
}
export type PageManifest = Record<string, RouteManifest>

interface BuildState {
  /** The manifest of the release this build carries unchanged pages over from. */
  previous?: PageManifest
  /** This build's manifest, filled in route by route. */
  current: PageManifest
}

const KEY = Symbol.for('vigil.incremental-build')
const scope = globalThis as typeof globalThis & { [KEY]?: BuildState }
export const buildState = (): BuildState => (scope[KEY] ??= { current: {} })
