import sharp from 'sharp'
import type { Motif, SeedImage } from './types'

const WIDTH = 1600
const HEIGHT = 900

// Deterministic pseudo-random numbers, so the same seed draws the same picture.
function random(seedText: string) {
  let state = [...seedText].reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) >>> 0, 7)
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function motifShapes(motif: Motif, rand: () => number, [dark, mid]: [string, string, string]): string {
  const shapes: string[] = []
  if (motif === 'city') {
    let x = 0
    while (x < WIDTH) {
      const w = 60 + rand() * 140
      const h = 180 + rand() * 380
      shapes.push(
        `<rect x="${x.toFixed(0)}" y="${(HEIGHT - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${dark}" opacity="${(0.75 + rand() * 0.25).toFixed(2)}"/>`,
      )
      x += w + rand() * 12
    }
    for (let i = 0; i < 5; i++) {
      shapes.push(
        `<circle cx="${(rand() * WIDTH).toFixed(0)}" cy="${(150 + rand() * 300).toFixed(0)}" r="${(80 + rand() * 160).toFixed(0)}" fill="${mid}" opacity="0.25"/>`,
      )
    }
  } else if (motif === 'hills' || motif === 'sea') {
    for (let layer = 0; layer < 4; layer++) {
      const base = HEIGHT * (0.45 + layer * 0.14)
      let d = `M0 ${base.toFixed(0)}`
      for (let x = 0; x <= WIDTH; x += 100) {
        const amplitude = motif === 'sea' ? 18 : 90
        d += ` L${x} ${(base - rand() * amplitude).toFixed(0)}`
      }
      d += ` L${WIDTH} ${HEIGHT} L0 ${HEIGHT} Z`
      shapes.push(`<path d="${d}" fill="${layer % 2 ? mid : dark}" opacity="${(0.35 + layer * 0.18).toFixed(2)}"/>`)
    }
  } else if (motif === 'crowd') {
    for (let i = 0; i < 70; i++) {
      const x = rand() * WIDTH
      const s = 0.6 + rand() * 0.8
      const y = HEIGHT - 40 - rand() * 180
      shapes.push(
        `<g fill="${dark}" opacity="${(0.6 + rand() * 0.4).toFixed(2)}"><circle cx="${x.toFixed(0)}" cy="${(y - 95 * s).toFixed(0)}" r="${(18 * s).toFixed(0)}"/><rect x="${(x - 22 * s).toFixed(0)}" y="${(y - 75 * s).toFixed(0)}" width="${(44 * s).toFixed(0)}" height="${(120 * s).toFixed(0)}" rx="${(16 * s).toFixed(0)}"/></g>`,
      )
    }
  } else {
    for (let i = 0; i < 9; i++) {
      const w = 300 + rand() * 500
      shapes.push(
        `<rect x="${(rand() * (WIDTH - w)).toFixed(0)}" y="${(rand() * (HEIGHT - 300)).toFixed(0)}" width="${w.toFixed(0)}" height="${(220 + rand() * 200).toFixed(0)}" fill="${i % 2 ? mid : dark}" opacity="0.35" transform="rotate(${(rand() * 16 - 8).toFixed(1)} 800 450)"/>`,
      )
    }
  }
  return shapes.join('')
}

// Draws a hero illustration: a sky gradient, a motif, a soft vignette. No text, no downloads.
export async function drawHeroImage(image: SeedImage): Promise<Buffer> {
  const [dark, mid, light] = image.palette
  const rand = random(image.key)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="0.65" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/>
    </linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/>
    </radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  ${motifShapes(image.motif, rand, image.palette)}
  <rect width="100%" height="100%" fill="url(#vignette)"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer()
}
