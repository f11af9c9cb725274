// The Chromium journey for the debate chain (issue 16): a reader answers a published
// debate article through "Skriv en replik"; the piece reaches the CMS as a replik to it; an
// editor makes the draft and publishes it in the admin; both articles' "Debatten" boxes then
// list both, oldest first, each marking itself; once the editor closes the debate no page of it
// offers a replik and a reply sent anyway is refused, naming the field.
import { randomBytes } from 'node:crypto'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { DebateSubmission } from '@redaktion/content-schemas/payload-types'
import { textToLexical } from '@redaktion/cms/textToLexical'

import { LIVE_WITHIN_MS, adminUrlOf, api, signedInPage } from '../../cms/tests/helpers/adminSteps'
import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { editorClient, formReady, formViolations, watchCsp } from './helpers/readerForms'

const { cmsUrl, siteUrl, dataDir } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)
// The CMS takes submissions from the site's own origin only, which npm start calls localhost.
const readerSite = siteUrl.replace('127.0.0.1', 'localhost')

const unique = randomBytes(4).toString('hex')
const ROOT_TITLE = `Debattprov ${unique}: ge skolan tid att bygga tillit`
const REPLY_TITLE = `Replikprov ${unique}: tillit kräver också uppföljning`
// A writer of their own, so the draft's byline is a new author this test can remove again.
const WRITER = `Kim Replikskribent ${unique}`
const CLOSED = 'Debatten är avslutad och tar inte emot fler repliker.'

let browser: Browser
let reader: BrowserContext
let editor: Page
let find: Awaited<ReturnType<typeof editorClient>>
/** Each reader page's Content-Security-Policy findings, filled while the page lives. */
const cspFindings: string[][] = []
const root = { id: '', slug: '' }
const reply = { id: '', slug: '' }
let pieceId = ''

interface ArticleDoc {
  id: string
  slug: string
  type: string
  repliesTo?: string | null
  debateClosed?: boolean | null
  _status?: string
  authors?: string[]
}

async function articleOf(id: string, query = 'depth=0'): Promise<ArticleDoc> {
  return (await (await api(editor, adminUrl, `articles/${id}?${query}`)).json()) as ArticleDoc
}

/** The live page's HTML, or '' while it is not there. */
async function livePage(slug: string): Promise<string> {
  const response = await fetch(`${siteUrl}/artikel/${slug}/`)
  return response.ok ? response.text() : ''
}

/** What the "Debatten" box on an article's live page shows a reader. */
async function chainBox(page: Page, slug: string) {
  await page.goto(`${readerSite}/artikel/${slug}/`)
  const box = page.locator('.debate-chain')
  await box.waitFor({ state: 'visible' })
  const violations = await axeViolations(page, { include: ['.debate-chain'] })
  return {
    // The text itself: the section title is set in capitals by CSS.
    heading: await box.getByRole('heading', { level: 2 }).textContent(),
    links: await box
      .locator('li a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.getAttribute('href'), anchor.getAttribute('aria-current')]),
      ),
    dates: await box
      .locator('li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? '')),
    replyLinks: await page.getByRole('link', { name: 'Skriv en replik' }).count(),
    isClosedShown: (await box.getByText('Debatten är avslutad.').count()) === 1,
    violations,
  }
}

/** Fills the debate form as the writer; the text goes in the form's own text field. */
async function fillDebateForm(page: Page, title: string) {
  const fields = page.locator('[data-kind-fields="debate"]')
  await page.getByLabel('Rubrik').fill(title)
  await fields
    .getByRole('textbox', { name: /^Text/ })
    .fill('Tillit går inte att beställa. Den byggs när rektorer får tid att följa upp.')
  await fields.getByRole('textbox', { name: /^Namn/ }).fill(WRITER)
  await page.getByLabel('Underskrift').fill('lärare, Facket för förvaltning')
  await fields.getByLabel('E-post').fill('kim.replik@exempel.se')
  await page.getByLabel('Telefon').fill('070-765 43 21')
  await page.getByLabel('Jag godkänner att redaktionen redigerar').check()
}

/** Sends the form and gives the endpoint's answer. */
async function sendDebateForm(page: Page) {
  const answered = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/submissions/debate') && response.request().method() === 'POST',
    { timeout: 90_000 },
  )
  await page.getByRole('button', { name: 'Skicka debattinlägget' }).click()
  return answered
}

