import mammoth from 'mammoth'

import type { TextBlock } from './textToLexical'

/**
 * The text of a Word document as editorial blocks: headings, paragraphs and bullet lists.
 * mammoth reads the .docx (by its styles, not its looks) and writes simple HTML; that HTML is
 * mapped here, so no HTML parser or DOM is needed. Inline formatting, images and tables' layout
 * are left behind: the piece is edited before it is published anyway.
 */
export async function docxToBlocks(docx: Buffer): Promise<TextBlock[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: docx })
  return blocksFromMammothHtml(html)
}

const TOKEN = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>|([^<]+)/gi
const HEADING = /^h[1-6]$/

/** Maps the HTML mammoth writes (well-formed, a known set of tags) to blocks. */
export function blocksFromMammothHtml(html: string): TextBlock[] {
  const blocks: TextBlock[] = []
  let text = ''
  let listDepth = 0
  let items: string[] = []

  const takeText = (): string => {
    const taken = text.replace(/\s+/g, ' ').trim()
    text = ''
    return taken
  }
  const endItem = () => {
    const item = takeText()
    if (item) items.push(item)
  }

  for (const [, closing, rawTag, rawText] of html.matchAll(TOKEN)) {
    if (rawText !== undefined) {
      text += decodeEntities(rawText)
      continue
    }
    const tag = rawTag!.toLowerCase()
    const isClosing = closing === '/'
    if (tag === 'br') {
      text += ' '
    } else if (tag === 'ul' || tag === 'ol') {
      // A nested list ends the item it sits in; its own items follow in the same list.
      if (!isClosing && listDepth > 0) endItem()
      listDepth += isClosing ? -1 : 1
      if (isClosing && listDepth === 0 && items.length > 0) {
        blocks.push({ kind: 'list', items })
        items = []
      }
    } else if (tag === 'li') {
      if (isClosing) endItem()
    } else if (isClosing && listDepth === 0 && (tag === 'p' || HEADING.test(tag))) {
      const block = takeText()
      if (block) blocks.push({ kind: tag === 'p' ? 'p' : 'h2', text: block })
    } else if (isClosing && tag === 'p') {
      text += ' '
    }
  }
  return blocks
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? ''
  })
}
