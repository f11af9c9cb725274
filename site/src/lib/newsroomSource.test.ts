import { describe, expect, it } from 'vitest'

import {
  changedIdsOf,
  idsQuery,
  needsTypeStatements,
  patchDocuments,
  sortCollection,
} from './newsroomSource'

// Ids in the shapes the CMS's databases give them: MongoDB ObjectIds and SQLite UUIDs.
const HEX_A = '65f1c2a9e4b0a1b2c3d4e5f6'
const HEX_B = '0a1b2c3d4e5f60718293a4b5'
const UUID_A = '4ce7a6d9-cba8-4b5d-90fd-2a5a974d3216'
const UUID_B = 'e3b0c442-98fc-4c14-9afb-f4c8996fb924'

const article = (id: string, publishedAt: string, title = 'Rubrik') => ({ id, publishedAt, title })

describe('the change list of a publish', () => {
  it('names the changed documents by their ids exactly as the deliveries gave them', () => {
    const changes = [
      { collection: 'articles', ids: [HEX_A, UUID_A] },
      { collection: 'media', ids: [HEX_B] },
      { collection: 'articles', ids: [HEX_A] },
    ]
    expect([...changedIdsOf(changes, 'articles')]).toEqual([HEX_A, UUID_A])
    expect([...changedIdsOf(changes, 'media')]).toEqual([HEX_B])
    expect(changedIdsOf(changes, 'topics').size).toBe(0)
  })

  it('asks the CMS for exactly those ids', () => {
    expect(idsQuery(new Set([HEX_A, UUID_A]))).toBe(
      `&where[id][in][0]=${HEX_A}&where[id][in][1]=${UUID_A}`,
    )
  })

  it('replaces each changed document in the previous copy, and drops one no longer public', () => {
    const previous = [
      article(HEX_A, '2026-03-01T10:00:00Z', 'Gammal rubrik'),
      article(UUID_A, '2026-03-02T10:00:00Z'),
      article(HEX_B, '2026-03-03T10:00:00Z'),
    ]
    const fetched = [article(HEX_A, '2026-03-01T10:00:00Z', 'Ny rubrik')]
    const patched = patchDocuments(
      previous,
      changedIdsOf([{ collection: 'articles', ids: [HEX_A, HEX_B] }], 'articles'),
      fetched,
    )
    expect(patched.map((doc) => [doc.id, doc.title])).toEqual([
      [UUID_A, 'Rubrik'],
      [HEX_A, 'Ny rubrik'],
    ])
  })
})

describe('the order the site keeps a collection in', () => {
  it('lists articles newest first and breaks ties by the id as a string, however they arrived', () => {
    const sameTime = '2026-03-05T08:00:00Z'
    const docs = [
      article(UUID_A, sameTime),
      article(HEX_A, '2026-03-04T08:00:00Z'),
      article(HEX_B, sameTime),
      article(UUID_B, sameTime),
    ]
    const expected = [UUID_B, UUID_A, HEX_B, HEX_A]
    expect(sortCollection('articles', docs).map((doc) => doc.id)).toEqual(expected)
    expect(sortCollection('articles', [...docs].reverse()).map((doc) => doc.id)).toEqual(expected)
  })

  it('sorts equal titles and id-ordered collections by the id as a string', () => {
    const topics = [
      { id: UUID_B, title: 'Arbetsmiljö' },
      { id: HEX_A, title: 'Arbetsmiljö' },
      { id: UUID_A, title: 'Ärenden' },
      { id: HEX_B, title: 'Arbetsmiljö' },
    ]
    expect(sortCollection('topics', topics).map((doc) => doc.id)).toEqual([
      HEX_B,
      HEX_A,
      UUID_B,
      UUID_A,
    ])
    const media = [{ id: UUID_B }, { id: HEX_A }, { id: UUID_A }, { id: HEX_B }]
    expect(sortCollection('media', media).map((doc) => doc.id)).toEqual([
      HEX_B,
      UUID_A,
      HEX_A,
      UUID_B,
    ])
    expect(sortCollection('redirects', [...media].reverse()).map((doc) => doc.id)).toEqual([
      HEX_B,
      UUID_A,
      HEX_A,
      UUID_B,
    ])
  })
})

describe('the type-statement global in a patched build', () => {
  const previous = { typeStatements: { id: 'g', nyhet: 'Detta är en nyhetsartikel.' } } as never

  it('is kept from the previous release unless a change names it', () => {
    expect(needsTypeStatements(previous, [{ collection: 'articles', ids: [HEX_A] }])).toBe(false)
    expect(needsTypeStatements(previous, [{ collection: 'type-statements', ids: [] }])).toBe(true)
    expect(needsTypeStatements(previous, [{ collection: '*', ids: [] }])).toBe(true)
  })

  it('is fetched by a full build, and after a release made before the site read it', () => {
    expect(needsTypeStatements(null, null)).toBe(true)
    expect(needsTypeStatements({} as never, [{ collection: 'articles', ids: [HEX_A] }])).toBe(true)
  })
})
