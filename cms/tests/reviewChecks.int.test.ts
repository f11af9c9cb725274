import type { PreviewAnswer } from '@redaktion/content-schemas/preview'
import { verifySiteRequest } from '@redaktion/content-schemas/siteWebhook'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { body, heading, link, paragraph } from '../src/reviewChecks/testing/lexicalBody'
import { type PreviewPublisher, startPreviewPublisher } from './helpers/previewPublisher'
import type { BaseDocs } from './helpers/samples'
import {
  type Caller,
  type PublisherNewsroom,
  startPublisherNewsroom,
} from './helpers/publisherNewsroom'

const SECRET = 'publisher-secret-for-review-tests'

let publisher: PreviewPublisher
let payload: Payload
let base: BaseDocs
let room: PublisherNewsroom

beforeAll(async () => {
  publisher = await startPreviewPublisher()
  room = await startPublisherNewsroom(publisher.url, SECRET)
  ;({ payload, base } = room)
})
afterAll(async () => {
  await room?.stop()
  await publisher?.close().catch(() => undefined)
})

const reviewChecks = (id: string, actor: Caller = 'journalist') =>
  room.call(`/articles/${id}/review-checks`, room.as(actor))

describe('GET /api/articles/:id/review-checks', () => {
  it('refuses anonymous visitors', async () => {
    const answer = await reviewChecks(base.articleId, 'anonymous')
    expect(answer.status).toBe(401)
    expect(answer.body.message).toMatch(/inte inloggad/)
  })

  it('refuses a malformed id naming the field, and answers 404 for an unknown one', async () => {
    const malformed = await reviewChecks('1%20OR%201')
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toMatch(/^Fältet id/)
    const unknown = await reviewChecks('00000000-0000-4000-8000-000000000000')
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toMatch(/finns inte/)
  })

  it('checks the newest draft (an autosave over the published version), not the published one', async () => {
    await payload.update({
      collection: 'articles',
      id: base.articleId,
      data: {
        lead: null,
        body: body(
          heading('h3', 'Bakgrund'),
          paragraph('Läs ', link('http://myndigheten.example/rapport', 'rapporten'), '.'),
        ),
      } as never,
      draft: true,
      autosave: true,
      overrideAccess: true,
    })
    const answer = await reviewChecks(base.articleId)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const findings = answer.body.findings as { check: string; message: string }[]
    expect(findings.map((finding) => finding.check)).toEqual(
      expect.arrayContaining(['lead', 'heading-levels', 'insecure-link']),
    )
    expect(findings.find((finding) => finding.check === 'insecure-link')!.message).toContain(
      'http://myndigheten.example/rapport',
    )
    // The published version is untouched: the checks read the draft only.
    const published = await payload.findByID({
      collection: 'articles',
      id: base.articleId,
      draft: false,
      overrideAccess: true,
    })
    expect(published.body ?? null).toBeNull()
  })

  it('runs axe-core and the SEO lengths on the page the preview renders for the draft', async () => {
    const title = 'En rubrik som är alldeles för lång för att sökmotorerna ska visa hela'
    const page: PreviewAnswer = {
      html: `<!doctype html><html lang="sv"><head><title>${title} – Redaktion</title></head><body><main><article><h1>${title}</h1><img src="/_astro/bild.webp" width="10" height="10"></article></main></body></html>`,
      path: '/artikel/en-rubrik/',
      renderMs: 9,
      notes: [],
    }
    publisher.answerNext({ status: 200, body: page })
    const answer = await reviewChecks(base.articleId, 'editor')
    expect(answer.status).toBe(200)
    const findings = answer.body.findings as { check: string; message: string; helpUrl?: string }[]
    expect(findings.find((finding) => finding.check === 'seo-title')?.message).toContain(title)
    const axe = findings.filter((finding) => finding.check === 'accessibility')
    expect(axe.map((finding) => finding.helpUrl)).toEqual([expect.stringContaining('/image-alt')])
    expect(axe[0]!.message).toContain('<img src="/_astro/bild.webp"')

    // The preview was asked for the newest draft, at depth 0, signed like a delivery.
    const asked = publisher.calls.at(-1)!
    expect(asked.path).toBe('/preview')
    expect(asked.body.article).toMatchObject({ id: base.articleId, lead: null })
    expect(
      verifySiteRequest({
        secret: SECRET,
        method: 'POST',
        target: '/preview',
        timestamp: asked.headers['x-redaktion-timestamp'] as string,
        signature: asked.headers['x-redaktion-signature'] as string,
        rawBody: asked.rawBody,
      }),
    ).toBe('valid')
  })

  it('still gives the draft’s own findings, and says why the page was not checked, when the publisher is down', async () => {
    await publisher.close()
    const answer = await reviewChecks(base.articleId)
    expect(answer.status).toBe(200)
    const findings = answer.body.findings as { check: string; message: string }[]
    expect(findings.map((finding) => finding.check)).toContain('lead')
    expect(findings.at(-1)!.check).toBe('not-checked')
    expect(findings.at(-1)!.message).toMatch(/Publiceringstjänsten svarar inte/)
  })
})
