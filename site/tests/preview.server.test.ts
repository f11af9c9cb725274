// Previews from npm start's real publisher and build server (POST /preview, signed as the CMS
// signs it): a draft's new sentence is in its preview and nowhere public (the live page, the
// search shards, the sitemaps, the feeds), also after the next publish; a preview equals the
// page the next publish writes; and POST /live says when the publish went live.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { textToLexical } from '@redaktion/cms/textToLexical'
import {
  type DocumentLive,
  liveAnswerSchema,
  type PreviewAnswer,
  previewAnswerSchema,
} from '@redaktion/content-schemas/preview'
import { siteRequestHeaders } from '@redaktion/content-schemas/siteWebhook'
import { describe, expect, it, vi } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { outputFileOf } from '../build/tree'
import { siteDataFolder } from '../siteDataFolder'
import { waitForQuiet } from './helpers/startPublisher'

const { cmsUrl, publisherUrl, publisherSecret, dataDir } = serverContext()
const run = Date.now().toString(36)

type Doc = { id: string; slug: string; updatedAt: string } & Record<string, unknown>

async function signedPost(route: string, body: unknown): Promise<Response> {
  const url = `${publisherUrl}${route}`
  const rawBody = JSON.stringify(body)
  const headers = siteRequestHeaders({ method: 'POST', url, rawBody, secret: publisherSecret })
  return fetch(url, { method: 'POST', headers, body: rawBody })
}

async function previewOf(article: Doc): Promise<PreviewAnswer> {
  const response = await signedPost('/preview', { article, savedAt: article.updatedAt })
  expect(response.status, await response.clone().text()).toBe(200)
  return previewAnswerSchema.parse(await response.json())
}

async function liveOf(id: string): Promise<DocumentLive> {
  const response = await signedPost('/live', { collection: 'articles', ids: [id] })
  return liveAnswerSchema.parse(await response.json()).documents[0]!
}

/** Every file of a release, as text (gzipped search fragments unpacked), with its path. */
function releaseTexts(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !/\.(br|gz)$/.test(file) && statSync(path.join(dir, file)).isFile())
    .map((file): [string, string] => {
      const bytes = readFileSync(path.join(dir, file))
      const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b
      return [file, (isGzip ? gunzipSync(bytes) : bytes).toString('utf8')]
    })
}
const filesWith = (dir: string, word: string) =>
  releaseTexts(dir)
    .filter(([, text]) => text.includes(word))
    .map(([file]) => file)
const liveDir = () => realpathSync(siteDataFolder(dataDir).liveLink)
/** JSON-LD's dateModified is the article's updatedAt, which a publish sets anew. */
const withoutDateModified = (html: string) => html.replace(/"dateModified":"[^"]*"/, '')

describe('previews', () => {
  it('show a draft as the next publish writes it, and nothing of it is public before', async () => {
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token } = await login(cmsUrl, editor.email, editor.password)
    const api = async (method: string, url: string, body?: unknown): Promise<Doc> => {
      const response = await fetch(`${cmsUrl}/api/${url}`, {
        method,
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = (await response.json()) as { doc?: Doc } & Doc
      if (!response.ok)
        throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
      return json.doc ?? json
    }
    const [category] = (await api('GET', 'categories?depth=0&limit=1')).docs as Doc[]
    const [author] = (await api('GET', 'authors?depth=0&limit=1')).docs as Doc[]
    const body = (sentence: string) =>
      textToLexical([{ kind: 'p', text: `Förhandsvisningsprov: myndigheten svarar. ${sentence}.` }])
    const published = `publiceradmening${run}`
    const drafted = `utkastmening${run}`
    const unpublished = `aldrigpublicerad${run}`

    const article = await api('POST', 'articles', {
      _status: 'published',
      title: `Förhandsvisning ${run}: beslut om tillitsreformen`,
      lead: 'En artikel som förhandsvisningstestet skriver.',
      body: body(published),
      category: category!.id,
      authors: [author!.id],
    })
    await vi.waitFor(async () => expect((await liveOf(article.id)).state).toBe('live'), {
      timeout: 120_000,
      interval: 500,
    })
    const pagePath = `/artikel/${article.slug}/`
    const pageFile = outputFileOf(pagePath)

    // A draft of it with a new sentence, and a draft that was never published.
    await api('PATCH', `articles/${article.id}?draft=true&autosave=true`, { body: body(drafted) })
    const draft = await api('GET', `articles/${article.id}?draft=true&depth=0`)
    const never = await api('POST', 'articles?draft=true', {
      _status: 'draft',
      title: `Aldrig publicerad ${run}`,
      body: body(unpublished),
      category: category!.id,
      authors: [author!.id],
    })
    const draftPreview = await previewOf(draft)
    const neverPreview = await previewOf(
      await api('GET', `articles/${never.id}?draft=true&depth=0`),
    )
    expect(draftPreview.path).toBe(pagePath)
    expect(draftPreview.html).toContain(drafted)
    expect(draftPreview.html).not.toContain(published)
    expect(draftPreview.html).toContain(String(article.title))
    expect(draftPreview.notes).toEqual([])
    expect(draftPreview.renderMs).toBeGreaterThan(0)
    expect(neverPreview.html).toContain(unpublished)

    await waitForQuiet(publisherUrl, publisherSecret)
    const before = liveDir()
    expect(readFileSync(path.join(before, pageFile), 'utf8')).toContain(published)
    expect(filesWith(before, published), 'the check finds a published sentence').toEqual(
      expect.arrayContaining([pageFile, expect.stringMatching(/^pagefind/)]),
    )
    expect(filesWith(before, drafted)).toEqual([])
    expect(filesWith(before, unpublished)).toEqual([])
    expect(filesWith(before, String(never.slug))).toEqual([])
    expect(readdirSync(siteDataFolder(dataDir).root)).not.toContain('render')

    // The publish: its page is the preview's, and the never-published draft stays out of it.
    // Published as the admin publishes: the form's content with the new status.
    await api('PATCH', `articles/${article.id}`, { _status: 'published', body: body(drafted) })
    let live!: DocumentLive
    await vi.waitFor(
      async () => {
        live = await liveOf(article.id)
        expect(live.state).toBe('live')
        expect(Date.parse(live.changedAt!)).toBeGreaterThan(Date.parse(draft.updatedAt))
      },
      { timeout: 120_000, interval: 200 },
    )
    const release = liveDir()
    expect(path.basename(release)).toBe(live.releaseId)
    expect(Date.parse(live.liveAt!)).toBeGreaterThanOrEqual(Date.parse(live.changedAt!))
    const publishedHtml = readFileSync(path.join(release, pageFile), 'utf8')
    expect(publishedHtml).toContain(drafted)
    expect(withoutDateModified(draftPreview.html)).toBe(withoutDateModified(publishedHtml))
    // The same document as published, previewed: byte for byte.
    const afterPublish = await api('GET', `articles/${article.id}?depth=0`)
    expect((await previewOf(afterPublish)).html).toBe(publishedHtml)
    expect(filesWith(release, unpublished)).toEqual([])
    expect(filesWith(release, String(never.slug))).toEqual([])
  }, 300_000)
})
