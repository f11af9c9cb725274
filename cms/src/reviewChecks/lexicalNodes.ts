/** A node of a Lexical tree as Payload stores it (JSON): only what the checks read. */
export interface LexicalNode {
  type?: string
  tag?: string
  text?: string
  fields?: Record<string, unknown>
  children?: LexicalNode[]
}

/** Every node of a stored Lexical body, in document order; nothing for a missing body. */
export function lexicalNodes(body: unknown): LexicalNode[] {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return []
  const nodes: LexicalNode[] = []
  const visit = (node: LexicalNode) => {
    nodes.push(node)
    for (const child of Array.isArray(node.children) ? node.children : []) visit(child)
  }
  visit(root)
  return nodes.slice(1)
}

/** The text a node shows (its own and its descendants'), collapsed to one line. */
export function lexicalText(node: LexicalNode): string {
  const own = typeof node.text === 'string' ? node.text : ''
  const children = Array.isArray(node.children) ? node.children.map(lexicalText).join('') : ''
  return (own + children).replace(/\s+/g, ' ').trim()
}
