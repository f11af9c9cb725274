// Plain text of a Lexical field, for calendar descriptions and meta descriptions.

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/** The text of a Lexical document, one line per paragraph, heading or list item. */
export function lexicalToText(value: unknown): string {
  const lines: string[] = []
  let line = ''
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as { type?: string; text?: string; children?: unknown[]; root?: unknown }
    if (record.root) return visit(record.root)
    if (typeof record.text === 'string') line += record.text
    if (record.type === 'linebreak') line += '\n'
    record.children?.forEach(visit)
    if (record.type && BLOCK_TYPES.has(record.type)) {
      if (line.trim()) lines.push(line.trim())
      line = ''
    }
  }
  visit(value)
  if (line.trim()) lines.push(line.trim())
  return lines.join('\n')
}
