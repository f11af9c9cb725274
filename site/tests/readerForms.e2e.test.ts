import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Correction, DebateSubmission, Tip } from '@redaktion/content-schemas/payload-types'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildDocx } from '../../cms/tests/helpers/buildDocx'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { cmsAnswers } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import {
  ARTICLE_SLUG,
  editorClient,
  formReady,
  formViolations,
  scrollToForm,
  watchCsp,
  watchOrigins,
} from './helpers/readerForms'

const { cmsUrl, siteUrl, dataDir } = serverContext()
// The CMS takes submissions from the site's own origin only, which npm start calls localhost.
const readerSite = siteUrl.replace('127.0.0.1', 'localhost')
const publicCms = cmsUrl.replace('127.0.0.1', 'localhost')
// A 1×1 PNG, as a reader's screenshot would be one.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

let browser: Browser
let articleId: string
let find: Awaited<ReturnType<typeof editorClient>>

beforeAll(async () => {
  browser = await launchChromium()
  const response = await fetch(`${cmsUrl}/api/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`)
  articleId = ((await response.json()) as { docs: { id: string }[] }).docs[0]!.id
  find = await editorClient(cmsUrl, dataDir)
})
afterAll(() => browser?.close())

async function openPage(context: BrowserContext, pathname: string) {
  const page = await context.newPage()
  const cspViolations = await watchCsp(page)
  const origins = watchOrigins(page)
  await page.goto(`${readerSite}${pathname}`)
  return { page, cspViolations, origins }
}

/** The fields of one kind: several kinds have a "Namn" or an "E-post". */
const fieldsOf = (page: Page, kind: 'tip' | 'correction' | 'debate') =>
  page.locator(`[data-kind-fields="${kind}"]`)
const draftOf = (page: Page, key: string) =>
  page.evaluate((name) => window.localStorage.getItem(name), key)

async function receiptReference(page: Page): Promise<string> {
  const receipt = page.locator('[data-receipt]')
  await receipt.waitFor({ state: 'visible', timeout: 60_000 })
  expect(await page.evaluate(() => document.activeElement?.matches('[data-receipt]'))).toBe(true)
  expect(await receipt.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/)
  return (await receipt.locator('[data-receipt-reference]').textContent())!
}

