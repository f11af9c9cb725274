import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countInbox } from '../src/components/countInbox'
import type { ReviewStatus } from '../src/review/reviewStatus'
import type { StaffActor } from './helpers/accessMatrix'
import { startNewsroom } from './helpers/newsroom'
import { type Eml, readMailFolder } from './helpers/readEml'
import { articleData, type BaseDocs } from './helpers/samples'
import { staffApi, type StaffApi } from './helpers/staffApi'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let api: StaffApi
const dataDir = process.env.DATA_DIR!

const BODY_SENTENCE = 'Hemlig brödtext om upphandlingen som inte får mejlas.'
const LEAD = 'Ingressen stannar också i CMS:et.'

beforeAll(async () => {
  ;({ payload, staff, base } = await startNewsroom())
  api = await staffApi(payload, staff)
})
afterAll(() => stopTestPayload(payload))

const as = (actor: StaffActor) => ({ user: { ...staff[actor], collection: 'users' as const } })

/** A draft the journalist wrote, with a body and a lead the mails must never carry. */
async function journalistDraft(): Promise<string> {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      ...articleData(base, 'draft'),
      lead: LEAD,
      body: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: BODY_SENTENCE,
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      },
    } as never,
    draft: true,
    overrideAccess: false,
    ...as('journalist'),
  })
  return String(doc.id)
}

/** Puts an article in a status as the server would (no user), to test the move from it. */
async function arrange(id: string, status: ReviewStatus): Promise<void> {
  await payload.update({
    collection: 'articles',
    id,
    data: { reviewStatus: status } as never,
    draft: true,
    overrideAccess: true,
  })
}

async function statusOf(id: string): Promise<string | null | undefined> {
  const doc = await payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    overrideAccess: true,
  })
  return doc.reviewStatus
}

