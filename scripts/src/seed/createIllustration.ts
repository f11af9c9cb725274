import sharp from 'sharp'

const PALETTES = [
  ['#0b3d5c', '#1d7874', '#f4c95d'],
  ['#4a1942', '#c75146', '#f2e3bc'],
  ['#1b2d2a', '#5c8001', '#fbb02d'],
  ['#22223b', '#4a4e69', '#c9ada7'],
  ['#003049', '#d62828', '#fcbf49'],
  ['#2b2d42', '#8d99ae', '#ef233c'],
  ['#264653', '#2a9d8f', '#e9c46a'],
]

/** A deterministic abstract illustration (PNG, 1600×900) made locally, different per seed. */
export async function createIllustration(seed: number): Promise<Buffer> {
  const palette = PALETTES[seed % PALETTES.length] ?? PALETTES[0]!
  const [background, middle, accent] = palette
  const shapes = Array.from({ length: 6 }, (_, index) => {
    const x = (seed * 137 + index * 271) % 1600
    const y = (seed * 89 + index * 163) % 900
    const radius = 80 + ((seed * 31 + index * 57) % 260)
    const colour = index % 2 === 0 ? middle : accent
    return `<circle cx="${x}" cy="${y}" r="${radius}" fill="${colour}" fill-opacity="0.55"/>`
  }).join('')
  const angle = (seed * 23) % 180
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" gradientTransform="rotate(${angle} .5 .5)">
      <stop offset="0" stop-color="${background}"/><stop offset="1" stop-color="${middle}"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>${shapes}
    <rect x="0" y="780" width="1600" height="120" fill="${background}" fill-opacity="0.35"/>
  </svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer()
}
