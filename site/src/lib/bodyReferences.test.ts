import { describe, expect, it } from 'vitest'

import { bodyReferences } from './bodyReferences'

const UUID = '4ce7a6d9-cba8-4b5d-90fd-2a5a974d3216'
const HEX = '65f1c2a9e4b0a1b2c3d4e5f6'

const body = (...children: unknown[]) => ({ root: { type: 'root', children } })
const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const internalLink = (value: unknown) => ({
  type: 'link',
  fields: { linkType: 'internal', doc: { relationTo: 'articles', value } },
  children: [],
})

describe('bodyReferences', () => {
  it('finds images and internal links by their text ids, bare or populated', () => {
    const references = bodyReferences(
      body(
        upload(UUID),
        { type: 'paragraph', children: [internalLink(HEX), internalLink({ id: UUID })] },
        upload({ id: HEX, url: '/media/a.jpg' }),
      ),
    )
    expect(references).toEqual({
      mediaIds: [UUID, HEX],
      articleIds: [HEX, UUID],
      documentIds: [],
    })
  })

  it('finds document uploads apart from images, and ignores external links and other uploads', () => {
    const references = bodyReferences(
      body(
        { type: 'link', fields: { linkType: 'custom', url: 'https://example.se' }, children: [] },
        { type: 'upload', relationTo: 'documents', value: HEX },
        { type: 'upload', relationTo: 'documents', value: { id: UUID, filename: 'a.pdf' } },
        { type: 'upload', relationTo: 'videos', value: UUID },
      ),
    )
    expect(references).toEqual({ mediaIds: [], articleIds: [], documentIds: [HEX, UUID] })
  })
})
