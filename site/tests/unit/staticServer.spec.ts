import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer } from '../../server/staticServer'

// The live server serves only images under /media/, whatever a release holds there.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
let base = ''
let close = () => {}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-static-'))
  mkdirSync(path.join(dir, 'media'))
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>')
  writeFileSync(path.join(dir, 'media', 'photo.png'), PNG)
  writeFileSync(path.join(dir, 'media', 'evil.html'), '<script>alert(1)</script>')
  writeFileSync(
    path.join(dir, 'media', 'drawing.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  )
  writeFileSync(path.join(dir, 'media', 'noextension'), PNG)
  const server = createStaticServer(dir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})

afterAll(() => close())

describe('the live server under /media/', () => {
  it('serves an image named for its type, with its type and nosniff', async () => {
    const response = await fetch(`${base}/media/photo.png`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each(['evil.html', 'drawing.svg', 'noextension', 'evil%2Ehtml'])('answers 404 for %s', async (name) => {
    const response = await fetch(`${base}/media/${name}`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('alert')
  })
})
