import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import {
  adminUrlOf,
  api as adminApi,
  approveAndPublish,
  handInForReview,
  openFromReviewInbox,
  signedInPage,
} from './helpers/adminSteps'

const { cmsUrl, dataDir } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)
const NOTE = 'Klar för läsning, kolla gärna citatet i slutet.'
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const signedIn = (role: 'journalist' | 'editor') => signedInPage(browser, adminUrl, dataDir, role)
const api = (page: Page, path: string, options?: { method?: string; data?: object }) =>
  adminApi(page, adminUrl, path, options)

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
    await handInForReview(journalist, NOTE)
    const handedIn = await (await api(journalist, `articles/${doc.id}?draft=true&depth=0`)).json()
    expect(handedIn).toMatchObject({
      reviewStatus: 'submitted',
      lead: 'En ingress skriven i webbläsaren.',
    })

    const editor = await signedIn('editor')
    await openFromReviewInbox(editor, {
      title,
      id: doc.id,
      count: '1 artikel väntar på granskning',
    })

    await editor.locator('.tabs-field__tab-button', { hasText: 'Interna kommentarer' }).click()
    await editor.getByText(NOTE).waitFor()

    await approveAndPublish(editor, adminUrl, doc.id)
    const published = await (await api(editor, `articles/${doc.id}?depth=0`)).json()
    expect(published.reviewStatus).toBe('approved')
    await editor.close()
    await journalist.close()
  })
})