describe('the reader form under an article', () => {
  let context: BrowserContext
  let page: Page
  let cspViolations: string[]
  let origins: Set<string>

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'sv-SE' })
    ;({ page, cspViolations, origins } = await openPage(context, `/artikel/${ARTICLE_SLUG}/`))
    await scrollToForm(page)
  })
  afterAll(() => context?.close())

  it('sends an anonymous tip with an attachment, and no name or contact leaves the browser', async () => {
    expect(await page.getByRole('radio', { name: /^Tips/ }).isChecked()).toBe(true)
    expect(await formViolations(page)).toEqual([])

    // A reader on a shared computer can wipe what the form keeps.
    await page.getByLabel('Meddelande').fill('Ett första utkast')
    expect(await draftOf(page, 'redaktion:utkast:tip')).toContain('Ett första utkast')
    await page.getByRole('button', { name: 'Töm formuläret' }).click()
    expect(await page.getByLabel('Meddelande').inputValue()).toBe('')
    expect(await draftOf(page, 'redaktion:utkast:tip')).toBeNull()

    const message = `Tips från e2e ${Date.now()}: chefen har slutat diarieföra mejl.`
    await page.getByLabel('Meddelande').fill(message)
    await fieldsOf(page, 'tip').getByRole('textbox', { name: /^Namn/ }).fill('Anna Källa')
    await page.getByLabel('Jag vill vara anonym').check()
    expect(await page.getByRole('textbox', { name: /^Kontaktuppgift/ }).isVisible()).toBe(false)
    await page.getByLabel('Bilagor').setInputFiles({
      name: 'skarmdump.png',
      mimeType: 'image/png',
      buffer: PNG,
    })
    expect(JSON.parse((await draftOf(page, 'redaktion:utkast:tip'))!).values).toEqual({
      message,
      anonymous: true,
    })
    await page.getByRole('button', { name: 'Skicka tipset' }).click()
    const reference = await receiptReference(page)
    expect(reference).toMatch(/^T-/)
    expect(await formViolations(page)).toEqual([])
    expect(await draftOf(page, 'redaktion:utkast:tip')).toBeNull()

    await page.getByRole('button', { name: 'Skicka något mer' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bidrag-message')
    expect(await page.getByLabel('Meddelande').inputValue()).toBe('')

    const [tip] = await find<Tip>('tips', { reference })
    expect(tip).toMatchObject({ message, anonymous: true, article: articleId })
    expect(tip!.name ?? null).toBeNull()
    expect(tip!.contact ?? null).toBeNull()
    expect(tip!.attachments).toHaveLength(1)
  })

  it('reports an error in the article by keyboard, showing Swedish messages first', async () => {
    await page.goto(`${readerSite}/artikel/${ARTICLE_SLUG}/`)
    await scrollToForm(page)
    await page.getByRole('radio', { name: /^Tips/ }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await page.getByLabel('Vad är fel').isVisible()).toBe(true)
    expect(await page.getByLabel('Meddelande').isVisible()).toBe(false)
    expect(await formViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Skicka felanmälan' }).focus()
    await page.keyboard.press('Enter')
    const summary = page.locator('[data-error-summary]')
    await summary.waitFor({ state: 'visible' })
    expect(await page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(
      true,
    )
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Vad är fel måste fyllas i.',
      'Vad är rätt måste fyllas i.',
      'Källa måste fyllas i.',
    ])
    const whatIsWrong = page.getByLabel('Vad är fel')
    expect(await whatIsWrong.getAttribute('aria-invalid')).toBe('true')
    expect(await whatIsWrong.getAttribute('aria-describedby')).toContain('bidrag-whatIsWrong-fel')
    expect(await formViolations(page)).toEqual([])

    // From the summary's first link straight to the field, and type there.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Det står att reformen infördes 2019.')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bidrag-whatIsWrong')
    await page.getByLabel('Vad är rätt').fill('Reformen infördes 2021.')
    await page.getByLabel('Källa').fill('Regeringens proposition 2020/21:1')
    await fieldsOf(page, 'correction').getByLabel('E-post').fill('robin@exempel.se')
    expect(await draftOf(page, `redaktion:utkast:correction:${articleId}`)).toContain('2021')
    await page.getByRole('button', { name: 'Skicka felanmälan' }).click()
    const reference = await receiptReference(page)
    expect(reference).toMatch(/^R-/)

    const [correction] = await find<Correction>('corrections', { reference })
    expect(correction).toMatchObject({
      article: articleId,
      whatIsWrong: 'Det står att reformen infördes 2019.',
      whatIsRight: 'Reformen infördes 2021.',
      source: 'Regeringens proposition 2020/21:1',
      contactEmail: 'robin@exempel.se',
      status: 'new',
    })
  })

  it('sends a debate piece as a Word document, saying so while it sends', async () => {
    await page.goto(`${readerSite}/artikel/${ARTICLE_SLUG}/`)
    await scrollToForm(page)
    await page.getByRole('radio', { name: /^Debattinlägg/ }).check()
    expect(await formViolations(page)).toEqual([])
    const title = `Ge handläggarna tid att göra rätt ${Date.now()}`
    await page.getByLabel('Rubrik').fill(title)
    await page.getByLabel('Word-dokument').setInputFiles({
      name: 'inlagg.docx',
      mimeType: DOCX,
      buffer: Buffer.from(buildDocx('Tillitsreformen har stannat halvvägs.')),
    })
    await fieldsOf(page, 'debate').getByRole('textbox', { name: /^Namn/ }).fill('Kim Debattör')
    await page.getByLabel('Underskrift').fill('förbundsordförande, Facket för förvaltning')
    await fieldsOf(page, 'debate').getByLabel('E-post').fill('kim@exempel.se')
    await page.getByLabel('Telefon').fill('070-123 45 67')
    await page.getByLabel('Jag godkänner att redaktionen redigerar').check()

    // Hold the request to look at the form while it is sending.
    let whileSending: { status: string | null; violations: string[] } | undefined
    await page.route('**/api/submissions/debate', async (route) => {
      whileSending = {
        status: await page.locator('[data-status]').textContent(),
        violations: await formViolations(page),
      }
      await route.continue()
    })
    await page.getByRole('button', { name: 'Skicka debattinlägget' }).click()
    const reference = await receiptReference(page)
    await page.unroute('**/api/submissions/debate')
    expect(whileSending).toEqual({ status: 'Skickar …', violations: [] })
    expect(reference).toMatch(/^D-/)

    const [piece] = await find<DebateSubmission>('debate-submissions', { reference })
    expect(piece).toMatchObject({
      title,
      authorName: 'Kim Debattör',
      signature: 'förbundsordförande, Facket för förvaltning',
      email: 'kim@exempel.se',
      phone: '070-123 45 67',
      consentToEditing: true,
      status: 'received',
    })
    expect(piece!.document).toBeTruthy()
  })

  it('shows the CMS’s refusal beside the fields, and solves a fresh captcha for the next try', async () => {
    await page.goto(`${readerSite}/artikel/${ARTICLE_SLUG}/`)
    await scrollToForm(page)
    const message = `Tips som först nekas ${Date.now()}: upphandlingen gjordes utan annons.`
    await page.getByLabel('Meddelande').fill(message)
    const captchaPayloads: string[] = []
    let isRefusing = true
    await page.route('**/api/submissions/tip', async (route) => {
      const body = route.request().postDataBuffer()!.toString('utf8')
      captchaPayloads.push(/name="altcha"\r\n\r\n([^\r]+)/.exec(body)![1]!)
      if (!isRefusing) return route.continue()
      await route.fulfill({
        status: 400,
        headers: { 'Access-Control-Allow-Origin': new URL(readerSite).origin },
        contentType: 'application/json',
        body: JSON.stringify({
          message: 'Formuläret innehåller fel.',
          errors: [
            { field: 'message', message: 'Meddelande får inte innehålla HTML-kod.' },
            { field: 'altcha', message: 'Robotkontrollen har redan använts.' },
          ],
        }),
      })
    })
    await page.getByRole('button', { name: 'Skicka tipset' }).click()
    const summary = page.locator('[data-error-summary]')
    await summary.waitFor({ state: 'visible' })
    expect(await summary.textContent()).toContain(
      'Formuläret innehåller fel. Din text finns kvar här.',
    )
    expect(await page.locator('#bidrag-message-fel').textContent()).toBe(
      'Meddelande får inte innehålla HTML-kod.',
    )
    expect(await page.locator('#bidrag-altcha-fel').textContent()).toBe(
      'Robotkontrollen har redan använts.',
    )
    expect(await page.getByLabel('Meddelande').inputValue()).toBe(message)
    expect(await formViolations(page)).toEqual([])

    isRefusing = false
    await page.getByRole('button', { name: 'Skicka tipset' }).click()
    const reference = await receiptReference(page)
    await page.unroute('**/api/submissions/tip')
    expect(captchaPayloads).toHaveLength(2)
    expect(captchaPayloads[1]).not.toBe(captchaPayloads[0])
    expect((await find<Tip>('tips', { reference }))[0]?.message).toBe(message)
  })

  it('breaks no Content-Security-Policy rule and asks nothing of any third party', () => {
    expect(cspViolations).toEqual([])
    expect([...origins].sort()).toEqual(
      [new URL(readerSite).origin, new URL(publicCms).origin].sort(),
    )
  })
})

