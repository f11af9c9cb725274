import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countInbox } from '../src/components/countInbox'
import type { StaffActor } from './helpers/accessMatrix'
import { buildDocx } from './helpers/buildDocx'
import type { BaseDocs } from './helpers/samples'
import { debateData } from './helpers/samples'
import { createBaseDocs, createStaff, STAFF_PASSWORD } from './helpers/staff'
import { callApi } from './helpers/submissionClient'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
const tokens: Partial<Record<StaffActor, string>> = {}

beforeAll(async () => {
  payload = await startTestPayload()
  staff = await createStaff(payload)
  base = await createBaseDocs(payload, staff.journalist)
  for (const actor of ['editor', 'journalist'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: staff[actor].email, password: STAFF_PASSWORD },
    })
    tokens[actor] = token
  }
})
afterAll(() => stopTestPayload(payload))

/** POSTs to an action endpoint as someone, through Payload's real REST handling. */
function act(path: string, actor: 'editor' | 'journalist' | 'anonymous', body: object = {}) {
  return callApi(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens[actor]}` }),
    },
    body: JSON.stringify(body),
  })
}

const newReport = () =>
  payload.create({
    collection: 'corrections',
    data: {
      article: base.articleId,
      whatIsWrong: 'Fel siffra i tredje stycket.',
      contactEmail: 'lasare@example.se',
    } as never,
    depth: 0,
  })

const stored = <Slug extends 'corrections' | 'debate-submissions'>(collection: Slug, id: string) =>
  payload.findByID({ collection, id, depth: 0 })

describe('Publicera rättelse', () => {
  it('turns a report into a published notice on the article', async () => {
    const report = await newReport()
    const answer = await act(`/corrections/${report.id}/publish-notice`, 'editor', {
      notice: '  I en tidigare version angavs fel belopp.  ',
    })
    expect(answer.status).toBe(200)
    expect(answer.body.message).toBe('Rättelsen är publicerad på artikeln.')
    const after = await stored('corrections', report.id)
    expect(after).toMatchObject({
      status: 'corrected',
      notice: 'I en tidigare version angavs fel belopp.',
    })
    expect(after.noticePublishedAt).toBeTruthy()
    expect(after.handledAt).toBeTruthy()
    const publicView = await payload.find({
      collection: 'corrections',
      where: { article: { equals: base.articleId } },
      overrideAccess: false,
      user: null,
    })
    expect(publicView.docs.map((doc) => doc.notice)).toContain(
      'I en tidigare version angavs fel belopp.',
    )
  })

  it('uses the saved notice text when none is sent, and keeps the date when it is reworded', async () => {
    const report = await newReport()
    await payload.update({
      collection: 'corrections',
      id: report.id,
      data: { notice: 'Första lydelsen.' },
    })
    expect((await act(`/corrections/${report.id}/publish-notice`, 'editor')).status).toBe(200)
    const first = await stored('corrections', report.id)
    expect(first).toMatchObject({ status: 'corrected', notice: 'Första lydelsen.' })

    const reworded = await act(`/corrections/${report.id}/publish-notice`, 'editor', {
      notice: 'Andra lydelsen.',
    })
    expect(reworded.body.message).toBe('Rättelsen är uppdaterad på artikeln.')
    const second = await stored('corrections', report.id)
    expect(second.notice).toBe('Andra lydelsen.')
    expect(second.noticePublishedAt).toBe(first.noticePublishedAt)
  })

  it('asks for the notice text, naming the field, and changes nothing without it', async () => {
    const report = await newReport()
    const answer = await act(`/corrections/${report.id}/publish-notice`, 'editor', {
      notice: '   ',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.message).toMatch(/Rättelse \(publiceras på artikeln\)/)
    expect(await stored('corrections', report.id)).toEqual(report)
  })

  it('refuses journalists and anonymous callers, and unknown reports', async () => {
    const report = await newReport()
    const path = `/corrections/${report.id}/publish-notice`
    const byJournalist = await act(path, 'journalist', { notice: 'Rättat.' })
    expect(byJournalist.status).toBe(403)
    expect(byJournalist.body.message).toBe('Bara redaktörer kan göra det här.')
    const anonymous = await act(path, 'anonymous', { notice: 'Rättat.' })
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.message).toMatch(/inte inloggad/)
    expect(await stored('corrections', report.id)).toEqual(report)

    const unknown = await act('/corrections/999999/publish-notice', 'editor', { notice: 'Rättat.' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toBe('Felanmälan finns inte längre.')
  })
})

describe('Skapa artikelutkast', () => {
  it('accepts a piece and makes its Debatt draft with the writer and signature as byline', async () => {
    const piece = await payload.create({
      collection: 'debate-submissions',
      data: { ...debateData(), signature: 'Utredare, Kontrollverket' } as never,
      depth: 0,
    })
    const answer = await act(`/debate-submissions/${piece.id}/create-draft`, 'editor')
    expect(answer.status).toBe(200)
    expect(answer.body.message).toBe('Artikelutkastet är skapat.')

    const after = await stored('debate-submissions', piece.id)
    expect(after).toMatchObject({ status: 'accepted', article: answer.body.articleId })
    const article = await payload.findByID({
      collection: 'articles',
      id: answer.body.articleId as string,
      draft: true,
      depth: 1,
    })
    expect(article).toMatchObject({ _status: 'draft', type: 'debatt', title: piece.title })
    expect(article.authors).toMatchObject([
      { name: 'Kim Testsson', title: 'Utredare, Kontrollverket' },
    ])
    expect(paragraphsOf(article.body)).toEqual(['Första stycket.', 'Andra stycket.'])
    expect(JSON.stringify(article)).not.toMatch(/kim@example\.se|070-123 45 67/)
  })

  it('converts the Word document when the piece came without text', async () => {
    const docx = buildDocx('Tilliten måste växa.\nDärför behövs en ny styrning.')
    const document = await payload.create({
      collection: 'debate-documents',
      data: {},
      file: {
        data: Buffer.from(docx),
        mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: 'inlagg.docx',
        size: docx.length,
      },
    })
    const piece = await payload.create({
      collection: 'debate-submissions',
      data: { ...debateData(), text: null, document: document.id, status: 'reviewing' } as never,
      depth: 0,
    })
    const answer = await act(`/debate-submissions/${piece.id}/create-draft`, 'editor')
    expect(answer.status).toBe(200)
    const article = await payload.findByID({
      collection: 'articles',
      id: answer.body.articleId as string,
      draft: true,
    })
    expect(paragraphsOf(article.body)).toEqual([
      'Tilliten måste växa.',
      'Därför behövs en ny styrning.',
    ])
  })

  it('leaves everything as it was when the Word document cannot be read', async () => {
    const docx = buildDocx('Ett inlägg.')
    const document = await payload.create({
      collection: 'debate-documents',
      data: {},
      file: {
        data: Buffer.from(docx),
        mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: 'trasigt.docx',
        size: docx.length,
      },
    })
    const { staticDir = '' } = payload.collections['debate-documents'].config.upload
    writeFileSync(path.join(staticDir, document.filename!), 'inte längre ett Word-dokument')
    const piece = await payload.create({
      collection: 'debate-submissions',
      data: {
        ...debateData(),
        authorName: 'Ny Skribent',
        text: null,
        document: document.id,
      } as never,
      depth: 0,
    })
    const counts = async () => ({
      articles: await payload.count({ collection: 'articles' }),
      authors: await payload.count({ collection: 'authors' }),
    })
    const before = await counts()

    const answer = await act(`/debate-submissions/${piece.id}/create-draft`, 'editor')
    expect(answer.status).toBe(422)
    expect(answer.body.message).toMatch(/Word-dokumentet kunde inte läsas/)
    expect(await stored('debate-submissions', piece.id)).toEqual(piece)
    expect(await counts()).toEqual(before)
  })

  it('points to the existing draft instead of making a second one', async () => {
    const piece = await payload.create({
      collection: 'debate-submissions',
      data: debateData() as never,
      depth: 0,
    })
    const first = await act(`/debate-submissions/${piece.id}/create-draft`, 'editor')
    const articlesBefore = await payload.count({ collection: 'articles' })
    const second = await act(`/debate-submissions/${piece.id}/create-draft`, 'editor')
    expect(second.status).toBe(409)
    expect(second.body).toMatchObject({
      message: 'Inlägget har redan ett artikelutkast.',
      articleId: first.body.articleId,
    })
    expect(await payload.count({ collection: 'articles' })).toEqual(articlesBefore)
  })

  it('refuses a declined piece and journalists, and changes nothing', async () => {
    const declined = await payload.create({
      collection: 'debate-submissions',
      data: { ...debateData(), status: 'declined' } as never,
      depth: 0,
    })
    const answer = await act(`/debate-submissions/${declined.id}/create-draft`, 'editor')
    expect(answer.status).toBe(409)
    expect(answer.body.message).toMatch(/avböjt.*Granskas/)
    const received = await payload.create({
      collection: 'debate-submissions',
      data: debateData() as never,
      depth: 0,
    })
    const byJournalist = await act(`/debate-submissions/${received.id}/create-draft`, 'journalist')
    expect(byJournalist.status).toBe(403)
    expect(await stored('debate-submissions', declined.id)).toEqual(declined)
    expect(await stored('debate-submissions', received.id)).toEqual(received)
  })
})

describe('dashboard counts', () => {
  it('counts what waits with the viewer’s access: a journalist sees only assigned tips', async () => {
    const editorBefore = await countInbox({ payload, user: staff.editor })
    const journalistBefore = await countInbox({ payload, user: staff.journalist })
    await payload.create({ collection: 'tips', data: { message: 'Otilldelat tips.' } as never })
    await payload.create({
      collection: 'tips',
      data: { message: 'Tilldelat tips.', assignee: staff.journalist.id } as never,
    })
    await newReport()

    const total = (counts: Awaited<ReturnType<typeof countInbox>>, collection: string) =>
      counts.find((count) => count.collection === collection)!.total
    const editor = await countInbox({ payload, user: staff.editor })
    const journalist = await countInbox({ payload, user: staff.journalist })
    expect(total(editor, 'tips') - total(editorBefore, 'tips')).toBe(2)
    expect(total(journalist, 'tips') - total(journalistBefore, 'tips')).toBe(1)
    expect(total(editor, 'corrections') - total(editorBefore, 'corrections')).toBe(1)
    expect(editor.find((count) => count.collection === 'tips')).toMatchObject({
      title: `${total(editor, 'tips')} nya tips`,
      href: '/admin/collections/tips?where%5Bstatus%5D%5Bequals%5D=new',
    })
  })
})

/** The text of each top-level block of a Lexical body. */
function paragraphsOf(body: unknown): string[] {
  const root = (body as { root: { children: { children: { text: string }[] }[] } }).root
  return root.children.map((block) => block.children.map((child) => child.text).join(''))
}
