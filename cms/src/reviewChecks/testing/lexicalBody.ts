import type { Article } from '@redaktion/content-schemas/payload-types'

/** Small Lexical bodies as Payload stores them, for the checks' tests. */
type Node = Record<string, unknown>

const text = (value: string): Node => ({ type: 'text', text: value, format: 0, version: 1 })
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const paragraph = (...children: (Node | string)[]): Node =>
  element(
    'paragraph',
    children.map((child) => (typeof child === 'string' ? text(child) : child)),
  )
export const heading = (tag: `h${1 | 2 | 3 | 4 | 5 | 6}`, value: string): Node =>
  element('heading', [text(value)], { tag })
export const link = (url: string, value: string): Node =>
  element('link', [text(value)], { fields: { linkType: 'custom', url, newTab: false } })
export const internalLink = (id: string, value: string): Node =>
  element('link', [text(value)], {
    fields: { linkType: 'internal', doc: { relationTo: 'articles', value: id } },
  })
export const embed = (url: string): Node => ({
  type: 'block',
  version: 2,
  fields: { id: 'b1', blockType: 'embed', url, title: 'Inbäddning' },
})

export const body = (...children: Node[]): NonNullable<Article['body']> =>
  ({ root: element('root', children) }) as unknown as NonNullable<Article['body']>
