const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes)

/** ISO base media (MP4) brands a browser plays as `video/mp4`. */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'av01',
  'dash',
  'cmfc',
  'M4V ',
])

/** MP4: the first box is `ftyp` with a known major brand (bytes 4–7 `ftyp`, 8–11 the brand). */
export function isMp4(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0)
  if (boxSize < 16 || ascii(bytes.subarray(4, 8)) !== 'ftyp') return false
  return MP4_BRANDS.has(ascii(bytes.subarray(8, 12)))
}

/** WebM: an EBML header (1A 45 DF A3) whose DocType element (42 82) says `webm`. */
export function isWebm(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false
  if (bytes[0] !== 0x1a || bytes[1] !== 0x45 || bytes[2] !== 0xdf || bytes[3] !== 0xa3) {
    return false
  }
  const header = bytes.subarray(0, 64)
  for (let i = 4; i < header.length - 6; i++) {
    if (header[i] === 0x42 && header[i + 1] === 0x82) {
      const length = header[i + 2]! & 0x7f
      return ascii(header.subarray(i + 3, i + 3 + length)) === 'webm'
    }
  }
  return false
}

/** The container the bytes really are, whatever the file is called. */
export function videoContainerOf(bytes: Uint8Array): 'video/mp4' | 'video/webm' | undefined {
  if (isMp4(bytes)) return 'video/mp4'
  if (isWebm(bytes)) return 'video/webm'
  return undefined
}
