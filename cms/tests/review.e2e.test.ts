import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@redaktion/content-schemas/options'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl, dataDir } = serverContext()
// The admin's own writes are accepted from the CMS's SERVER_URL origin (localhost) only.
const adminUrl = cmsUrl.replace('127.0.0.1', 'localhost')
const NOTE = 'Klar för läsning, kolla gärna citatet i slutet.'
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

async function signedIn(role: Role): Promise<Page> {
  const login = readDemoLogins(dataDir).find((entry) => entry.role === role)!
  const page = await browser.newPage({ locale: 'sv-SE' })
  await page.goto(`${adminUrl}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.getByLabel('E-post').fill(login.email)
  await page.getByLabel('Lösenord').fill(login.password)
  await page.getByRole('button', { name: 'Logga in' }).click()
  await page.waitForURL(`${adminUrl}/admin`)
  return page
}

const api = (page: Page, path: string, options: { method?: string; data?: object } = {}) =>
  page.request.fetch(`${adminUrl}/api/${path}`, { ...options, headers: { Origin: adminUrl } })

describe('hand in for review, in Chromium', () => {
  it('a journalist sends a draft with a note; the editor sees the count, approves and publishes', async () => {
    const journalist = await signedIn('journalist')
    const [category] = (await (await api(journalist, 'categories?limit=1&depth=0')).json()).docs
    const [author] = (await (await api(journalist, 'authors?limit=1&depth=0')).json()).docs
    const title = `Granskningstest ${Date.now()}`
    const created = await api(journalist, 'articles?draft=true', {
      method: 'POST',
      data: { title, type: 'nyhet', category: category.id, authors: [author.id] },
    })
    expect(created.status()).toBe(201)
    const { doc } = await created.json()

    await journalist.goto(`${adminUrl}/admin/collections/articles/${doc.id}`)
    await journalist.getByLabel('Ingress').fill('En ingress skriven i webbläsaren.')
    // Payload's publish button is not there for a journalist; the hand-in button is.
    await journalist.getByRole('button', { name: 'Skicka för granskning' }).click()
    expect(await journalist.getByRole('button', { name: /^Publicera/ }).count()).toBe(0)
    await journalist.getByLabel(/^Anteckning/).fill(NOTE)
    await journalist.getByRole('button', { name: 'Skicka', exact: true }).click()
    await journalist.getByText('Artikeln är skickad för granskning.').waitFor()
    const handedIn = await (await api(journalist, `articles/${doc.id}?draft=true&depth=0`)).json()
    expect(handedIn).toMatchObject({
      reviewStatus: 'submitted',
      lead: 'En ingress skriven i webbläsaren.',
    })

    const editor = await signedIn('editor')
    const card = editor.locator('[data-inbox-count="articles"]')
    await expect
      .poll(() => card.innerText(), { timeout: 15_000 })
      .toBe('1 artikel väntar på granskning')
    await card.getByRole('link').click()
    await editor.waitForURL(/\/admin\/collections\/articles\?/)
    await editor.getByRole('link', { name: title }).click()
    await editor.waitForURL(new RegExp(`/admin/collections/articles/${doc.id}`))

    await editor.locator('.tabs-field__tab-button', { hasText: 'Interna kommentarer' }).click()
    await editor.getByText(NOTE).waitFor()

    await editor.getByRole('button', { name: 'Godkänn', exact: true }).click()
    await editor.getByRole('button', { name: 'Godkänn artikeln' }).click()
    await editor.getByText('Artikeln är godkänd.').waitFor()
    await editor.getByRole('button', { name: 'Publicera ändringar' }).click()
    await expect
      .poll(async () => (await (await api(editor, `articles/${doc.id}?depth=0`)).json())._status, {
        timeout: 15_000,
      })
      .toBe('published')
    const published = await (await api(editor, `articles/${doc.id}?depth=0`)).json()
    expect(published.reviewStatus).toBe('approved')
    await editor.close()
    await journalist.close()
  })
})
