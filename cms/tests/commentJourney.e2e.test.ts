// The Chromium journey for "Tyck till" (issue 16): a debate article invites comments; a
// reader's comment is invisible until an editor approves it in the admin, then live on the
// static page through the publish path, and gone again when the approval is withdrawn; closing
// the comments takes the form away. The comment form's script loads only when the reader asks.
import { randomBytes } from 'node:crypto'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textToLexical } from '@redaktion/cms/textToLexical'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { watchCsp } from '../../site/tests/helpers/readerForms'
import { adminUrlOf, api, LIVE_WITHIN_MS, signIn } from './helpers/adminSteps'

const { cmsUrl, siteUrl, dataDir } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)
// The CMS takes submissions from the site's own origin only, which npm start calls localhost.
const readerSite = siteUrl.replace('127.0.0.1', 'localhost')

const unique = randomBytes(4).toString('hex')
const TITLE = `Kommentarsprov ${unique}: låt fler myndigheter pröva tillitsbaserad styrning`
const NAME = `Maja Läsare ${unique}`
// Characters that mean something in HTML reach the page as the text they are.
const TEXT = `Bra skrivet ${unique}, men är 3 < 5 & "kostnaderna" rimliga?\nVem betalar?`

/** A test that waits for a publish: the wait itself and the browser steps around it. */
const PUBLISH_TEST_MS = LIVE_WITHIN_MS + 60_000

let browser: Browser
let reader: BrowserContext
let editor: Page
let articleId = ''
let slug = ''
let commentId = ''
let cspViolations: string[] = []

/** The live article page's HTML as a static server or CDN serves it. */
const livePage = async () => (await fetch(`${siteUrl}/artikel/${slug}/`)).text()

/** The REST answer's JSON, failing the test on an error status. */
async function apiJson<T>(path: string, options: { method?: string; data?: object } = {}) {
  const response = await api(editor, adminUrl, path, options)
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

beforeAll(async () => {
  browser = await launchChromium()
  reader = await browser.newContext({ locale: 'sv-SE' })
  editor = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1600, height: 1000 } })
  await signIn(editor, adminUrl, dataDir, 'editor')
})

afterAll(async () => {
  if (commentId) await api(editor, adminUrl, `comments/${commentId}`, { method: 'DELETE' })
  if (articleId) await api(editor, adminUrl, `articles/${articleId}`, { method: 'DELETE' })
  await reader?.close()
  await browser?.close()
})

