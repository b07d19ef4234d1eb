import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const cmsDir = path.join(root, 'cms')
export const dataDir = path.join(root, 'data')
export const envFile = path.join(root, '.env')
