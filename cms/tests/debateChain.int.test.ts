import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BaseDocs } from './helpers/samples'
import { articleData } from './helpers/samples'
import { startNewsroom } from './helpers/newsroom'
import { formBody, postSubmission, solvedCaptcha, validFields } from './helpers/submissionClient'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let base: BaseDocs

beforeAll(async () => {
  ;({ payload, base } = await startNewsroom())
})
afterAll(() => stopTestPayload(payload))

async function publish(fields: Record<string, unknown>) {
  return payload.create({
    collection: 'articles',
    data: { ...articleData(base, 'published'), ...fields } as never,
    depth: 0,
  })
}

/** The messages a refused save gave for `repliesTo`. */
async function repliesToErrors(save: Promise<unknown>): Promise<string[]> {
  const error = await save.then(
    () => null,
    (refusal: unknown) => refusal as { data?: { errors?: { path: string; message: string }[] } },
  )
  return (error?.data?.errors ?? [])
    .filter(({ path }) => path === 'repliesTo')
    .map(({ message }) => message)
}

const resave = (id: string) =>
  payload.update({
    collection: 'articles',
    id,
    data: {} as never,
    depth: 0,
  })

describe('the debate chain on articles', () => {
  it('stores a replik that answers a debate article', async () => {
    const original = await publish({ type: 'debatt' })
    const answer = await publish({ type: 'replik', repliesTo: original.id })
    const stored = await payload.findByID({ collection: 'articles', id: answer.id, depth: 0 })
    expect(stored.repliesTo).toBe(original.id)
    expect((await resave(answer.id)).repliesTo).toBe(original.id)
  })

  it('refuses an article that answers itself', async () => {
    const original = await publish({ type: 'debatt' })
    expect(
      await repliesToErrors(
        payload.update({
          collection: 'articles',
          id: original.id,
          data: { repliesTo: original.id } as never,
        }),
      ),
    ).toEqual(['En artikel kan inte vara en replik på sig själv.'])
  })

  it('refuses a reply that would close a loop', async () => {
    const original = await publish({ type: 'debatt' })
    const first = await publish({ type: 'replik', repliesTo: original.id })
    const second = await publish({ type: 'slutreplik', repliesTo: first.id })
    expect(
      await repliesToErrors(
        payload.update({
          collection: 'articles',
          id: original.id,
          data: { repliesTo: second.id } as never,
        }),
      ),
    ).toEqual(['Repliken skulle göra debatten till en cirkel: välj en annan artikel.'])
    const unchanged = await payload.findByID({ collection: 'articles', id: original.id, depth: 0 })
    expect(unchanged.repliesTo ?? null).toBeNull()
  })

  it('refuses a news article as a reply or as what is answered', async () => {
    const news = await publish({ type: 'nyhet' })
    const debate = await publish({ type: 'debatt' })
    expect(await repliesToErrors(publish({ type: 'replik', repliesTo: news.id }))).toEqual([
      'En replik kan bara svara på en debattartikel, en replik eller en slutreplik.',
    ])
    expect(await repliesToErrors(publish({ type: 'nyhet', repliesTo: debate.id }))).toEqual([
      'Replik på: bara debattartiklar, repliker och slutrepliker kan svara på en annan artikel.',
    ])
  })
  it('refuses a new relation into a closed debate but keeps the replies it already has', async () => {
    const original = await publish({ type: 'debatt' })
    const first = await publish({ type: 'replik', repliesTo: original.id })
    const elsewhere = await publish({
      type: 'replik',
      repliesTo: (await publish({ type: 'debatt' })).id,
    })
    await payload.update({
      collection: 'articles',
      id: original.id,
      data: { debateClosed: true } as never,
      depth: 0,
    })
    const closed = [
      'Debatten är avslutad och tar inte emot fler repliker: välj en artikel i en öppen debatt.',
    ]
    expect(await repliesToErrors(publish({ type: 'slutreplik', repliesTo: first.id }))).toEqual(
      closed,
    )
    expect(
      await repliesToErrors(
        payload.update({
          collection: 'articles',
          id: elsewhere.id,
          data: { repliesTo: original.id } as never,
        }),
      ),
    ).toEqual(closed)
    const kept = await payload.update({
      collection: 'articles',
      id: first.id,
      data: {
        title: 'En replik som rättas efter att debatten stängts',
        repliesTo: original.id,
      } as never,
      depth: 0,
    })
    expect({ title: kept.title, repliesTo: kept.repliesTo }).toEqual({
      title: 'En replik som rättas efter att debatten stängts',
      repliesTo: original.id,
    })
    // A reply that went out may be taken down and put back after the debate closed.
    for (const _status of ['draft', 'published']) {
      const saved = await payload.update({
        collection: 'articles',
        id: first.id,
        data: { _status } as never,
        depth: 0,
      })
      expect(saved._status).toBe(_status)
    }
  })
})

