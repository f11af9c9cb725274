import { PDFDocument } from 'pdf-lib'

const HEADER = '%PDF-'
const TRAILER = '%%EOF'
/** The end-of-file marker must be this close to the end (incremental saves add a little). */
const TRAILER_WINDOW = 2048
/** A parse that takes longer is refused: a hostile file must not hold a request for long. */
export const PDF_PARSE_TIMEOUT_MS = 5000

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes)

/** The cheap part: the header at the start and the end-of-file marker at the end. */
export function hasPdfFrame(bytes: Uint8Array): boolean {
  if (bytes.length < 64 || ascii(bytes.subarray(0, HEADER.length)) !== HEADER) return false
  const tail = ascii(bytes.subarray(Math.max(0, bytes.length - TRAILER_WINDOW)))
  return tail.includes(TRAILER)
}

/**
 * True when the bytes are a PDF a reader can open: the header and end marker, and a document
 * pdf-lib can parse (cross-reference table, trailer, a page tree with at least one page).
 * Encrypted documents are accepted as long as their structure parses: an owner password that
 * only restricts printing still opens for every reader.
 */
export async function isPdfDocument(
  bytes: Uint8Array,
  { timeoutMs = PDF_PARSE_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<boolean> {
  if (!hasPdfFrame(bytes)) return false
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const parse = PDFDocument.load(bytes, {
    ignoreEncryption: true,
    throwOnInvalidObject: true,
    updateMetadata: false,
  })
    // A document without a catalog or page tree throws here rather than in load().
    .then((document) => document.getPageCount() > 0)
    .catch(() => false)
  try {
    return await Promise.race([parse, timeout])
  } finally {
    clearTimeout(timer)
  }
}
