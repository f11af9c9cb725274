import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { articleData } from './helpers/samples'
import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { staffApi, type StaffApi } from './helpers/staffApi'
import { stopTestPayload } from './helpers/testPayload'

let room: Newsroom
let api: StaffApi

beforeAll(async () => {
  room = await startNewsroom()
  api = await staffApi(room.payload, room.staff)
})
afterAll(() => stopTestPayload(room.payload))

async function publishedArticle(title: string) {
  const { body } = await api.rest('POST', '/articles', {
    actor: 'editor',
    body: { ...articleData(room.base, 'published'), title },
  })
  return body.doc as { id: number | string; slug: string }
}

async function isPublic(id: number | string): Promise<boolean> {
  return (await api.rest('GET', `/articles/${id}?depth=0`)).status === 200
}

async function redirectsFrom(slug: string) {
  const { docs } = await room.payload.find({
    collection: 'redirects',
    where: { from: { equals: slug } },
    depth: 0,
  })
  return docs
}

describe('duplicating an article', () => {
  it('gives a journalist a draft copy through REST without ?draft, never a published one', async () => {
    const source = await publishedArticle('Källan som kopieras')
    const copy = await api.rest('POST', `/articles/${source.id}/duplicate?draft=false`, {
      actor: 'journalist',
      body: { title: 'Journalistens kopia', lead: 'Ändrad ingress' },
    })
    expect(copy.status).toBe(200)
    const doc = copy.body.doc as { id: number | string; _status: string }
    expect(doc._status).toBe('draft')
    expect(await isPublic(doc.id)).toBe(false)
  })

  it('gives a journalist a draft copy through GraphQL', async () => {
    const source = await publishedArticle('Källan för GraphQL')
    const answer = await api.graphql(
      `mutation Copy($id: String!) { duplicateArticle(id: $id, data: { title: "GraphQL-kopia", slug: "graphql-kopia", type: nyhet }) { id _status } }`,
      'journalist',
      { id: source.id },
    )
    const copy = answer.data?.duplicateArticle as { id: string; _status: string } | null
    expect(answer.errors).toEqual([])
    expect(copy?._status).toBe('draft')
    expect(await isPublic(copy!.id)).toBe(false)
  })

  it('leaves the original its permalink and gives the copy a slug of its own by the slug rules', async () => {
    const source = await publishedArticle('Permalänken som ska stå kvar')
    const copy = await api.rest('POST', `/articles/${source.id}/duplicate`, {
      actor: 'editor',
      body: {},
    })
    const doc = copy.body.doc as { id: number | string; slug: string; publishedAt: unknown }
    expect(doc.slug).toBe(`${source.slug}-2`)
    expect(doc.publishedAt ?? null).toBeNull()
    expect(await redirectsFrom(source.slug)).toEqual([])
    const published = await api.rest('PATCH', `/articles/${doc.id}`, {
      actor: 'editor',
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await redirectsFrom(source.slug)).toEqual([])
  })

  it('does not let a journalist publish the copy they made', async () => {
    const source = await publishedArticle('Källan till en kopia som ska publiceras')
    const copy = await api.rest('POST', `/articles/${source.id}/duplicate?draft=true`, {
      actor: 'journalist',
      body: {},
    })
    const id = (copy.body.doc as { id: number | string }).id
    const publish = await api.rest('PATCH', `/articles/${id}`, {
      actor: 'journalist',
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    expect(await isPublic(id)).toBe(false)
  })
})

describe('deleting an article', () => {
  it('removes the redirects to it instead of failing on them', async () => {
    const article = await publishedArticle('Artikel som byter slug')
    await api.rest('PATCH', `/articles/${article.id}`, {
      actor: 'editor',
      body: { slug: 'ny-slug-for-artikeln', _status: 'published' },
    })
    expect(await redirectsFrom(article.slug)).toHaveLength(1)
    const deleted = await api.rest('DELETE', `/articles/${article.id}`, { actor: 'editor' })
    expect(deleted.status).toBe(200)
    expect(await redirectsFrom(article.slug)).toEqual([])
  })
})
