import { describe, expect, it } from 'vitest'

import { authorPhoto } from './archives'
import type { Newsroom } from './cms'

const media = (alt: string) => ({
  id: 'm1',
  alt,
  url: '/api/media/file/p.png',
  width: 800,
  height: 800,
})
const newsroomWith = (alt: string) =>
  ({ mediaById: new Map([['m1', media(alt)]]) }) as unknown as Newsroom
const author = { id: 'a1', name: 'Lina Berg', slug: 'lina-berg', photo: 'm1' } as never

describe('authorPhoto', () => {
  it('uses the image’s own text when it has one', () => {
    expect(authorPhoto(newsroomWith('Lina Berg framför redaktionen'), author)?.alt).toBe(
      'Lina Berg framför redaktionen',
    )
  })

  it('names the author when the image has no text', () => {
    expect(authorPhoto(newsroomWith('  '), author)?.alt).toBe('Lina Berg')
  })

  it('is missing when the author has no photo or it is not public', () => {
    expect(
      authorPhoto(newsroomWith('x'), { ...(author as object), photo: null } as never),
    ).toBeNull()
    expect(
      authorPhoto(newsroomWith('x'), { ...(author as object), photo: 'm2' } as never),
    ).toBeNull()
  })
})
