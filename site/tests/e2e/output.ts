import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type CheerioAPI, load } from 'cheerio'

// Reading the built site as files, the way a static host serves it, parsed as a browser would.
const fileFor = (outDir: string, urlPath: string) =>
  path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : '')

export const exists = (outDir: string, urlPath: string) => existsSync(fileFor(outDir, urlPath))

export function html(outDir: string, urlPath: string): string {
  const file = fileFor(outDir, urlPath)
  if (!existsSync(file)) throw new Error(`No built page for ${urlPath}`)
  return readFileSync(file, 'utf8')
}

export const dom = (outDir: string, urlPath: string): CheerioAPI => load(html(outDir, urlPath))
export const domOfFile = (file: string): CheerioAPI => load(readFileSync(file, 'utf8'))

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return htmlFiles(full)
    return name.endsWith('.html') ? [full] : []
  })
}

export async function cmsList<T>(cmsUrl: string, collection: string): Promise<T[]> {
  const response = await fetch(`${cmsUrl}/api/${collection}?limit=1000&depth=0`)
  return ((await response.json()) as { docs: T[] }).docs
}

// Script elements a browser would run: everything but JSON-LD data.
export const executableScripts = ($: CheerioAPI) =>
  $('script')
    .toArray()
    .filter((element) => $(element).attr('type') !== 'application/ld+json')

/** The signatures stored for an address, as a campaigner reads them through the API. */
export async function signaturesFor(cmsUrl: string, token: string, email: string) {
  const response = await fetch(`${cmsUrl}/api/signatures?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return ((await response.json()) as { docs: Record<string, unknown>[] }).docs
}
