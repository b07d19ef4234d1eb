// `node server/rebuild/searchRelease.ts <live release> <new folder>`: the live release's files,
// hard-linked into the new folder, with a fresh search index of them. Its own process, so the
// server keeps answering visitors while thousands of files are linked and indexed.
import path from 'node:path'
import { carryTree } from '../../src/integrations/carry.ts'
import { indexSearch } from '../../src/integrations/searchIndex.ts'
import { RELEASE_INFO } from '../../src/lib/releaseFiles.ts'

const [from, to] = process.argv.slice(2)
if (!from || !to) {
  console.error('Usage: node server/rebuild/searchRelease.ts <live release> <new folder>')
  process.exit(1)
}
const pagefind = `pagefind${path.sep}`
carryTree(from, to, (file) => file.startsWith(pagefind) || file === RELEASE_INFO)
console.log(await indexSearch(to))
