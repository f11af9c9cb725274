import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueScheduledPublish } from '../src/utilities/queueScheduledPublish'
import type { BaseDocs } from './helpers/samples'
import { articleData, debateData } from './helpers/samples'
import { createBaseDocs, createStaff } from './helpers/staff'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

let payload: Payload
let base: BaseDocs
let editor: TypedUser

beforeAll(async () => {
  payload = await startTestPayload()
  const staff = await createStaff(payload)
  editor = { ...staff.editor, collection: 'users' } as TypedUser
  base = await createBaseDocs(payload, staff.journalist)
})
afterAll(() => stopTestPayload(payload))

const asEditor = () => ({ user: editor, overrideAccess: false, depth: 0 })

async function createArticle(title: string, status: 'draft' | 'published') {
  return payload.create({
    collection: 'articles',
    data: { ...articleData(base, status), title } as never,
    draft: status === 'draft',
    ...asEditor(),
  })
}

describe('article slugs', () => {
  it('folds å, ä and ö when making the slug from the title', async () => {
    const article = await createArticle('Åtta av tio är nöjda på Överklagandenämnden', 'draft')
    expect(article.slug).toBe('atta-av-tio-ar-nojda-pa-overklagandenamnden')
  })

  it('numbers a slug that another article already has', async () => {
    const first = await createArticle('Lönerna höjs i staten', 'published')
    const second = await createArticle('Lönerna höjs i staten', 'published')
    expect([first.slug, second.slug]).toEqual(['lonerna-hojs-i-staten', 'lonerna-hojs-i-staten-2'])
  })

  it('keeps a published slug when the title changes', async () => {
    const article = await createArticle('Rubrik före', 'published')
    const updated = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Rubrik efter', _status: 'published' } as never,
      ...asEditor(),
    })
    expect(updated.slug).toBe('rubrik-fore')
  })

  it('leaves a redirect from the old slug when an editor changes a published slug', async () => {
    const article = await createArticle('Gammal rubrik om myndigheten', 'published')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: 'ny-rubrik-om-myndigheten', _status: 'published' } as never,
      ...asEditor(),
    })
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: 'gammal-rubrik-om-myndigheten' } },
      depth: 0,
    })
    expect(docs.map((redirect) => redirect.to)).toEqual([article.id])
  })

  it('does not leave a redirect for a slug that was never published', async () => {
    const draft = await createArticle('Utkast som byter namn', 'draft')
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { slug: 'utkast-med-nytt-namn', _status: 'published' } as never,
      ...asEditor(),
    })
    const { totalDocs } = await payload.count({
      collection: 'redirects',
      where: { from: { equals: 'utkast-som-byter-namn' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('publishedAt', () => {
  it('is empty on a draft, set on first publish and kept on later publishes', async () => {
    const draft = await createArticle('Publiceringsdatum', 'draft')
    expect(draft.publishedAt).toBeFalsy()
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
      ...asEditor(),
    })
    expect(Date.parse(published.publishedAt!)).toBeGreaterThan(Date.now() - 60_000)
    const republished = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { lead: 'Ny ingress', _status: 'published' } as never,
      ...asEditor(),
    })
    expect(republished.publishedAt).toBe(published.publishedAt)
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when its scheduled time has come and the jobs runner runs', async () => {
    const draft = await createArticle('Schemalagd nyhet', 'draft')
    await queueScheduledPublish(payload, {
      articleId: draft.id,
      userId: editor.id as string,
      at: new Date(Date.now() + 1500),
    })
    await payload.jobs.run()
    const early = await payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
    expect(early._status).toBe('draft')

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run()
    const later = await payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
    expect(later._status).toBe('published')
    expect(later.publishedAt).toBeTruthy()
  })
})

describe('debate submissions', () => {
  it('creates an article draft with the writer as byline when a piece is accepted', async () => {
    const submission = await payload.create({
      collection: 'debate-submissions',
      data: debateData() as never,
    })
    const accepted = await payload.update({
      collection: 'debate-submissions',
      id: submission.id,
      data: { status: 'accepted' },
      ...asEditor(),
    })
    const article = await payload.findByID({
      collection: 'articles',
      id: accepted.article as string,
      draft: true,
      depth: 1,
    })
    expect(article).toMatchObject({ _status: 'draft', type: 'debatt', title: submission.title })
    expect(article.authors?.map((author) => typeof author === 'object' && author.name)).toEqual([
      'Kim Testsson',
    ])
    expect(JSON.stringify(article)).not.toContain('kim@example.se')
  })
})