describe('the reader form while the CMS is down', () => {
  it('keeps the text through a failed send and a reload, then sends it once the CMS is back', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const { page, cspViolations } = await openPage(context, '/tipsa/')
    await formReady(page)
    const message = `Tips medan CMS:et är nere ${Date.now()}: nämnden har fattat beslut utan protokoll.`
    await page.getByLabel('Meddelande').fill(message)
    await page.getByRole('textbox', { name: /^Kontaktuppgift/ }).fill('signal: 070-000 00 00')

    const pid = Number(readFileSync(path.join(dataDir, 'run', 'cms.pid'), 'utf8'))
    process.kill(pid, 'SIGKILL')
    await expect.poll(() => cmsAnswers(cmsUrl), { timeout: 10_000, interval: 100 }).toBe(false)

    await page.getByRole('button', { name: 'Skicka tipset' }).click()
    const summary = page.locator('[data-error-summary]')
    await summary.waitFor({ state: 'visible', timeout: 60_000 })
    expect(await summary.textContent()).toContain(
      'Det gick inte att skicka just nu. Din text finns kvar här – försök igen om en stund.',
    )
    expect(await page.getByLabel('Meddelande').inputValue()).toBe(message)
    const draft = JSON.parse((await draftOf(page, 'redaktion:utkast:tip'))!) as {
      idempotencyKey: string
      values: Record<string, unknown>
    }
    expect(draft.values.message).toBe(message)
    expect(await formViolations(page)).toEqual([])

    await page.reload()
    await formReady(page)
    expect(await page.getByLabel('Meddelande').inputValue()).toBe(message)
    expect(await page.getByRole('textbox', { name: /^Kontaktuppgift/ }).inputValue()).toBe(
      'signal: 070-000 00 00',
    )
    expect(await page.locator('[data-draft-notice]').textContent()).toContain('välj dem igen')

    await expect.poll(() => cmsAnswers(cmsUrl), { timeout: 90_000, interval: 500 }).toBe(true)
    await page.getByRole('button', { name: 'Skicka tipset' }).click()
    const reference = await receiptReference(page)
    expect(await draftOf(page, 'redaktion:utkast:tip')).toBeNull()

    const tips = await find<Tip>('tips', { message })
    expect(tips.map((tip) => tip.reference)).toEqual([reference])
    expect(tips[0]).toMatchObject({ contact: 'signal: 070-000 00 00', anonymous: false })
    expect(tips[0]!.idempotencyKey).toBe(draft.idempotencyKey)
    expect(cspViolations).toEqual([])
    await context.close()
  })
})
