import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { readMailFolder } from './helpers/readEml'
import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, dataDir } = serverContext()
// The admin's own writes (fetch with the session cookie) are accepted from the CMS's
// SERVER_URL origin only, which `npm start` sets to localhost.
const adminUrl = cmsUrl.replace('127.0.0.1', 'localhost')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  // An English-speaking browser: the admin must still open in Swedish.
  page = await browser.newPage({ locale: 'en-US' })
})
afterAll(() => browser?.close())

async function signInAsEditor(at: Page, url: string) {
  const editor = readDemoLogins(dataDir).find((login) => login.role === 'editor')!
  await at.goto(`${url}/admin`)
  await at.waitForURL(/\/admin\/login/)
  await at.getByLabel('E-post').fill(editor.email)
  await at.getByLabel('Lösenord').fill(editor.password)
  await at.getByRole('button', { name: 'Logga in' }).click()
  await at.waitForURL(`${url}/admin`)
}

describe('the admin in Chromium', () => {
  it('opens in Swedish and lets an editor sign in', async () => {
    await signInAsEditor(page, cmsUrl)
    await expect.poll(() => page.getByText('Artiklar').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Debattinlägg').first().isVisible()).toBe(true)
  })

  it('renders the article editor with its rich-text body field', async () => {
    await page.goto(`${cmsUrl}/admin/collections/articles/create`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByText('Rubrik').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Vinjett').first().isVisible()).toBe(true)
  })
})

describe("the editors' inbox in Chromium", () => {
  let inbox: Page

  beforeAll(async () => {
    inbox = await browser.newPage({ locale: 'sv-SE' })
    await signInAsEditor(inbox, adminUrl)
  })
  afterAll(() => inbox?.close())

  // The session cookie counts only with the CMS's own Origin, as the admin's fetches send it.
  const api = (path: string, options: { method?: string; data?: object } = {}) =>
    inbox.request.fetch(`${adminUrl}/api/${path}`, { ...options, headers: { Origin: adminUrl } })

  it('shows what waits on the dashboard, each count leading to its filtered list', async () => {
    await inbox.goto(`${adminUrl}/admin`)
    await inbox.getByRole('heading', { name: 'Väntar i inkorgen' }).waitFor()
    const card = (collection: string) => inbox.locator(`[data-inbox-count="${collection}"]`)
    await expect.poll(() => card('tips').innerText()).toMatch(/^\d+ (nytt|nya) tips$/)
    await expect
      .poll(() => card('corrections').innerText())
      .toMatch(/^\d+ (ny felanmälan|nya felanmälningar)$/)
    await expect
      .poll(() => card('debate-submissions').innerText())
      .toMatch(/^\d+ mottag(et|na) debattinlägg$/)

    await card('tips').getByRole('link').click()
    await inbox.waitForURL(/\/admin\/collections\/tips\?/)
    expect(decodeURIComponent(inbox.url())).toContain('where[status][equals]=new')
  })

  it('shows the site panel: last publish, build state and "Bygg om nu" for an editor', async () => {
    await inbox.goto(`${adminUrl}/admin`)
    await inbox.getByRole('heading', { name: 'Webbplatsen' }).waitFor()
    const panel = inbox.locator('.site-panel')
    await expect
      .poll(() => panel.innerText(), { timeout: 15_000 })
      .toMatch(/Senast publicerad\s+\d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}:\d{2}/)
    // Pressing it would start a full build in the middle of the other server tests.
    expect(await panel.getByRole('button', { name: 'Bygg om nu' }).isEnabled()).toBe(true)
  })

  it('publishes a correction notice with "Publicera rättelse"', async () => {
    const articles = await (
      await api('articles?limit=1&depth=0&where[_status][equals]=published')
    ).json()
    const created = await api('corrections', {
      method: 'POST',
      data: { article: articles.docs[0].id, whatIsWrong: 'Testrapport: fel årtal i ingressen.' },
    })
    expect(created.status()).toBe(201)
    const { doc: report } = await created.json()

    try {
      await inbox.goto(`${adminUrl}/admin/collections/corrections/${report.id}`)
      await inbox
        .getByLabel('Rättelse (publiceras på artikeln)')
        .fill('I en tidigare version angavs fel årtal.')
      await inbox.getByRole('button', { name: 'Publicera rättelse' }).click()
      await inbox.getByText('Rättelsen är publicerad på artikeln.').waitFor()

      const stored = await (await api(`corrections/${report.id}`)).json()
      expect(stored).toMatchObject({
        status: 'corrected',
        notice: 'I en tidigare version angavs fel årtal.',
      })
      expect(stored.noticePublishedAt).toBeTruthy()
    } finally {
      await api(`corrections/${report.id}`, { method: 'DELETE' })
    }
  })

  it('makes a Debatt draft with "Skapa artikelutkast" and then links to it', async () => {
    const created = await api('debate-submissions', {
      method: 'POST',
      data: {
        title: 'Testinlägg: låt tilliten växa',
        text: 'Första stycket.\n\nAndra stycket.',
        authorName: 'Testa Debattör',
        signature: 'Utredare, Testverket',
        email: 'testa@example.se',
        phone: '070-123 45 67',
        consentToEditing: true,
      },
    })
    expect(created.status()).toBe(201)
    const { doc: piece } = await created.json()
    let articleId: string | undefined

    try {
      await inbox.goto(`${adminUrl}/admin/collections/debate-submissions/${piece.id}`)
      await inbox.getByRole('button', { name: 'Skapa artikelutkast' }).click()
      await inbox.getByText('Artikelutkastet är skapat.').waitFor()
      await inbox.getByRole('link', { name: 'Öppna artikelutkastet' }).click()
      // A text id: a uuid on SQLite, 24 hex digits on MongoDB.
      await inbox.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,}/)
      articleId = /articles\/([0-9a-f-]{24,})/.exec(inbox.url())![1]

      const stored = await (await api(`debate-submissions/${piece.id}?depth=0`)).json()
      expect(stored).toMatchObject({ status: 'accepted', article: articleId })
      const article = await (await api(`articles/${articleId}?draft=true&depth=1`)).json()
      expect(article).toMatchObject({ _status: 'draft', type: 'debatt', title: piece.title })
      expect(article.authors[0]).toMatchObject({
        name: 'Testa Debattör',
        title: 'Utredare, Testverket',
      })
    } finally {
      await api(`debate-submissions/${piece.id}`, { method: 'DELETE' })
      if (articleId) await api(`articles/${articleId}`, { method: 'DELETE' })
      await api(`authors?where[name][equals]=${encodeURIComponent('Testa Debattör')}`, {
        method: 'DELETE',
      })
    }
  })
  it('mails a decision with "Mejla beslutet" once, with the message to the writer', async () => {
    const email = `beslut-${Date.now()}@example.se`
    const created = await api('debate-submissions', {
      method: 'POST',
      data: {
        title: 'Testinlägg: ett avböjt inlägg',
        text: 'Första stycket.',
        authorName: 'Testa Skribent',
        signature: 'Utredare, Testverket',
        email,
        phone: '070-123 45 67',
        consentToEditing: true,
        status: 'declined',
      },
    })
    expect(created.status()).toBe(201)
    const { doc: piece } = await created.json()

    // axe-core needs a page of a context of its own.
    const context = await browser.newContext({ locale: 'sv-SE' })
    const editor = await context.newPage()
    try {
      await signInAsEditor(editor, adminUrl)
      await editor.goto(`${adminUrl}/admin/collections/debate-submissions/${piece.id}`)
      await editor
        .getByLabel('Meddelande till skribenten')
        .fill('Vi har redan publicerat tre inlägg om detta.')
      const button = editor.getByRole('button', { name: 'Mejla beslutet' })
      expect(
        await axeViolations(editor, {
          include: ['textarea[name="writerMessage"]', '.send-decision-button'],
        }),
      ).toEqual([])
      await button.click()
      await editor.getByText('Beslutet är på väg till skribenten.').waitFor()
      await expect.poll(() => button.count()).toBe(0)

      const stored = await (await api(`debate-submissions/${piece.id}?depth=0`)).json()
      expect(stored).toMatchObject({
        decisionMailed: 'declined',
        writerMessage: 'Vi har redan publicerat tre inlägg om detta.',
      })
      // The CMS's own jobs runner sends it on its next tick.
      const mailsTo = () => readMailFolder(dataDir).filter((mail) => mail.headers.to === email)
      await expect.poll(() => mailsTo().length, { timeout: 15_000 }).toBe(1)
      expect(mailsTo()[0]?.text).toContain('Vi har redan publicerat tre inlägg om detta.')
    } finally {
      await context.close()
      await api(`debate-submissions/${piece.id}`, { method: 'DELETE' })
    }
  })
})
