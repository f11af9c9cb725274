import type { Id } from '@redaktion/content-schemas/ids'

/** What a Lexical body points at: media ids of its images and article ids of its internal links. */
export function bodyReferences(body: unknown): { mediaIds: Id[]; articleIds: Id[] } {
  const mediaIds: Id[] = []
  const articleIds: Id[] = []
  const idOf = (value: unknown) =>
    typeof value === 'object' && value ? (value as { id: unknown }).id : value
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as {
      type?: string
      relationTo?: string
      value?: unknown
      fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } }
      children?: unknown[]
      root?: unknown
    }
    if (record.type === 'upload' && record.relationTo === 'media') {
      const id = idOf(record.value)
      if (typeof id === 'string') mediaIds.push(id)
    }
    if (record.type === 'link' && record.fields?.linkType === 'internal') {
      const id = idOf(record.fields.doc?.value)
      if (typeof id === 'string') articleIds.push(id)
    }
    if (record.root) visit(record.root)
    record.children?.forEach(visit)
  }
  visit(body)
  return { mediaIds, articleIds }
}
