// The Chromium journey for the Svarslåda (issue 16): an anonymous tip shows its phrase
// once on the receipt; the newsroom saves a draft and sends a question in the tip's "Svar till
// tipsaren" tab; the tipster opens /tipsa/svar/ with the reference and the phrase, sees the
// question but not the draft, and answers with a PDF; the newsroom finds the answer with its PDF
// in the tab, and opening it takes it off the dashboard's count; a wrong phrase is refused
// exactly as an unknown reference; and the phrase is in neither the database, its write-ahead
// log nor the server's log.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  TIP_REPLY_BOX_PATH,
  TIP_REPLY_REFUSED,
  normalizePhrase,
} from '@redaktion/content-schemas/tipReplies'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { watchCsp } from '../../site/tests/helpers/readerForms'
import { adminUrlOf, api, signIn } from './helpers/adminSteps'
import { pdfFile } from './helpers/samples'

const { cmsUrl, siteUrl, dataDir, serverLog } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)
// The CMS takes submissions from the site's own origin only, which npm start calls localhost.
const readerSite = siteUrl.replace('127.0.0.1', 'localhost')

const unique = `${Date.now()}`
const TIP_TEXT = `Svarslådeprov ${unique}: nämnden fattar beslut utan att föra protokoll.`
const QUESTION = `Fråga ${unique}: har du sett något av protokollen själv?`
const ANSWER = `Svar ${unique}: ja, jag bifogar det enda som finns.`

let browser: Browser
let reader: BrowserContext
let editorContext: BrowserContext
let editor: Page
let cspViolations: string[] = []
let reference = ''
let phrase = ''
let tipId = ''

/** The tip's edit view on its "Svar till tipsaren" tab, once the thread has loaded. */
async function openReplyTab(page: Page, id = tipId) {
  await page.goto(`${adminUrl}/admin/collections/tips/${id}`)
  await page.getByRole('button', { name: 'Svar till tipsaren', exact: true }).click()
  await page.locator('.tip-reply-panel[aria-busy="false"]').waitFor({ timeout: 30_000 })
  return page.locator('.tip-reply-panel')
}

/** The dashboard's count of unread answers from tipsters. */
async function unreadOnDashboard(page: Page): Promise<number> {
  await page.goto(`${adminUrl}/admin`)
  const card = page.locator('[data-inbox-count="tip-messages"]')
  await card.waitFor({ state: 'visible' })
  const text = await card.innerText()
  expect(text).toMatch(/^\d+ (?:oläst|olästa) svar från tipsare/)
  return Number.parseInt(text, 10)
}

/** Opens the reply box with a reference and phrase; gives the endpoint's answer. */
async function openBox(page: Page, boxReference: string, boxPhrase: string): Promise<Response> {
  await page.goto(`${readerSite}${TIP_REPLY_BOX_PATH}`)
  const form = page.locator('[data-reply-open]')
  await form.waitFor({ state: 'visible', timeout: 30_000 })
  await form.getByRole('textbox', { name: /^Referens/ }).fill(boxReference)
  await form.getByRole('textbox', { name: /^Lösenfras/ }).fill(boxPhrase)
  const answered = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/submissions/tip/reply-box') &&
      response.request().method() === 'POST',
    { timeout: 90_000 },
  )
  await form.getByRole('button', { name: 'Öppna Svarslådan', exact: true }).click()
  return answered
}

/** The raw SQLite file and its write-ahead log, read as text. */
function databaseBytes(): string {
  return ['redaktion.db', 'redaktion.db-wal']
    .map((file) => {
      try {
        return readFileSync(path.join(dataDir, file)).toString('utf8')
      } catch {
        return ''
      }
    })
    .join('')
}

beforeAll(async () => {
  browser = await launchChromium()
  reader = await browser.newContext({ locale: 'sv-SE' })
  // In a context of its own: axe-core opens a helper page beside the one it checks.
  editorContext = await browser.newContext({
    locale: 'sv-SE',
    viewport: { width: 1600, height: 1000 },
  })
  editor = await editorContext.newPage()
  await signIn(editor, adminUrl, dataDir, 'editor')
})
afterAll(async () => {
  await reader?.close()
  await editorContext?.close()
  await browser?.close()
})

