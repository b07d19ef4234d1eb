import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Where things are, computed once from this file's place in the repository.
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const cmsDir = path.join(root, 'cms')
export const siteDir = path.join(root, 'site')
export const dataDir = path.join(root, 'data')
export const envFile = path.join(root, '.env')
