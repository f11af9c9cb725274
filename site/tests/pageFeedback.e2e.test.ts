import { HtmlValidate } from 'html-validate'
import type { Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { browserSession } from './helpers/browserSession'
import { ARTICLE_SLUG, editorClient } from './helpers/readerForms'
import { watchTransfers } from './helpers/transfers'

const { cmsUrl, siteUrl: testSiteUrl, dataDir } = serverContext()
// The CMS takes submissions from the site's own origin only, which npm start calls localhost.
const siteUrl = testSiteUrl.replace('127.0.0.1', 'localhost')
const publicCms = cmsUrl.replace('127.0.0.1', 'localhost')
const ARTICLE_PATH = `/artikel/${ARTICLE_SLUG}/`
const ENDPOINT = `${publicCms}/api/submissions/page-feedback`

const session = browserSession()

const widget = () => session.page.locator('[data-page-feedback]')
const status = () => session.page.locator('[data-feedback-status]')

/** The fields of a multipart request as the CMS would read them. */
async function fieldsOf(request: Request): Promise<Record<string, string>> {
  const body = new Response(new Uint8Array(request.postDataBuffer()!), {
    headers: { 'content-type': request.headers()['content-type']! },
  })
  const form = await body.formData()
  return Object.fromEntries([...form.entries()].map(([name, value]) => [name, String(value)]))
}

const feedbackPost = () =>
  session.page.waitForRequest(
    (request) => request.url() === ENDPOINT && request.method() === 'POST',
  )

/** Everything the browser could keep about the reader on this site. */
async function browserStorage() {
  return {
    cookies: await session.context.cookies(),
    ...(await session.page.evaluate(() => ({
      documentCookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }))),
  }
}

function widgetViolations(): Promise<string[]> {
  return axeViolations(session.page, { include: ['[data-page-feedback]'] })
}

/**
 * html-validate's errors on the widget's markup as it stands, in a document of its own. The DOM
 * writes `hidden=""` where the build wrote `hidden`, so the rules about that style are off; the
 * captcha's own markup (the altcha widget's, hidden) is not ours to validate.
 */
async function widgetMarkupErrors(): Promise<string[]> {
  const markup = await widget().evaluate((form) => {
    const copy = form.cloneNode(true) as HTMLElement
    copy.querySelector('[data-feedback-captcha]')?.replaceChildren()
    return copy.outerHTML
  })
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
  })
  const report = await validator.validateString(
    `<!DOCTYPE html><html lang="sv"><head><title>Sidfeedback</title></head><body><main>${markup}</main></body></html>`,
  )
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message}`),
  )
}

describe('"Hjälpte informationen på sidan dig?"', () => {
  it('adds no request to the first load: its code comes with the first touch', async () => {
    const transfers = watchTransfers(session.page)
    const requests: string[] = []
    session.page.on('request', (request) => requests.push(request.url()))
    await session.page.goto(`${siteUrl}${ARTICLE_PATH}`)
    await session.page.waitForLoadState('networkidle')
    const firstLoad = await transfers.take()
    expect(await widget().isVisible()).toBe(true)
    expect(firstLoad.filter((transfer) => /pageFeedback/.test(transfer.url))).toEqual([])
    expect(requests.filter((url) => url.startsWith(publicCms))).toEqual([])
    expect(firstLoad.filter((transfer) => ['fetch', 'xhr'].includes(transfer.type))).toEqual([])

    await session.page.locator('[data-answer="yes"]').focus()
    await expect
      .poll(async () => (await transfers.take()).some((t) => /pageFeedback/.test(t.url)))
      .toBe(true)
    // Focus alone sends nothing and asks no captcha.
    expect(requests.filter((url) => url.startsWith(publicCms))).toEqual([])
  })

  it('sends Ja with the page and a solved captcha, stores nothing in the browser, and thanks the reader', async () => {
    await session.page.goto(`${siteUrl}${ARTICLE_PATH}`)
    expect(await widgetViolations()).toEqual([])
    expect(await widgetMarkupErrors()).toEqual([])
    const posted = feedbackPost()
    await session.page.locator('[data-answer="yes"]').click()
    const fields = await fieldsOf(await posted)
    expect(fields).toMatchObject({ page: ARTICLE_PATH, answer: 'yes' })
    expect(fields.text).toBeUndefined()
    expect(fields.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(fields.altcha?.length).toBeGreaterThan(20)
    expect(await browserStorage()).toEqual({
      cookies: [],
      documentCookie: '',
      local: 0,
      session: 0,
    })

    // Needs POST /api/submissions/page-feedback (branch cmsforms).
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toBe('Tack för ditt svar!')
    expect(await session.page.locator('[data-answer]').first().isHidden()).toBe(true)
    expect(await widgetViolations()).toEqual([])
    expect(await browserStorage()).toEqual({
      cookies: [],
      documentCookie: '',
      local: 0,
      session: 0,
    })
    const find = await editorClient(cmsUrl, dataDir)
    const stored = await find<Record<string, unknown>>('page-feedback', {
      page: ARTICLE_PATH,
      answer: 'yes',
    })
    expect(stored.length).toBeGreaterThan(0)
  })

  it('asks "Vad saknade du?" after Nej, works from the keyboard, and keeps the text when sending fails', async () => {
    await session.page.goto(`${siteUrl}/om-oss/`)
    await session.page.locator('[data-answer="no"]').focus()
    await session.page.keyboard.press('Enter')
    const text = session.page.getByLabel('Vad saknade du?')
    await text.waitFor({ state: 'visible' })
    expect(await text.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await session.page.locator('[data-answer="no"]').getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(await session.page.locator('#sidfeedback-hjalp').textContent()).toContain(
      'Skriv inga personuppgifter.',
    )
    expect(await text.getAttribute('maxlength')).toBe('500')
    const missing = 'Öppettiderna för växeln saknas.'
    await session.page.keyboard.type(missing)
    expect(await session.page.locator('[data-feedback-count]').textContent()).toBe(
      `${missing.length} av 500 tecken`,
    )
    expect(await widgetViolations()).toEqual([])
    expect(await widgetMarkupErrors()).toEqual([])

    // The CMS out of reach: nothing is lost.
    await session.page.route(ENDPOINT, (route) => route.abort())
    const failed = feedbackPost()
    await session.page.getByRole('button', { name: 'Skicka' }).click()
    const firstFields = await fieldsOf(await failed)
    await expect
      .poll(() => status().textContent())
      .toMatch(/^Det gick inte att skicka just nu\..*Din text finns kvar\./)
    expect(await text.inputValue()).toBe(missing)
    await session.page.unroute(ENDPOINT)

    const posted = feedbackPost()
    await session.page.getByRole('button', { name: 'Skicka' }).focus()
    await session.page.keyboard.press('Enter')
    const fields = await fieldsOf(await posted)
    expect(fields).toMatchObject({ page: '/om-oss/', answer: 'no', text: missing })
    // The same answer again: the CMS can tell a retry from a second answer.
    expect(fields.idempotencyKey).toBe(firstFields.idempotencyKey)
    expect(await browserStorage()).toEqual({
      cookies: [],
      documentCookie: '',
      local: 0,
      session: 0,
    })

    // Needs POST /api/submissions/page-feedback (branch cmsforms).
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toBe('Tack för ditt svar!')
    const find = await editorClient(cmsUrl, dataDir)
    const stored = await find<{ text?: string }>('page-feedback', {
      page: '/om-oss/',
      answer: 'no',
    })
    expect(stored.map((doc) => doc.text)).toContain(missing)
  })

  it('refuses markup in the text beside the field, with the shared schema’s words, before sending', async () => {
    await session.page.goto(`${siteUrl}/om-oss/`)
    let sent = 0
    session.page.on('request', (request) => {
      if (request.url() === ENDPOINT) sent += 1
    })
    await session.page.locator('[data-answer="no"]').click()
    await session.page.getByLabel('Vad saknade du?').fill('<b>fet</b>')
    await session.page.getByRole('button', { name: 'Skicka' }).click()
    const error = session.page.locator('#sidfeedback-fel')
    await error.waitFor({ state: 'visible' })
    expect(await error.textContent()).toBe('Vad saknade du? får inte innehålla HTML-kod.')
    expect(await session.page.getByLabel('Vad saknade du?').getAttribute('aria-invalid')).toBe(
      'true',
    )
    expect(sent).toBe(0)
    expect(await widgetViolations()).toEqual([])
  })
})