describe('the Svarslåda from the tip to the answer', () => {
  it('shows the phrase once on an anonymous tip’s receipt', async () => {
    const page = await reader.newPage()
    cspViolations = await watchCsp(page)
    await page.goto(`${readerSite}/tipsa/`)
    await page.locator('[data-reader-form] form').waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByLabel('Meddelande').fill(TIP_TEXT)
    await page.getByLabel('Jag vill vara anonym').check()
    await page.getByRole('button', { name: 'Skicka tipset' }).click()
    const receipt = page.locator('[data-receipt]')
    await receipt.waitFor({ state: 'visible', timeout: 90_000 })
    reference = (await receipt.locator('[data-receipt-reference]').textContent())!.trim()
    phrase = (await receipt.locator('[data-receipt-phrase]').textContent())!.trim()
    expect(reference).toMatch(/^T-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(normalizePhrase(phrase).split(' ')).toHaveLength(8)
    expect(await receipt.getByRole('link', { name: /Svarslådan/ }).getAttribute('href')).toBe(
      TIP_REPLY_BOX_PATH,
    )
    expect(await axeViolations(page), 'the receipt with the phrase').toEqual([])
    await page.close()
  })

  it('lets the newsroom save a draft and send a question in the tip’s tab', async () => {
    const found = await api(editor, adminUrl, `tips?depth=0&where[reference][equals]=${reference}`)
    const tips = ((await found.json()) as { docs: { id: string; message: string }[] }).docs
    expect(tips.map((tip) => tip.message)).toEqual([TIP_TEXT])
    tipId = tips[0]!.id

    const panel = await openReplyTab(editor)
    expect(await panel.innerText()).toContain(
      'Tipsaren ser bara meddelanden som har skickats, när hen själv loggar in i Svarslådan med referens och lösenfras. Inget mejlas.',
    )
    expect(await panel.innerText()).not.toContain('ingen Svarslåda')
    const box = () => panel.getByRole('textbox', { name: /meddelande till tipsaren|Utkast/ })
    // A draft first: the tipster must not see it.
    await box().fill(`${QUESTION} (utkast)`)
    await panel.getByRole('button', { name: 'Spara utkast', exact: true }).click()
    const draft = panel.locator('[data-state="draft"]')
    await draft.waitFor()
    expect(await draft.innerText()).toContain('Utkast – syns inte för tipsaren')
    expect(await draft.innerText()).toContain('(utkast)')

    await panel.getByRole('button', { name: 'Nytt meddelande', exact: true }).click()
    await box().fill(QUESTION)
    await panel.getByRole('button', { name: 'Skicka', exact: true }).click()
    const confirm = panel.locator('.tip-reply-composer dialog')
    await confirm.getByText('Skicka till tipsaren? Det går inte att ändra efteråt.').waitFor()
    expect(
      await axeViolations(editor, { include: ['.tip-reply-composer dialog'] }),
      'the confirmation',
    ).toEqual([])
    await confirm.getByRole('button', { name: 'Ja, skicka', exact: true }).click()
    const sent = panel.locator('[data-state="sent"]')
    await sent.waitFor()
    expect(await sent.innerText()).toContain(QUESTION)
    expect(await sent.innerText()).toMatch(/^Redaktionen · .+ · \d/)
    expect(await draft.count()).toBe(1)
    expect(await axeViolations(editor, { include: ['.tip-reply-panel'] }), 'the reply tab').toEqual(
      [],
    )

    const stored = await api(editor, adminUrl, `tip-messages?depth=0&where[tip][equals]=${tipId}`)
    const states = ((await stored.json()) as { docs: { text: string; state: string }[] }).docs
    expect(states.map(({ text, state }) => `${state}: ${text}`).sort()).toEqual(
      [`draft: ${QUESTION} (utkast)`, `sent: ${QUESTION}`].sort(),
    )
  })

  it('offers no reply form on a tip the newsroom wrote itself', async () => {
    const written = await api(editor, adminUrl, 'tips', {
      method: 'POST',
      data: { message: `Samtal med en källa ${unique}.` },
    })
    expect(written.status()).toBe(201)
    const { doc } = (await written.json()) as { doc: { id: string } }
    const panel = await openReplyTab(editor, doc.id)
    expect(await panel.innerText()).toContain(
      'Tipsaren har ingen Svarslåda – svar kan inte skickas.',
    )
    expect(await panel.getByRole('textbox').count()).toBe(0)
    expect(await panel.getByRole('button', { name: 'Skicka', exact: true }).count()).toBe(0)
  })

  it('opens with the reference and the phrase, shows the question and takes an answer with a PDF', async () => {
    const page = await reader.newPage()
    const pageCsp = await watchCsp(page)
    // Typed as a person might: lower case, hyphens between the words.
    const typed = normalizePhrase(phrase).split(' ').join('-')
    const opened = await openBox(page, reference.toLowerCase(), typed)
    expect(opened.status()).toBe(200)
    const thread = page.locator('[data-reply-thread]')
    await thread.waitFor({ state: 'visible' })
    expect(await page.locator('[data-thread-status]').innerText()).toBe('Mottaget')
    const list = page.locator('[data-thread-list]')
    expect(await list.innerText()).toContain(QUESTION)
    expect(await list.innerText()).not.toContain('(utkast)')
    expect(await axeViolations(page), 'the opened box').toEqual([])

    const pdf = await pdfFile()
    const answerForm = page.locator('[data-reply-answer]')
    await answerForm.getByRole('textbox', { name: /^Ditt svar/ }).fill(ANSWER)
    await answerForm.getByLabel('Bilagor').setInputFiles({
      name: 'protokoll.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf.data),
    })
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/submissions/tip/reply-box/answer') &&
        response.request().method() === 'POST',
      { timeout: 90_000 },
    )
    await answerForm.getByRole('button', { name: 'Skicka svaret', exact: true }).click()
    expect((await answered).status()).toBe(201)
    await expect.poll(() => list.innerText(), { timeout: 10_000 }).toContain(ANSWER)
    expect(await list.innerText()).toContain('protokoll.pdf')
    expect(await axeViolations(page), 'after answering').toEqual([])

    const stored = await page.evaluate(() => ({
      local: window.localStorage.length,
      session: window.sessionStorage.length,
      cookie: document.cookie,
    }))
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' })
    expect(await reader.cookies()).toEqual([])
    expect([...cspViolations, ...pageCsp]).toEqual([])
    await page.close()
  })

  it('gives the newsroom the answer with its PDF; opening the tab takes it off the count', async () => {
    const response = await api(
      editor,
      adminUrl,
      `tip-messages?depth=1&sort=createdAt&where[tip][equals]=${tipId}&where[from][equals]=tipster`,
    )
    const answers = (
      (await response.json()) as {
        docs: { text: string; attachments: { mimeType: string }[] }[]
      }
    ).docs
    expect(answers.map((answer) => answer.text)).toEqual([ANSWER])
    expect(answers[0]!.attachments.map((file) => file.mimeType)).toEqual(['application/pdf'])

    const unread = await unreadOnDashboard(editor)
    expect(unread).toBeGreaterThanOrEqual(1)

    const panel = await openReplyTab(editor)
    const answer = panel.locator('[data-from="tipster"]')
    await answer.waitFor()
    expect(await answer.innerText()).toContain(ANSWER)
    expect(await answer.innerText()).toMatch(/^Tipsaren · \d/)
    const file = answer.getByRole('link', { name: 'protokoll.pdf' })
    // Fetched from the page, as the link's click would be: Payload takes the session cookie
    // only with the browser's Sec-Fetch-Site, which a bare API request lacks.
    const download = await editor.evaluate(
      async (href) => {
        const response = await fetch(href, { credentials: 'include' })
        return { status: response.status, type: response.headers.get('content-type') }
      },
      (await file.getAttribute('href'))!,
    )
    expect(download.status).toBe(200)
    expect(download.type).toContain('application/pdf')
    expect(
      await axeViolations(editor, { include: ['.tip-reply-panel'] }),
      'the thread with the answer',
    ).toEqual([])

    // Opening the tab marked the answer read; the question stays without readAt.
    await expect
      .poll(
        async () => {
          const thread = await api(
            editor,
            adminUrl,
            `tip-messages?depth=0&where[tip][equals]=${tipId}`,
          )
          const docs = ((await thread.json()) as { docs: { from: string; readAt?: string }[] }).docs
          return docs.map(({ from, readAt }) => `${from}: ${readAt ? 'läst' : 'oläst'}`).sort()
        },
        { timeout: 15_000 },
      )
      .toEqual(['newsroom: oläst', 'newsroom: oläst', 'tipster: läst'])
    expect(await unreadOnDashboard(editor)).toBe(unread - 1)
  })

  it('keeps the newsroom’s draft out of the box after the answer', async () => {
    const page = await reader.newPage()
    expect((await openBox(page, reference, phrase)).status()).toBe(200)
    const list = page.locator('[data-thread-list]')
    await list.waitFor({ state: 'visible' })
    expect(await list.innerText()).toContain(QUESTION)
    expect(await list.innerText()).toContain(ANSWER)
    expect(await list.innerText()).not.toContain('(utkast)')
    await page.close()
  })

  it('refuses a wrong phrase with the same status and message as an unknown reference', async () => {
    const page = await reader.newPage()
    const words = normalizePhrase(phrase).split(' ')
    const wrong = [...words.slice(1), words[0]!].join(' ')
    const refusals: { status: number; body: unknown; shown: string }[] = []
    for (const [boxReference, boxPhrase] of [
      [reference, wrong],
      ['T-0000-0000', phrase],
    ] as const) {
      const answer = await openBox(page, boxReference, boxPhrase)
      const shown = page.locator('[data-reply-open] [data-error-summary]')
      await shown.waitFor({ state: 'visible' })
      refusals.push({
        status: answer.status(),
        body: await answer.json(),
        shown: await shown.innerText(),
      })
      expect(await page.locator('[data-reply-thread]').isHidden()).toBe(true)
      expect(await axeViolations(page), 'refused').toEqual([])
    }
    expect(refusals[0]!.status).toBe(TIP_REPLY_REFUSED.status)
    expect(refusals[0]!.shown).toContain(TIP_REPLY_REFUSED.message)
    expect(refusals[1]).toEqual(refusals[0])
    await page.close()
  })

  it('keeps the phrase out of the database, its write-ahead log and the log', () => {
    const normalized = normalizePhrase(phrase)
    const stored = databaseBytes()
    expect(stored).toContain(TIP_TEXT)
    expect(stored).not.toContain(normalized)
    expect(stored).not.toContain(phrase)
    const log = readFileSync(serverLog, 'utf8')
    expect(log).not.toContain(normalized)
    expect(log).not.toContain(phrase)
  })
})