beforeAll(async () => {
  browser = await launchChromium()
  reader = await browser.newContext({ locale: 'sv-SE' })
  editor = await signedInPage(browser, adminUrl, dataDir, 'editor')
  find = await editorClient(cmsUrl, dataDir)

  const [debate] = await find<{ id: string }>('categories', { slug: 'debatt' })
  const { docs: authors } = (await (
    await api(editor, adminUrl, 'authors?limit=1&depth=0')
  ).json()) as {
    docs: { id: string }[]
  }
  const created = await api(editor, adminUrl, 'articles', {
    method: 'POST',
    data: {
      _status: 'published',
      title: ROOT_TITLE,
      type: 'debatt',
      lead: 'Reformen om tillitsbaserad styrning har nått skolan, men tiden har inte följt med.',
      category: debate!.id,
      authors: [authors[0]!.id],
      body: textToLexical([
        { kind: 'p', text: 'Rektorer ska leda med tillit men hinner inte träffa sina lärare.' },
      ]),
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: ArticleDoc }
  Object.assign(root, { id: doc.id, slug: doc.slug })
  // expect.poll is for tests only; vi.waitFor polls the same way in a hook.
  await vi.waitFor(async () => expect(await livePage(root.slug)).toContain(ROOT_TITLE), {
    timeout: LIVE_WITHIN_MS,
    interval: 1000,
  })
}, LIVE_WITHIN_MS + 60_000)

afterAll(
  async () => {
    // Other suites share this server and its demo data: take out everything the test made, and
    // wait for the site to follow so that no build of it is still running when they start.
    const writer = reply.id ? (await articleOf(reply.id)).authors?.[0] : undefined
    if (pieceId) await api(editor, adminUrl, `debate-submissions/${pieceId}`, { method: 'DELETE' })
    for (const { id } of [reply, root].filter((article) => article.id)) {
      expect((await api(editor, adminUrl, `articles/${id}`, { method: 'DELETE' })).status()).toBe(
        200,
      )
    }
    if (writer) await api(editor, adminUrl, `authors/${writer}`, { method: 'DELETE' })
    for (const { slug } of [reply, root].filter((article) => article.slug)) {
      await vi.waitFor(
        async () => expect((await fetch(`${siteUrl}/artikel/${slug}/`)).status).toBe(404),
        { timeout: LIVE_WITHIN_MS, interval: 1000 },
      )
    }
    await reader?.close()
    await browser?.close()
  },
  2 * LIVE_WITHIN_MS + 60_000,
)

describe('a replik from "Skriv en replik" to both articles’ Debatten box', () => {
  it('takes a reader from the debate article to the form that names it, and sends the replik', async () => {
    const page = await reader.newPage()
    cspFindings.push(await watchCsp(page))
    await page.goto(`${readerSite}/artikel/${root.slug}/`)
    await page.locator('.debate-chain').getByRole('link', { name: 'Skriv en replik' }).click()
    await page.waitForURL(/\/debatt\/skicka-in\/\?replik=/)
    await formReady(page)
    expect(await page.locator('[data-replies-to-note]').innerText()).toBe(
      `Replik på: ${ROOT_TITLE}`,
    )
    expect(await formViolations(page), 'the form with its reply target').toEqual([])

    await fillDebateForm(page, REPLY_TITLE)
    expect((await sendDebateForm(page)).status()).toBe(201)
    const receipt = page.locator('[data-receipt]')
    await receipt.waitFor({ state: 'visible' })
    const reference = (await receipt.locator('[data-receipt-reference]').textContent())!.trim()
    expect(reference).toMatch(/^D-/)
    expect(await receipt.innerText()).toContain('vi mejlar dig när vi har bestämt oss')
    expect(await formViolations(page), 'the receipt').toEqual([])

    const pieces = await find<DebateSubmission>('debate-submissions', { reference })
    expect(pieces.map((piece) => ({ title: piece.title, repliesTo: piece.repliesTo }))).toEqual([
      { title: REPLY_TITLE, repliesTo: root.id },
    ])
    pieceId = String(pieces[0]!.id)
    await page.close()
  }, 180_000)

  it('lets an editor make the replik draft in the admin and publish it', async () => {
    await editor.goto(`${adminUrl}/admin/collections/debate-submissions/${pieceId}`)
    await editor.getByRole('button', { name: 'Skapa artikelutkast' }).click()
    await editor.getByRole('link', { name: 'Öppna artikelutkastet' }).click()
    await editor.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,}/)
    reply.id = /articles\/([0-9a-f-]{24,})/.exec(editor.url())![1]!
    const draft = await articleOf(reply.id, 'draft=true&depth=0')
    expect({ type: draft.type, repliesTo: draft.repliesTo }).toEqual({
      type: 'replik',
      repliesTo: root.id,
    })

    await editor.getByRole('button', { name: 'Publicera ändringar' }).click()
    await expect
      .poll(async () => (await articleOf(reply.id))._status, { timeout: 15_000 })
      .toBe('published')
    reply.slug = (await articleOf(reply.id)).slug
  })

  it(
    'lists both articles, oldest first, in the Debatten box of each, marking the one shown',
    async () => {
      await expect
        .poll(async () => (await livePage(root.slug)).includes(`href="/artikel/${reply.slug}/"`), {
          timeout: LIVE_WITHIN_MS,
          interval: 1000,
        })
        .toBe(true)
      const page = await reader.newPage()
      cspFindings.push(await watchCsp(page))
      const chain = [root.slug, reply.slug]
      for (const shown of chain) {
        const box = await chainBox(page, shown)
        expect(box.heading).toBe('Debatten')
        expect(box.links).toEqual(
          chain.map((slug) => [`/artikel/${slug}/`, slug === shown ? 'page' : null]),
        )
        expect(box.dates).toEqual([...box.dates].sort())
        expect(box.replyLinks).toBe(1)
        expect(box.isClosedShown).toBe(false)
        expect(box.violations, `the box on ${shown}`).toEqual([])
      }
      await page.close()
    },
    LIVE_WITHIN_MS + 60_000,
  )

  it(
    'offers no replik anywhere in the debate once the editor closes it, and refuses one sent anyway',
    async () => {
      await editor.goto(`${adminUrl}/admin/collections/articles/${root.id}`)
      await editor.getByLabel('Debatten är avslutad').check()
      await editor.getByRole('button', { name: 'Publicera ändringar' }).click()
      await expect
        .poll(
          async () => {
            const { debateClosed, _status } = await articleOf(root.id)
            return { debateClosed, _status }
          },
          { timeout: 15_000 },
        )
        .toEqual({ debateClosed: true, _status: 'published' })
      for (const slug of [root.slug, reply.slug]) {
        await expect
          .poll(async () => (await livePage(slug)).includes('Debatten är avslutad.'), {
            timeout: LIVE_WITHIN_MS,
            interval: 1000,
          })
          .toBe(true)
      }

      const page = await reader.newPage()
      cspFindings.push(await watchCsp(page))
      for (const slug of [root.slug, reply.slug]) {
        const box = await chainBox(page, slug)
        expect(box.isClosedShown).toBe(true)
        expect(box.replyLinks).toBe(0)
        expect(box.links).toHaveLength(2)
        expect(box.violations, `the closed box on ${slug}`).toEqual([])
      }

      // A reader who kept the form's address from before still reaches the form; the CMS says no.
      const query = new URLSearchParams({ replik: reply.id, rubrik: REPLY_TITLE })
      await page.goto(`${readerSite}/debatt/skicka-in/?${query}`)
      await formReady(page)
      await fillDebateForm(page, `Sen replik ${unique}`)
      const refused = await sendDebateForm(page)
      expect(refused.status()).toBe(400)
      expect(((await refused.json()) as { errors: unknown }).errors).toEqual([
        { field: 'repliesTo', message: CLOSED },
      ])
      const summary = page.locator('[data-error-summary]')
      await summary.waitFor({ state: 'visible' })
      expect(await summary.innerText()).toContain(CLOSED)
      expect(await formViolations(page), 'the refused form').toEqual([])
      expect(await find('debate-submissions', { title: `Sen replik ${unique}` })).toEqual([])
      await page.close()
    },
    2 * LIVE_WITHIN_MS + 120_000,
  )

  it('breaks no Content-Security-Policy rule on the way', () => {
    expect(cspFindings.flat()).toEqual([])
  })
})
