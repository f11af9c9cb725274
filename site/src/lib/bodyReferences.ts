import type { Id } from '@redaktion/content-schemas/ids'

export interface BodyReferences {
  mediaIds: Id[]
  articleIds: Id[]
  documentIds: Id[]
}

// A body is the same object from build to build while its article is unchanged (the build
// server keeps the newsroom), and both the article pages and the document files ask.
const known = new WeakMap<object, BodyReferences>()

/**
 * What a Lexical body points at: media ids of its images, article ids of its internal links,
 * and document ids of its document uploads (PDFs).
 */
export function bodyReferences(body: unknown): BodyReferences {
  if (body && typeof body === 'object') {
    const cached = known.get(body)
    if (cached) return cached
  }
  const mediaIds: Id[] = []
  const articleIds: Id[] = []
  const documentIds: Id[] = []
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
    if (record.type === 'upload' && record.relationTo === 'documents') {
      const id = idOf(record.value)
      if (typeof id === 'string') documentIds.push(id)
    }
    if (record.type === 'link' && record.fields?.linkType === 'internal') {
      const id = idOf(record.fields.doc?.value)
      if (typeof id === 'string') articleIds.push(id)
    }
    if (record.root) visit(record.root)
    record.children?.forEach(visit)
  }
  visit(body)
  const references = { mediaIds, articleIds, documentIds }
  if (body && typeof body === 'object') known.set(body, references)
  return references
}
