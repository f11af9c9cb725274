import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { removePreviewAdditions } from '../src/preview/previewPage'
import {
  LIVE_WITHIN_MS,
  adminUrlOf,
  api,
  appendParagraph,
  approveAndPublish,
  draftOf,
  expectNotPublic,
  handInForReview,
  openFromReviewInbox,
  openPreviewPane,
  signedInPage,
  waitForAutosave,
  waitForLive,
  waitForPaneText,
  writeDraft,
} from './helpers/adminSteps'

const { cmsUrl, siteUrl, dataDir } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)

const unique = randomBytes(4).toString('hex')
const title = `Journalistprov ${unique}: regionen bygger ny bro`
const lead = `Ingressen om bron ${unique}.`
const firstSentence = `Bygget vid älven ${unique} börjar till hösten.`
const word = `brokonstruktören${unique}`
const newSentence = `Kostnaden bedöms av ${word} i vår.`
const NOTE = 'Klar för läsning.'

/** The page's one `<main>` (the article template's content; the layout around it aside). */
const mainOf = (html: string): string => {
  const match = /<main[\s>][\s\S]*<\/main>/.exec(html)
  expect(match, 'the page has a <main> element').not.toBeNull()
  return match![0]
}

let browser: Browser
let journalist: Page
let articleId = ''

beforeAll(async () => {
  browser = await launchChromium()
  journalist = await signedInPage(browser, adminUrl, dataDir, 'journalist')
})
afterAll(() => browser?.close())

describe("the journalist's loop: preview exactly as published, hand in, see it go live", () => {
  it('writes a draft and opens Förhandsgranska: the article template with title, lead, body and the strip', async () => {
    articleId = await writeDraft(journalist, adminUrl, { title, lead, body: firstSentence })
    await waitForAutosave(journalist, adminUrl, articleId, firstSentence)

    const button = journalist.getByRole('link', { name: 'Förhandsgranska', exact: true })
    const [tab] = await Promise.all([journalist.context().waitForEvent('page'), button.click()])
    await tab!.waitForLoadState()
    // The site's article template, not a CMS rendering of the fields.
    const article = tab!.locator('main article.article')
    expect(await article.locator('h1').innerText()).toBe(title)
    const text = await article.innerText()
    expect(text).toContain(lead)
    expect(text).toContain(firstSentence)
    expect(await tab!.locator('#redaktion-preview-strip').innerText()).toMatch(
      /^Förhandsvisning – inte publicerad · senast sparad \d{2}:\d{2}:\d{2} · Tillbaka till redigeringen/,
    )
    await tab!.close()
  })

  it('edits the body: the pane shows the new sentence after the autosave; the site and its search do not', async () => {
    await openPreviewPane(journalist, title)
    await appendParagraph(journalist, newSentence)
    // First the autosave, then the pane: a failure says which of the two did not happen.
    await waitForAutosave(journalist, adminUrl, articleId, newSentence)
    await waitForPaneText(journalist, newSentence)

    const draft = await draftOf(journalist, adminUrl, articleId)
    expect(draft._status).toBe('draft')
    await expectNotPublic(browser, siteUrl, draft.slug, word)
  })

  it('sends it for review; the editor sees the count, opens it, approves and publishes', async () => {
    await handInForReview(journalist, NOTE)
    expect(await draftOf(journalist, adminUrl, articleId)).toMatchObject({
      reviewStatus: 'submitted',
    })
    const editor = await signedInPage(browser, adminUrl, dataDir, 'editor')
    try {
      await openFromReviewInbox(editor, {
        title,
        id: articleId,
        count: '1 artikel väntar på granskning',
      })
      await approveAndPublish(editor, adminUrl, articleId)
    } finally {
      await editor.close()
    }
  })

  it(
    'shows "Live på webbplatsen" to the journalist; the public page is the last preview\'s markup',
    async () => {
      await journalist.goto(`${adminUrl}/admin/collections/articles/${articleId}`)
      const href = await waitForLive(journalist)
      const published = await fetch(href)
      expect(published.status).toBe(200)
      const publicHtml = await published.text()
      expect(publicHtml).toContain(newSentence)

      // The preview the journalist's "Förhandsgranska" opens, now of the published version (a
      // draft's preview shows its last save as the publish time, so the page before the publish
      // differs from the published one by that date).
      const preview = await api(journalist, adminUrl, `articles/${articleId}/preview`)
      expect(preview.status()).toBe(200)
      const previewHtml = await preview.text()
      expect(previewHtml).toContain('id="redaktion-preview-strip"')
      const previewPage = removePreviewAdditions(previewHtml)
      expect(previewPage).not.toContain('redaktion-preview')
      expect(mainOf(previewPage)).toContain(newSentence)
      expect(mainOf(previewPage)).toBe(mainOf(publicHtml))
    },
    LIVE_WITHIN_MS + 60_000,
  )
})
