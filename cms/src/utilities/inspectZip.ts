import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate'

export const ZIP_LIMITS = {
  entries: 2_000,
  /** What all entries together may unpack to, as declared in the archive. */
  totalBytes: 100 * 1024 * 1024,
  /** Beyond this size an entry may not be compressed more than `ratio` times. */
  largeEntryBytes: 5 * 1024 * 1024,
  ratio: 100,
} as const

export type ZipVerdict = { isSafe: true } | { isSafe: false; reason: string }

/**
 * Looks at a ZIP archive's directory without unpacking anything, and refuses archives that
 * would unpack to far more than they weigh (zip bombs) or hold absurdly many entries.
 */
export function inspectZip(bytes: Uint8Array): ZipVerdict {
  let entries = 0
  let totalBytes = 0
  let verdict: ZipVerdict = { isSafe: true }
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries += 1
        totalBytes += entry.originalSize
        const isCompressedTooFar =
          entry.originalSize > ZIP_LIMITS.largeEntryBytes &&
          entry.originalSize > entry.size * ZIP_LIMITS.ratio
        if (isCompressedTooFar) {
          verdict = { isSafe: false, reason: 'filen packas upp till en orimlig storlek.' }
        }
        return false
      },
    })
  } catch {
    return { isSafe: false, reason: 'filen är skadad.' }
  }
  if (!verdict.isSafe) return verdict
  if (entries > ZIP_LIMITS.entries) return { isSafe: false, reason: 'filen har för många delar.' }
  if (totalBytes > ZIP_LIMITS.totalBytes) {
    return { isSafe: false, reason: 'filen packas upp till en orimlig storlek.' }
  }
  return { isSafe: true }
}

const EMPTY_CORE_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`
const EMPTY_APP_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`
const EMPTY_CUSTOM_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>`

const PROPERTY_PARTS: Record<string, string> = {
  'docProps/core.xml': EMPTY_CORE_PROPERTIES,
  'docProps/app.xml': EMPTY_APP_PROPERTIES,
  'docProps/custom.xml': EMPTY_CUSTOM_PROPERTIES,
}

/**
 * A Word document without its document properties (author, last editor, company, template,
 * custom properties), which can name a source. The parts stay, empty, so the file still opens.
 * Call only on an archive `inspectZip` found safe.
 */
export function withoutDocumentProperties(bytes: Uint8Array): Buffer {
  const parts: Unzipped = unzipSync(bytes)
  for (const [name, empty] of Object.entries(PROPERTY_PARTS)) {
    if (parts[name]) parts[name] = strToU8(empty)
  }
  return Buffer.from(zipSync(parts))
}
