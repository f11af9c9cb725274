import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import { startNewsroom } from './helpers/newsroom'
import { readMailFolder } from './helpers/readEml'
import { articleData, type BaseDocs } from './helpers/samples'
import { STAFF_PASSWORD } from './helpers/staff'
import { staffApi, type StaffApi } from './helpers/staffApi'
import { stopTestPayload } from './helpers/testPayload'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let api: StaffApi
/** A second journalist, not on the first one's article until mentioned. */
let other: TypedUser
let otherToken: string
const dataDir = process.env.DATA_DIR!

beforeAll(async () => {
  ;({ payload, staff, base } = await startNewsroom())
  other = await payload.create({
    collection: 'users',
    data: {
      email: 'lisa.larsson@test.example',
      password: STAFF_PASSWORD,
      name: 'Lisa Larsson',
      role: 'journalist',
    },
    overrideAccess: true,
  })
  api = await staffApi(payload, staff)
  otherToken = (
    await payload.login({
      collection: 'users',
      data: { email: other.email, password: STAFF_PASSWORD },
    })
  ).token!
})
afterAll(() => stopTestPayload(payload))

async function journalistArticle(): Promise<string> {
  const doc = await payload.create({
    collection: 'articles',
    data: articleData(base, 'draft') as never,
    draft: true,
    overrideAccess: false,
    user: { ...staff.journalist, collection: 'users' },
  })
  return String(doc.id)
}

const comment = (article: string, text: string, init: { actor?: StaffActor; token?: string }) =>
  api.rest('POST', '/article-comments', { ...init, body: { article, text } })

const listFor = async (article: string, init: { actor?: StaffActor; token?: string }) => {
  const answer = await api.rest(
    'GET',
    `/article-comments?where[article][equals]=${article}&depth=0`,
    init,
  )
  return {
    status: answer.status,
    texts: ((answer.body.docs ?? []) as { text: string }[]).map((d) => d.text),
  }
}

describe('internal comments: who reads and writes', () => {
  it('keeps a journalist’s thread from another journalist until they are mentioned, then lets them in', async () => {
    const article = await journalistArticle()
    const first = await comment(article, 'Jag väntar på svar från myndigheten.', {
      actor: 'journalist',
    })
    expect(first.status).toBe(201)

    expect(await listFor(article, { token: otherToken })).toEqual({ status: 200, texts: [] })
    const byId = await api.rest(
      'GET',
      `/article-comments/${(first.body.doc as { id: string }).id}`,
      {
        token: otherToken,
      },
    )
    expect(byId.status).toBe(404)
    const intrusion = await comment(article, 'Får jag titta?', { token: otherToken })
    expect(intrusion.status).toBe(403)
    expect(JSON.stringify(intrusion.body)).toContain(
      'Du kan bara kommentera artiklar du själv har skrivit eller blivit nämnd på.',
    )
    const graphql = await api.graphql(
      '{ ArticleComments(limit: 100) { docs { id text } } }',
      undefined,
      undefined,
      otherToken,
    )
    expect(JSON.stringify(graphql.data)).not.toContain('myndigheten')

    const mention = await comment(article, '@lisa.larsson kan du kolla siffrorna?', {
      actor: 'journalist',
    })
    expect(mention.status).toBe(201)
    const mentions = (mention.body.doc as { mentions: { id: string }[] }).mentions
    expect(mentions.map((user) => user.id)).toEqual([String(other.id)])
    expect((await listFor(article, { token: otherToken })).texts).toEqual([
      'Jag väntar på svar från myndigheten.',
      '@lisa.larsson kan du kolla siffrorna?',
    ])
    expect((await comment(article, 'Ja, de stämmer.', { token: otherToken })).status).toBe(201)
  })

  it('editors read every thread; anonymous reads and writes none, over REST and GraphQL', async () => {
    const article = await journalistArticle()
    await comment(article, 'Intern uppgift om källan.', { actor: 'journalist' })
    expect((await listFor(article, { actor: 'editor' })).texts).toEqual([
      'Intern uppgift om källan.',
    ])
    expect((await listFor(article, {})).status).toBe(403)
    expect((await comment(article, 'Anonym', {})).status).toBe(403)
    const graphql = await api.graphql('{ ArticleComments(limit: 100) { docs { id text } } }')
    expect(graphql.errors.length).toBeGreaterThan(0)
    expect(JSON.stringify(graphql.data)).not.toContain('källan')
    const create = await api.graphql(
      `mutation($article: String!) { createArticleComment(data: { article: $article, text: "Anonym" }) { id } }`,
      undefined,
      { article },
    )
    expect(create.errors.length).toBeGreaterThan(0)
    const { totalDocs } = await payload.count({
      collection: 'article-comments',
      where: { text: { equals: 'Anonym' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('lets only the author edit a comment, and names the writer whatever the body says', async () => {
    const article = await journalistArticle()
    const created = await api.rest('POST', '/article-comments?depth=0', {
      actor: 'journalist',
      body: { article, text: 'Första versionen.', author: staff.editor.id, event: 'approved' },
    })
    const doc = created.body.doc as { id: string; author: string; event: string }
    expect([doc.author, doc.event]).toEqual([String(staff.journalist.id), 'comment'])
    for (const actor of ['editor', 'admin'] as const) {
      const edit = await api.rest('PATCH', `/article-comments/${doc.id}`, {
        actor,
        body: { text: 'Ändrad' },
      })
      expect(edit.status, actor).toBe(403)
    }
    const own = await api.rest('PATCH', `/article-comments/${doc.id}`, {
      actor: 'journalist',
      body: { text: 'Andra versionen.' },
    })
    expect(own.status).toBe(200)
    const stored = await payload.findByID({ collection: 'article-comments', id: doc.id, depth: 0 })
    expect(stored.text).toBe('Andra versionen.')
  })

  it('refuses an empty, too long or unresolvable comment with a 400 naming the field, storing nothing', async () => {
    const article = await journalistArticle()
    const cases = [
      ['', /^Fältet Kommentar får inte vara tomt\.$/],
      ['x'.repeat(5001), /Kommentar/],
      [
        'Fråga @nagon.okand om det.',
        /^Fältet Kommentar: ingen på redaktionen har en e-postadress som börjar nagon\.okand@/,
      ],
    ] as const
    for (const [text, message] of cases) {
      const answer = await comment(article, text, { actor: 'journalist' })
      expect(answer.status, text.slice(0, 20)).toBe(400)
      expect(String((answer.body.errors as { message: string }[])[0]?.message)).toMatch(message)
    }
    expect((await listFor(article, { actor: 'editor' })).texts).toEqual([])
  })
})

describe('@-mention mail', () => {
  it('mails the mentioned colleague a link to the article, without the comment or the article text', async () => {
    const article = await journalistArticle()
    const text = '@lisa.larsson och @editor: källan vill vara anonym.'
    expect((await comment(article, text, { actor: 'journalist' })).status).toBe(201)
    await payload.jobs.run({ limit: 1000 })
    const mails = readMailFolder(dataDir).filter((mail) =>
      mail.text.includes(`/admin/collections/articles/${article}\n`),
    )
    expect(mails.map((mail) => mail.headers.to).sort()).toEqual(
      [other.email, staff.editor.email].sort(),
    )
    for (const mail of mails) {
      expect(mail.headers.subject).toMatch(/^Du är nämnd: Testartikel om myndigheter/)
      expect(mail.text).toContain('journalist nämnde dig i en intern kommentar')
      expect(mail.text).not.toContain('källan')
      expect(mail.text).not.toContain('En ingress.')
    }
  })
})
