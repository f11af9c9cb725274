import { describe, expect, it } from 'vitest'

import { richTextToHtml, safeHref } from './richText'

const context = {
  mediaById: new Map(),
  slugById: new Map([['65f1c2a9e4b0a1b2c3d4e5f6', 'en-artikel']]),
  imageById: new Map(),
}

const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
})
const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  mode: 'normal',
  style: '',
  detail: 0,
})
const state = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children },
})

describe('richTextToHtml', () => {
  it('escapes text and renders formats as elements, not inline styles', () => {
    const html = richTextToHtml(
      state(paragraph([text('<script>alert(1)</script>'), text(' fet', 1), text(' struken', 4)])),
      context,
    )
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('<strong> fet</strong>')
    expect(html).toContain('<s> struken</s>')
    expect(html).not.toContain('style=')
  })

  it('drops javascript: links but keeps their text, and resolves internal links to permalinks', () => {
    const link = (fields: unknown) => ({
      type: 'link',
      version: 1,
      fields,
      children: [text('länk')],
      format: '',
      indent: 0,
      direction: 'ltr',
    })
    const html = richTextToHtml(
      state(
        paragraph([
          link({ linkType: 'custom', url: 'javascript:alert(1)' }),
          link({
            linkType: 'internal',
            doc: { relationTo: 'articles', value: '65f1c2a9e4b0a1b2c3d4e5f6' },
          }),
        ]),
      ),
      context,
    )
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<a href="/artikel/en-artikel/">länk</a>')
  })
})

describe('safeHref', () => {
  it('allows web, mail and same-site links only', () => {
    expect(
      [
        'https://a.se',
        'mailto:x@y.se',
        '/om-oss/',
        '//evil.example',
        'data:text/html,x',
        'javascript:x',
      ].map(safeHref),
    ).toEqual(['https://a.se', 'mailto:x@y.se', '/om-oss/', null, null, null])
  })
})
