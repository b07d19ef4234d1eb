// Where a release keeps its metadata: a dot-folder, which static servers do not serve.
export const META_DIR = '.vigil'
/** Digests of what each page was made from (see incremental.ts). */
export const PAGE_MANIFEST = `${META_DIR}/pages.json`
/** The rebuild server's record of the release (see server/rebuild/releases.ts). */
export const RELEASE_INFO = `${META_DIR}/release.json`
