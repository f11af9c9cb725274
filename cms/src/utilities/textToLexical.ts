/** Plain editorial blocks, as written by seeds and reader submissions, before they become Lexical. */
export type TextBlock =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }

interface LexicalNode {
  [key: string]: unknown
  type: string
  version: number
}

interface LexicalElement extends LexicalNode {
  children: LexicalNode[]
  direction: 'ltr'
  format: ''
  indent: number
}

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalElement => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

function blockToNode(block: TextBlock): LexicalElement {
  switch (block.kind) {
    case 'p':
      return element('paragraph', [textNode(block.text)], { textFormat: 0, textStyle: '' })
    case 'h2':
      return element('heading', [textNode(block.text)], { tag: 'h2' })
    case 'quote':
      return element('quote', [textNode(block.text)])
    case 'list':
      return element(
        'list',
        block.items.map((item, index) =>
          element('listitem', [textNode(item)], { value: index + 1 }),
        ),
        { listType: 'bullet', start: 1, tag: 'ul' },
      )
  }
}

/** Builds the Lexical editor state Payload stores for a rich-text field. */
export function textToLexical(blocks: TextBlock[]): { root: LexicalElement } {
  return { root: element('root', blocks.map(blockToNode)) }
}

/** Splits plain text on blank lines into paragraphs. */
export function paragraphsOf(text: string): TextBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'p', text: paragraph }))
}
