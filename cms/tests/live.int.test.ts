import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  type DocumentLive,
  type LiveQuery,
  liveQuerySchema,
} from '@redaktion/content-schemas/preview'
import { verifySiteRequest } from '@redaktion/content-schemas/siteWebhook'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BaseDocs } from './helpers/samples'
import {
  type Caller,
  type PublisherNewsroom,
  startPublisherNewsroom,
} from './helpers/publisherNewsroom'

const SECRET = 'publisher-secret-for-live-tests'

/**
 * A publisher that speaks `POST /live` (content-schemas/src/preview.ts): it checks the
 * signature with the shared secret, parses the query by the contract and answers the records
 * it was given; an id it has no record of is `unknown`.
 */
async function startLivePublisher() {
  const records = new Map<string, DocumentLive>()
  const queries: LiveQuery[] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const check = verifySiteRequest({
        secret: SECRET,
        method: request.method ?? '',
        target: request.url ?? '',
        timestamp: request.headers['x-redaktion-timestamp'] as string | undefined,
        signature: request.headers['x-redaktion-signature'] as string | undefined,
        rawBody,
      })
      if (request.method !== 'POST' || request.url !== '/live') {
        response.writeHead(404).end()
        return
      }
      if (check !== 'valid') {
        response.writeHead(401, { 'Content-Type': 'application/json' })
        response.end(JSON.stringify({ message: `signature ${check}` }))
        return
      }
      const query = liveQuerySchema.parse(JSON.parse(rawBody))
      queries.push(query)
      const documents = query.ids.map(
        (id): DocumentLive =>
          records.get(id) ?? {
            id,
            state: 'unknown',
            changedAt: null,
            liveAt: null,
            releaseId: null,
            error: null,
          },
      )
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ documents }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    records,
    queries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

let payload: Payload
let base: BaseDocs
let publisher: Awaited<ReturnType<typeof startLivePublisher>>
let room: PublisherNewsroom

beforeAll(async () => {
  publisher = await startLivePublisher()
  room = await startPublisherNewsroom(publisher.url, SECRET)
  ;({ payload, base } = room)
})
afterAll(async () => {
  await room?.stop()
  await publisher?.close().catch(() => undefined)
})

const live = (query: string, actor: Caller = 'journalist') =>
  room.call(`/site/live?${query}`, room.as(actor))

describe('GET /api/site/live', () => {
  it('refuses anonymous visitors and asks the publisher nothing', async () => {
    const answer = await live(`collection=articles&ids=${base.articleId}`, 'anonymous')
    expect(answer.status).toBe(401)
    expect(answer.body.message).toMatch(/inte inloggad/)
    expect(publisher.queries).toHaveLength(0)
  })

  it('answers staff from the publisher’s signed /live, with the public page', async () => {
    const record: DocumentLive = {
      id: base.articleId,
      state: 'live',
      changedAt: '2026-12-02T13:02:00.650Z',
      liveAt: '2026-12-02T13:02:03.050Z',
      releaseId: 'r1',
      error: null,
    }
    publisher.records.set(base.articleId, record)
    const answer = await live(`collection=articles&ids=${base.articleId}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.body).toEqual({
      documents: [
        {
          id: base.articleId,
          isPublished: true,
          publishedVersionAt: expect.any(String),
          url: 'http://localhost:4321/artikel/basartikel/',
          live: record,
        },
      ],
      problem: null,
    })
    expect(publisher.queries.at(-1)).toEqual({ collection: 'articles', ids: [base.articleId] })
  })

  it('answers only the documents that exist and the user may read, and asks only about them', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        title: 'Ett utkast',
        type: 'nyhet',
        category: base.categoryId,
        authors: [base.authorId],
      } as never,
      overrideAccess: true,
      draft: true,
    })
    const deleted = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        title: 'Borttagen',
        type: 'nyhet',
        category: base.categoryId,
        authors: [base.authorId],
      } as never,
      overrideAccess: true,
    })
    await payload.delete({ collection: 'articles', id: deleted.id, overrideAccess: true })
    const missing = '00000000-0000-4000-8000-000000000000'
    const ids = [base.articleId, draft.id, deleted.id, missing]
    const answer = await live(`collection=articles&ids=${ids.join(',')}`, 'editor')
    expect(answer.status).toBe(200)
    const documents = answer.body.documents as { id: string; isPublished: boolean; url: string }[]
    expect(documents.map((document) => document.id).sort()).toEqual(
      [base.articleId, draft.id].sort(),
    )
    expect(documents.find((document) => document.id === draft.id)).toMatchObject({
      isPublished: false,
      url: null,
    })
    expect(publisher.queries.at(-1)!.ids.sort()).toEqual([base.articleId, draft.id].sort())
  })

  it('refuses bad input with a Swedish message naming the field', async () => {
    const cases: [string, RegExp][] = [
      [`ids=${base.articleId}`, /^Fältet collection/],
      [`collection=users&ids=${base.articleId}`, /^Fältet collection/],
      ['collection=articles', /^Fältet ids saknas/],
      ['collection=articles&ids=,,', /^Fältet ids saknas/],
      ['collection=articles&ids=1%20OR%201', /^Fältet ids har ett ogiltigt id/],
      [
        `collection=articles&ids=${Array.from({ length: 101 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`).join(',')}`,
        /^Fältet ids får ha högst 100 id/,
      ],
    ]
    const before = publisher.queries.length
    for (const [query, message] of cases) {
      const answer = await live(query)
      expect(answer.status, query).toBe(400)
      expect(answer.body.message, query).toMatch(message)
    }
    expect(publisher.queries).toHaveLength(before)
  })

  it('says so when the publisher does not answer', async () => {
    await publisher.close()
    const answer = await live(`collection=articles&ids=${base.articleId}`)
    expect(answer.status).toBe(200)
    expect(answer.body.problem).toMatch(/^Publiceringstjänsten svarar inte/)
    expect(answer.body.documents).toEqual([
      expect.objectContaining({ id: base.articleId, isPublished: true, live: null }),
    ])
  })
})