describe('a debate piece that answers an article', () => {
  it('carries repliesTo from the form to the submission and to the replik draft', async () => {
    const original = await publish({ type: 'debatt' })
    const answer = await postSubmission(
      'debate',
      formBody({
        ...validFields('debate', base.articleId),
        repliesTo: original.id,
        altcha: await solvedCaptcha(),
      }),
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const { docs } = await payload.find({
      collection: 'debate-submissions',
      where: { reference: { equals: answer.body.reference } },
      depth: 0,
    })
    const piece = docs[0]!
    expect(piece.repliesTo).toBe(original.id)

    const accepted = await payload.update({
      collection: 'debate-submissions',
      id: piece.id,
      data: { status: 'accepted' },
      depth: 0,
    })
    const draft = await payload.findByID({
      collection: 'articles',
      id: String(accepted.article),
      draft: true,
      depth: 0,
    })
    expect({ type: draft.type, repliesTo: draft.repliesTo }).toEqual({
      type: 'replik',
      repliesTo: original.id,
    })
  })

  it('refuses a replik to any article of a closed debate, naming repliesTo', async () => {
    const original = await publish({ type: 'debatt' })
    const first = await publish({ type: 'replik', repliesTo: original.id })
    await payload.update({
      collection: 'articles',
      id: original.id,
      data: { debateClosed: true } as never,
      depth: 0,
    })
    const fields = validFields('debate', base.articleId)
    const answer = await postSubmission(
      'debate',
      formBody({ ...fields, repliesTo: first.id, altcha: await solvedCaptcha() }),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { field: 'repliesTo', message: 'Debatten är avslutad och tar inte emot fler repliker.' },
    ])
    const { totalDocs } = await payload.count({
      collection: 'debate-submissions',
      where: { idempotencyKey: { equals: fields.idempotencyKey } },
    })
    expect(totalDocs).toBe(0)
  })

  it('accepts a replik whose debate closed meanwhile as a draft that cannot be published', async () => {
    const original = await publish({ type: 'debatt' })
    const answer = await postSubmission(
      'debate',
      formBody({
        ...validFields('debate', base.articleId),
        repliesTo: original.id,
        altcha: await solvedCaptcha(),
      }),
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const { docs } = await payload.find({
      collection: 'debate-submissions',
      where: { reference: { equals: answer.body.reference } },
      depth: 0,
    })
    await payload.update({
      collection: 'articles',
      id: original.id,
      data: { debateClosed: true } as never,
      depth: 0,
    })
    // The editor's decision stands and the text is kept as a draft to reuse elsewhere; the
    // debate's state is checked when it would go out.
    const accepted = await payload.update({
      collection: 'debate-submissions',
      id: docs[0]!.id,
      data: { status: 'accepted' },
      depth: 0,
    })
    const draftId = String(accepted.article)
    expect(
      await repliesToErrors(
        payload.update({
          collection: 'articles',
          id: draftId,
          data: { _status: 'published' } as never,
        }),
      ),
    ).toEqual([
      'Debatten är avslutad och tar inte emot fler repliker: välj en artikel i en öppen debatt.',
    ])
    const stored = await payload.findByID({ collection: 'articles', id: draftId, depth: 0 })
    expect(stored._status).toBe('draft')
  })
})