describe('Tyck till: pre-moderated comments under an article', () => {
  it(
    'opens a new debate article for comments by default',
    async () => {
      const [category] = (await apiJson<{ docs: { id: string }[] }>('categories?depth=0&limit=1'))
        .docs
      const [author] = (await apiJson<{ docs: { id: string }[] }>('authors?depth=0&limit=1')).docs
      const { doc } = await apiJson<{ doc: { id: string; slug: string; commentsOpen: boolean } }>(
        'articles',
        {
          method: 'POST',
          data: {
            _status: 'published',
            type: 'debatt',
            title: TITLE,
            lead: 'Tillitsreformen har visat vägen. Nu är det dags att ta nästa steg.',
            body: textToLexical([{ kind: 'p', text: 'Styrningen behöver bygga på förtroende.' }]),
            category: category!.id,
            authors: [author!.id],
          },
        },
      )
      expect(doc.commentsOpen, 'comments open by default on a debate piece').toBe(true)
      articleId = doc.id
      slug = doc.slug
      await expect
        .poll(async () => (await fetch(`${siteUrl}/artikel/${slug}/`)).status, {
          timeout: LIVE_WITHIN_MS,
          interval: 1000,
        })
        .toBe(200)
    },
    PUBLISH_TEST_MS,
  )

  it(
    'invites the first comment and loads the form only when the reader asks for it',
    async () => {
      const page = await reader.newPage()
      cspViolations = await watchCsp(page)
      const formScripts: string[] = []
      page.on('request', (request) => {
        if (/readerForm|altcha/i.test(request.url())) formScripts.push(request.url())
      })
      await page.goto(`${readerSite}/artikel/${slug}/`)
      await page.waitForLoadState('networkidle')
      expect(await page.locator('.comment-count').innerText()).toBe('0 kommentarer · Tyck till!')
      const section = page.locator('[data-comments]')
      expect(await section.innerText()).toContain('Bli den första att tycka till!')
      expect(formScripts, 'nothing of the form on the first load').toEqual([])
      expect(await axeViolations(page), 'the article with no comments').toEqual([])

      expect(await page.getByRole('link', { name: 'Tyck till!' }).getAttribute('href')).toBe(
        '#kommentera',
      )
      // Scrolled into view, the comment form still waits (the tip form below it may load the
      // shared script by now): it is set up only when the reader asks.
      const opener = section.getByRole('button', { name: 'Skriv en kommentar' })
      await opener.scrollIntoViewIfNeeded()
      await page.waitForLoadState('networkidle')
      const form = section.locator('form')
      expect(await form.isHidden()).toBe(true)
      await opener.click()
      await form.waitFor({ state: 'visible', timeout: 30_000 })
      expect(formScripts.length, 'the form’s script, once asked for').toBeGreaterThan(0)
      await opener.waitFor({ state: 'hidden' })
      await expect
        .poll(() => form.evaluate((element) => element.contains(document.activeElement)))
        .toBe(true)
      expect(await axeViolations(page), 'the open comment form').toEqual([])

      await form.getByRole('textbox', { name: /^Namn/ }).fill(NAME)
      await form.getByRole('textbox', { name: /^E-post/ }).fill('maja@example.se')
      // Markup is refused beside the field, in Swedish, before anything is sent.
      const text = form.getByRole('textbox', { name: /^Kommentar/ })
      await text.fill('Se <a href="https://example.com">här</a>!')
      await form.getByRole('button', { name: 'Skicka kommentaren' }).click()
      await expect
        .poll(() => form.locator('[data-field="text"] .field-error').innerText())
        .toBe('Kommentar får inte innehålla HTML-kod.')
      expect(await axeViolations(page), 'the refused comment').toEqual([])
      await text.fill(TEXT)
      const sent = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/submissions/comment') &&
          response.request().method() === 'POST',
        { timeout: 90_000 },
      )
      await form.getByRole('button', { name: 'Skicka kommentaren' }).click()
      expect((await sent).status()).toBe(201)
      const receipt = section.locator('[data-receipt]')
      await receipt.waitFor({ state: 'visible' })
      expect(await receipt.innerText()).toContain(
        'Tack! Din kommentar visas när redaktionen har godkänt den.',
      )
      expect(await axeViolations(page), 'the receipt').toEqual([])
      await page.close()
    },
    PUBLISH_TEST_MS,
  )

  it('stays off the site while it waits for an editor', async () => {
    const { docs } = await apiJson<{ docs: { id: string; status: string; text: string }[] }>(
      `comments?depth=0&where[article][equals]=${articleId}`,
    )
    expect(docs.map((doc) => [doc.status, doc.text])).toEqual([['pending', TEXT]])
    commentId = docs[0]!.id
    const anonymous = await fetch(`${cmsUrl}/api/comments?where[article][equals]=${articleId}`)
    expect(((await anonymous.json()) as { docs: unknown[] }).docs).toEqual([])
    expect(await livePage()).not.toContain(unique + ', men')
  })

  it(
    'is live on the static page, as text, once an editor approves it in the admin',
    async () => {
      await editor.goto(`${adminUrl}/admin/collections/comments/${commentId}`)
      await editor.locator('#field-status .rs__control').click()
      await editor.locator('.rs__option', { hasText: 'Godkänd' }).click()
      await editor.getByRole('button', { name: 'Spara', exact: true }).click()
      await expect
        .poll(async () => (await apiJson<{ status: string }>(`comments/${commentId}`)).status)
        .toBe('approved')

      await expect
        .poll(livePage, { timeout: LIVE_WITHIN_MS, interval: 1000 })
        .toContain(`Bra skrivet ${unique}`)
      const page = await reader.newPage()
      await page.goto(`${readerSite}/artikel/${slug}/`)
      expect(await page.locator('.comment-count').innerText()).toBe('1 kommentar · Tyck till!')
      const shown = page.locator(`[data-comment="${commentId}"]`)
      expect(await shown.innerText()).toContain(NAME)
      expect(await shown.innerText()).toContain('är 3 < 5 & "kostnaderna" rimliga?\nVem betalar?')
      expect(await shown.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/)
      // The e-mail address is the newsroom's alone.
      expect(await livePage()).not.toContain('maja@example.se')
      expect(await axeViolations(page), 'the article with an approved comment').toEqual([])
      await page.close()
    },
    PUBLISH_TEST_MS,
  )

  it(
    'stays listed, with no form, once an editor closes the comments',
    async () => {
      await apiJson(`articles/${articleId}`, { method: 'PATCH', data: { commentsOpen: false } })
      await expect
        .poll(livePage, { timeout: LIVE_WITHIN_MS, interval: 1000 })
        .toContain('Kommentarerna är stängda.')
      const page = await reader.newPage()
      await page.goto(`${readerSite}/artikel/${slug}/`)
      expect(await page.locator('.comment-count').innerText()).toBe('1 kommentar')
      expect(await page.locator(`[data-comment="${commentId}"]`).count()).toBe(1)
      expect(await page.locator('[data-comments] form, [data-reader-form-open]').count()).toBe(0)
      expect(await axeViolations(page), 'closed, with a comment').toEqual([])
      await page.close()
    },
    PUBLISH_TEST_MS,
  )

  it(
    'leaves the page again when the approval is withdrawn',
    async () => {
      await apiJson(`comments/${commentId}`, { method: 'PATCH', data: { status: 'rejected' } })
      await expect
        .poll(livePage, { timeout: LIVE_WITHIN_MS, interval: 1000 })
        .not.toContain(`Bra skrivet ${unique}`)
      const page = await reader.newPage()
      await page.goto(`${readerSite}/artikel/${slug}/`)
      // No comments and closed: nothing invites, nothing counts.
      expect(await page.locator('[data-comments], .comment-count').count()).toBe(0)
      await page.close()
      expect(cspViolations).toEqual([])
    },
    PUBLISH_TEST_MS,
  )
})