async function threadOf(id: string) {
  const { docs } = await payload.find({
    collection: 'article-comments',
    where: { article: { equals: id } },
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

const STATUSES: ReviewStatus[] = ['writing', 'submitted', 'inReview', 'approved']
/** The only moves a journalist may make; editors may make every move. */
const JOURNALIST_MOVES = ['writing>submitted', 'submitted>writing']
const MOVES = STATUSES.flatMap((from) =>
  STATUSES.filter((to) => to !== from).map((to) => ({ from, to })),
)
const CASES = (['journalist', 'editor'] as const).flatMap((actor) =>
  MOVES.map((move) => ({
    ...move,
    actor,
    isAllowed: actor === 'editor' || JOURNALIST_MOVES.includes(`${move.from}>${move.to}`),
  })),
)

describe('editorial status transitions', () => {
  it.each(CASES)(
    'REST: $actor moving $from → $to is allowed: $isAllowed',
    async ({ from, to, actor, isAllowed }) => {
      const id = await journalistDraft()
      await arrange(id, from)
      const answer = await api.rest('PATCH', `/articles/${id}?draft=true`, {
        actor,
        body: { reviewStatus: to },
      })
      expect(answer.status).toBe(isAllowed ? 200 : 403)
      if (!isAllowed) {
        expect(JSON.stringify(answer.body)).toMatch(/Fältet Redaktionell status: bara en redaktör/)
      }
      expect(await statusOf(id)).toBe(isAllowed ? to : from)
    },
  )

  it.each(CASES)(
    'local API: $actor moving $from → $to is allowed: $isAllowed',
    async ({ from, to, actor, isAllowed }) => {
      const id = await journalistDraft()
      await arrange(id, from)
      const update = payload.update({
        collection: 'articles',
        id,
        data: { reviewStatus: to } as never,
        draft: true,
        overrideAccess: false,
        ...as(actor),
      })
      if (isAllowed) await update
      else await expect(update).rejects.toMatchObject({ status: 403 })
      expect(await statusOf(id)).toBe(isAllowed ? to : from)
    },
  )

  it('GraphQL: refuses a journalist approving or starting the review, with the Swedish reason', async () => {
    const id = await journalistDraft()
    await arrange(id, 'submitted')
    for (const to of ['approved', 'inReview']) {
      const answer = await api.graphql(
        `mutation($id: String!) { updateArticle(id: $id, draft: true, data: { reviewStatus: ${to} }) { id reviewStatus } }`,
        'journalist',
        { id },
      )
      expect(answer.errors[0]?.message).toMatch(/^Fältet Redaktionell status: bara en redaktör/)
      expect(await statusOf(id)).toBe('submitted')
    }
    const allowed = await api.graphql(
      `mutation($id: String!) { updateArticle(id: $id, draft: true, data: { reviewStatus: approved }) { id reviewStatus } }`,
      'editor',
      { id },
    )
    expect(allowed.errors).toEqual([])
    expect(await statusOf(id)).toBe('approved')
  })

  it('bulk update and duplicate cannot move a status the journalist may not move', async () => {
    const id = await journalistDraft()
    await arrange(id, 'submitted')
    const bulk = await api.rest('PATCH', `/articles?where[id][equals]=${id}&draft=true`, {
      actor: 'journalist',
      body: { reviewStatus: 'approved' },
    })
    expect((bulk.body.docs as unknown[]).length).toBe(0)
    expect(await statusOf(id)).toBe('submitted')

    const copy = await api.rest('POST', `/articles/${id}/duplicate?draft=true`, {
      actor: 'journalist',
      body: { reviewStatus: 'approved', slug: `kopia-${id}` },
    })
    expect(copy.status).toBe(403)
    const plainCopy = await api.rest('POST', `/articles/${id}/duplicate?draft=true`, {
      actor: 'journalist',
      body: { slug: `kopia-2-${id}` },
    })
    expect(plainCopy.status).toBe(200)
    expect((plainCopy.body.doc as { reviewStatus: string }).reviewStatus).toBe('writing')
  })

  it('refuses anonymous on REST and GraphQL', async () => {
    const id = await journalistDraft()
    const rest = await api.rest('POST', `/articles/${id}/review`, { body: { action: 'submit' } })
    expect(rest.status).toBe(401)
    const patch = await api.rest('PATCH', `/articles/${id}?draft=true`, {
      body: { reviewStatus: 'submitted' },
    })
    expect(patch.status).toBe(403)
    const graphql = await api.graphql(
      `mutation($id: String!) { updateArticle(id: $id, draft: true, data: { reviewStatus: submitted }) { id } }`,
      'anonymous',
      { id },
    )
    expect(graphql.errors.length).toBeGreaterThan(0)
    expect(await statusOf(id)).toBe('writing')
  })

  it('an editor publishing directly marks the article approved; a journalist still cannot publish', async () => {
    const id = await journalistDraft()
    const byJournalist = await api.rest('PATCH', `/articles/${id}`, {
      actor: 'journalist',
      body: { _status: 'published' },
    })
    expect(byJournalist.status).toBe(403)
    const byEditor = await api.rest('PATCH', `/articles/${id}`, {
      actor: 'editor',
      body: { _status: 'published' },
    })
    expect(byEditor.status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
    expect((await threadOf(id)).map((entry) => entry.event)).toEqual(['approved'])
  })
})

describe('the review endpoint', () => {
  it('hands in with a note, which lands in the thread, and lets the editor send back and approve', async () => {
    const id = await journalistDraft()
    const submitted = await api.rest('POST', `/articles/${id}/review`, {
      actor: 'journalist',
      body: { action: 'submit', note: 'Klar, men kolla siffran i tredje stycket.' },
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.message).toBe('Artikeln är skickad för granskning.')
    expect(await statusOf(id)).toBe('submitted')

    const start = await api.rest('POST', `/articles/${id}/review`, {
      actor: 'journalist',
      body: { action: 'start' },
    })
    expect(start.status).toBe(403)
    expect(start.body.message).toMatch(/^Fältet Redaktionell status: bara en redaktör/)

    const back = await api.rest('POST', `/articles/${id}/review`, {
      actor: 'editor',
      body: { action: 'return', note: 'Korta ingressen.' },
    })
    expect(back.status).toBe(200)
    expect(await statusOf(id)).toBe('writing')

    const thread = await threadOf(id)
    expect(thread.map((entry) => [entry.event, entry.text, String(entry.author)])).toEqual([
      ['submitted', 'Klar, men kolla siffran i tredje stycket.', String(staff.journalist.id)],
      ['returned', 'Korta ingressen.', String(staff.editor.id)],
    ])
  })

  it('answers bad input with a 400 naming the field and changes nothing', async () => {
    const id = await journalistDraft()
    const cases = [
      [{ action: 'publish' }, 'action'],
      [{ action: 'submit', note: 'x'.repeat(5001) }, 'note'],
      [{ action: 'submit', note: 42 }, 'note'],
      [{ action: 'submit', note: 'Fråga @ingen.alls om det här.' }, 'note'],
      [{ action: 'approve', publishAt: 'i morgon' }, 'publishAt'],
      [{ action: 'approve', publishAt: '2020-01-01T08:00:00Z' }, 'publishAt'],
      [{ action: 'submit', publishAt: '2099-01-01T08:00:00Z' }, 'publishAt'],
    ] as const
    for (const [body, field] of cases) {
      const answer = await api.rest('POST', `/articles/${id}/review`, { actor: 'editor', body })
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body.errors).toEqual([{ field, message: answer.body.message }])
      expect(String(answer.body.message)).toMatch(/^Fältet /)
    }
    expect(await statusOf(id)).toBe('writing')
    expect(await threadOf(id)).toEqual([])
  })

  it('a journalist cannot hand in another journalist’s article', async () => {
    const other = await payload.create({
      collection: 'users',
      data: {
        email: 'annan@test.example',
        password: 'test-password-for-staff-1',
        name: 'Annan',
        role: 'journalist',
      },
      overrideAccess: true,
    })
    const { id } = await payload.create({
      collection: 'articles',
      data: articleData(base, 'draft') as never,
      draft: true,
      overrideAccess: false,
      user: { ...other, collection: 'users' },
    })
    const answer = await api.rest('POST', `/articles/${id}/review`, {
      actor: 'journalist',
      body: { action: 'submit' },
    })
    expect(answer.status).toBe(403)
    expect(answer.body.message).toBe(
      'Bara den som skrev artikeln eller en redaktör kan ändra dess redaktionella status.',
    )
    expect(await statusOf(String(id))).toBe('writing')
  })

  it('approving with publishAt queues Payload’s scheduled publish as the editor', async () => {
    const id = await journalistDraft()
    await arrange(id, 'inReview')
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const answer = await api.rest('POST', `/articles/${id}/review`, {
      actor: 'editor',
      body: { action: 'approve', publishAt: at },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.message).toMatch(/^Artikeln är godkänd\. Den publiceras /)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    const job = docs.find((doc) => (doc.input as { doc?: { value?: string } }).doc?.value === id)
    expect(job?.waitUntil).toBe(at)
    expect((job?.input as { user?: { value?: string } }).user?.value).toBe(String(staff.editor.id))
  })
})

describe('review mail', () => {
  /** The mails about one article: each carries the link to its edit view. */
  const mailsAbout = (id: string): Eml[] =>
    readMailFolder(dataDir).filter((mail) => mail.text.includes(`/collections/articles/${id}\n`))
  const mailsTo = (id: string, address: string): Eml[] =>
    mailsAbout(id).filter((mail) => mail.headers.to === address)
  const runJobs = () => payload.jobs.run({ limit: 1000 })

  it('mails the editors a link on hand-in, and the journalist the note on return and approval; never the body', async () => {
    const id = await journalistDraft()
    await api.rest('POST', `/articles/${id}/review`, {
      actor: 'journalist',
      body: { action: 'submit', note: 'Titta på bilden.' },
    })
    await runJobs()
    const [toEditor] = mailsTo(id, staff.editor.email)
    expect(toEditor?.headers.subject).toMatch(/^Klar för granskning: Testartikel om myndigheter/)
    expect(toEditor?.text).toContain(`http://localhost:3000/admin/collections/articles/${id}`)
    expect(mailsAbout(id).map((mail) => mail.headers.to)).toEqual([staff.editor.email])

    await api.rest('POST', `/articles/${id}/review`, {
      actor: 'editor',
      body: { action: 'return', note: 'Korta ingressen, tack.' },
    })
    await arrange(id, 'inReview')
    await api.rest('POST', `/articles/${id}/review`, {
      actor: 'editor',
      body: { action: 'approve', note: 'Snyggt.' },
    })
    await runJobs()
    // One job run sends both mails, possibly in the same millisecond: match them by subject,
    // not by the order of their file names.
    const toJournalist = mailsTo(id, staff.journalist.email)
    const bySubject = (start: string) =>
      toJournalist.find((mail) => mail.headers.subject?.startsWith(`${start}:`))
    expect(toJournalist).toHaveLength(2)
    expect(bySubject('Tillbaka till dig')?.text).toContain('Anteckning:\nKorta ingressen, tack.')
    expect(bySubject('Godkänd')?.text).toContain('Anteckning:\nSnyggt.')

    expect(mailsAbout(id)).toHaveLength(3)
    for (const mail of mailsAbout(id)) {
      expect(mail.text).not.toContain(BODY_SENTENCE)
      expect(mail.text).not.toContain(LEAD)
      expect(mail.text).not.toContain('Titta på bilden.')
    }
  })

  it('mails only the assignee when there is one', async () => {
    const id = await journalistDraft()
    await payload.update({
      collection: 'articles',
      id,
      data: { assignee: staff.admin.id } as never,
      draft: true,
      overrideAccess: false,
      ...as('editor'),
    })
    await api.rest('POST', `/articles/${id}/review`, {
      actor: 'journalist',
      body: { action: 'submit' },
    })
    await runJobs()
    expect(mailsAbout(id).map((mail) => mail.headers.to)).toEqual([staff.admin.email])
  })

  it('refuses a journalist as assignee', async () => {
    const id = await journalistDraft()
    const answer = await api.rest('PATCH', `/articles/${id}?draft=true`, {
      actor: 'editor',
      body: { assignee: staff.journalist.id },
    })
    expect(answer.status).toBe(400)
    const doc = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(doc.assignee ?? null).toBeNull()
  })
})

describe('dashboard count', () => {
  it('counts articles waiting for review, in Swedish grammar, linking to the filtered list', async () => {
    const count = async () =>
      (await countInbox({ payload, user: staff.editor })).find((c) => c.collection === 'articles')!
    // From none waiting: the other tests of this file leave articles handed in.
    const { docs: waiting } = await payload.find({
      collection: 'articles',
      where: { reviewStatus: { equals: 'submitted' } },
      draft: true,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of waiting) await arrange(String(doc.id), 'writing')
    expect((await count()).title).toBe('0 artiklar väntar på granskning')
    const first = await journalistDraft()
    await arrange(first, 'submitted')
    const one = await count()
    expect(one.title).toBe('1 artikel väntar på granskning')
    expect(one.href).toBe(
      '/admin/collections/articles?where%5BreviewStatus%5D%5Bequals%5D=submitted',
    )
    await arrange(await journalistDraft(), 'submitted')
    await arrange(await journalistDraft(), 'inReview')
    expect((await count()).title).toBe('2 artiklar väntar på granskning')
    await arrange(first, 'approved')
    expect((await count()).total).toBe(1)
  })
})
