import type { Id } from '@redaktion/content-schemas/ids'
import type { Document, Media } from '@redaktion/content-schemas/payload-types'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { documentPath } from './eventsFiles'
import { fileFacts } from './eventsFormat'
import { articlePath } from './paths'

const IS_BOLD = 1
const IS_ITALIC = 1 << 1
const IS_STRIKETHROUGH = 1 << 2
const IS_UNDERLINE = 1 << 3
const IS_CODE = 1 << 4
const IS_SUBSCRIPT = 1 << 5
const IS_SUPERSCRIPT = 1 << 6

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** Only web, mail and same-site links survive; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null
  const trimmed = url.trim()
  if (/^(https?:|mailto:)/i.test(trimmed) || /^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#'))
    return trimmed
  return null
}

const FORMATS: [number, string][] = [
  [IS_BOLD, 'strong'],
  [IS_ITALIC, 'em'],
  [IS_STRIKETHROUGH, 's'],
  [IS_UNDERLINE, 'u'],
  [IS_CODE, 'code'],
  [IS_SUBSCRIPT, 'sub'],
  [IS_SUPERSCRIPT, 'sup'],
]

export interface RichTextContext {
  mediaById: Map<Id, Media>
  slugById: Map<Id, string>
  /** The site's own optimized copy of each body image, by media id. */
  imageById: Map<Id, { src: string; width: number; height: number }>
  /** Documents (PDF) the body shows as links to the release's copy, by id. */
  documentById?: Map<Id, Document>
}

/** "Titel (PDF, 2,1 MB, nytt fönster)": a document opens in a new window, and says so. */
export function documentLinkHtml(doc: Document): string {
  return `<a class="document-link" href="${escapeHtml(documentPath(doc))}" target="_blank" rel="noopener">${escapeHtml(doc.title)} <span class="meta">(${escapeHtml(fileFacts(doc))}, nytt fönster)</span></a>`
}

/**
 * Renders an article body to HTML with Payload's converters, overriding the ones that would
 * need inline styles (blocked by our CSP), unsafe links or populated relations.
 */
export function richTextToHtml(body: unknown, context: RichTextContext): string {
  if (!body || typeof body !== 'object' || !('root' in body)) return ''
  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    text: ({ node }) =>
      FORMATS.reduce(
        (html, [flag, tag]) => (node.format & flag ? `<${tag}>${html}</${tag}>` : html),
        escapeHtml(node.text),
      ),
    link: ({ node, nodesToHTML }) => {
      const fields = node.fields as {
        linkType?: string
        url?: string
        newTab?: boolean
        doc?: { relationTo: string; value: Id | { id: Id } }
      }
      const docId = typeof fields.doc?.value === 'object' ? fields.doc.value.id : fields.doc?.value
      const slug =
        fields.linkType === 'internal' && docId != null ? context.slugById.get(docId) : undefined
      const href = slug ? articlePath(slug) : safeHref(fields.url)
      const children = nodesToHTML({ nodes: node.children }).join('')
      if (!href) return children
      const external = /^https?:/i.test(href)
      return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${children}</a>`
    },
    autolink: ({ node, nodesToHTML }) => {
      const href = safeHref((node.fields as { url?: string }).url)
      const children = nodesToHTML({ nodes: node.children }).join('')
      return href
        ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${children}</a>`
        : children
    },
    listitem: ({ node, nodesToHTML }) =>
      `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
    upload: ({ node }) => {
      if (node.relationTo === 'documents') {
        const value = node.value as Id | Document
        const doc = context.documentById?.get(typeof value === 'object' ? value.id : value)
        return doc ? `<p class="document">${documentLinkHtml(doc)}</p>` : ''
      }
      if (node.relationTo !== 'media') return ''
      const value = node.value as Id | Media
      const media = typeof value === 'object' ? value : context.mediaById.get(value)
      const image = media ? context.imageById.get(media.id) : undefined
      if (!media || !image) return ''
      const caption = [media.caption, media.photographer && `Foto: ${media.photographer}`]
        .filter(Boolean)
        .join(' ')
      return `<figure class="body-image"><img src="${escapeHtml(image.src)}" alt="${escapeHtml(media.alt)}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
    },
    blocks: {
      embed: ({ node }) => {
        const fields = node.fields as { url?: string; title?: string }
        const href = safeHref(fields.url)
        const title = escapeHtml(fields.title ?? fields.url ?? '')
        return href
          ? `<p class="embed"><a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a></p>`
          : ''
      },
    },
  }
  return convertLexicalToHTML({
    data: body as SerializedEditorState,
    converters,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
