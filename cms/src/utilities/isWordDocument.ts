import { unzipSync } from 'fflate'

const WORD_MAIN_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const REQUIRED_PARTS = ['[Content_Types].xml', 'word/document.xml']
const MAX_PART_SIZE = 5 * 1024 * 1024

/**
 * True when the bytes are an Office Open XML word-processing document (.docx): a ZIP archive
 * whose content types declare a Word main document that is present. Only the two parts needed
 * are inflated, each capped, so a hostile archive cannot make us unpack much.
 */
export function isWordDocument(bytes: Uint8Array): boolean {
  if (
    bytes.length < 4 ||
    bytes[0] !== 0x50 ||
    bytes[1] !== 0x4b ||
    bytes[2] !== 0x03 ||
    bytes[3] !== 0x04
  ) {
    return false
  }
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(bytes, {
      filter: (file) => REQUIRED_PARTS.includes(file.name) && file.originalSize <= MAX_PART_SIZE,
    })
  } catch {
    return false
  }
  const contentTypes = parts['[Content_Types].xml']
  if (!contentTypes || !parts['word/document.xml']) return false
  return new TextDecoder().decode(contentTypes).includes(WORD_MAIN_CONTENT_TYPE)
}
