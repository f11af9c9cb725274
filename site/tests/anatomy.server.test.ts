import { readlinkSync, statSync } from 'node:fs'
import path from 'node:path'

import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { createIllustration } from '../../scripts/src/seed/createIllustration'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { siteDataFolder } from '../siteDataFolder'
import {
  delivery,
  getStatus,
  postSigned,
  waitForStatus,
  type Status,
} from './helpers/startPublisher'

const { cmsUrl, siteUrl, publisherUrl, publisherSecret, dataDir } = serverContext()
const SERIES = { slug: 'tillitsreformen', title: 'På djupet: Tillitsreformen' }

interface ArticleDoc {
  id: string
  slug: string
  title: string
  type: string
  topics: string[]
  authors: string[]
}

let token = ''
async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${cmsUrl}/api/${route}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function articleOfType(type: string): Promise<ArticleDoc> {
  const { docs } = await api<{ docs: ArticleDoc[] }>(
    'GET',
    `articles?depth=0&limit=1&sort=publishedAt&where[type][equals]=${type}&where[_status][equals]=published`,
  )
  return docs[0]!
}

const html = async (pathname: string) => {
  const response = await fetch(`${siteUrl}${pathname}`)
  expect(response.status, pathname).toBe(200)
  return response.text()
}

/** Waits for the next build after `before` and returns the status; fails on a build error. */
async function nextRelease(before: Status): Promise<Status> {
  const after = await waitForStatus(
    publisherUrl,
    (status) =>
      status.state === 'idle' && status.builds > before.builds && status.pending.changes === 0,
    publisherSecret,
  )
  expect(after.lastError).toBeNull()
  return after
}

beforeAll(async () => {
  const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
  token = (await login(cmsUrl, editor.email, editor.password)).token
})

describe('the page anatomy on the built site', () => {
  it('labels teasers with category and type, and the series in the topic’s own words', async () => {
    const home = await html('/')
    // "Arbetsliv · Reportage": the category's link, then the type.
    expect(home).toMatch(
      /<p class="teaser__labels"[^>]*><a class="label" href="\/kategori\/[^"]+\/"[^>]*>[^<]+<\/a>\s*<span class="meta"[^>]*> · (Nyhet|Reportage|Debatt|Krönika|Ledare|Replik|Notis)<\/span>/,
    )
    const topicPage = await html(`/amne/${SERIES.slug}/`)
    // In normal case in the page (CSS sets the capitals), so a screen reader reads words.
    expect(topicPage).toContain(
      `<p class="series-label"><a href="/amne/${SERIES.slug}/">${SERIES.title}</a></p>`,
    )
  })

  it('publishes feeds for topic series, authors and corrections that rss-parser reads', async () => {
    const parser = new Parser()
    const article = await articleOfType('reportage')
    const { docs: authors } = await api<{ docs: { slug: string; name: string }[] }>(
      'GET',
      `authors?depth=0&limit=1&where[id][equals]=${article.authors[0]}`,
    )
    const author = authors[0]!
    const topicFeed = await parser.parseURL(`${siteUrl}/amne/${SERIES.slug}/rss.xml`)
    expect(topicFeed.title).toContain(SERIES.title)
    expect(topicFeed.items.length).toBeGreaterThan(0)
    expect(
      topicFeed.items.every(
        (item) => item.link?.startsWith(`${siteUrl}/artikel/`) || item.link?.includes('/artikel/'),
      ),
    ).toBe(true)
    const authorFeed = await parser.parseURL(`${siteUrl}/skribent/${author.slug}/rss.xml`)
    expect(authorFeed.title).toContain(author.name)
    expect(authorFeed.items.map((item) => item.title)).toContain(article.title)
    const corrections = await parser.parseURL(`${siteUrl}/rattelser/rss.xml`)
    expect(corrections.title).toContain('Rättelser')
    expect(corrections.items.length).toBeGreaterThan(0)
    for (const item of corrections.items) {
      expect(item.title).toMatch(/^Rättelse: /)
      expect(item.link).toMatch(/\/artikel\/[^/]+\/#rattelser-rubrik$/)
      expect(item.contentSnippet?.length).toBeGreaterThan(5)
    }
    // Each page names its feed for feed readers.
    expect(await html(`/amne/${SERIES.slug}/`)).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${SERIES.title} – RSS" href="/amne/${SERIES.slug}/rss.xml">`,
    )
    expect(await html('/rattelser/')).toContain('href="/rattelser/rss.xml"')
  })

  it('ends each article with its type’s statement, re-rendering only the types whose text changed', async () => {
    const news = await articleOfType('nyhet')
    const column = await articleOfType('kronika')
    const stamp = Date.now()
    const statement = `Detta är en nyhetsartikel (${stamp}). Den ska vara saklig och korrekt.`
    const before = await waitForStatus(
      publisherUrl,
      (status) => status.state === 'idle',
      publisherSecret,
    )
    const liveBefore = realRelease()
    await api('POST', 'globals/type-statements', {
      nyhet: `${statement}\n\nTidningen har en fri och självständig ställning gentemot sin ägare.`,
    })
    // The delivery the CMS sends for the global (branch cmsevents); sent here as well, so this
    // test does not depend on it. A repeated change builds the same pages.
    const body = JSON.stringify(
      delivery({ event: 'dependency', collection: 'type-statements', ids: [], slugs: [] }),
    )
    expect(
      (await postSigned(`${publisherUrl}/webhook`, body, { secret: publisherSecret })).status,
    ).toBe(202)
    await nextRelease(before)

    const page = await html(`/artikel/${news.slug}/`)
    const foot = page.slice(page.indexOf('<footer class="page-foot"'))
    expect(foot).toContain(`<p class="meta">${statement}</p>`)
    expect(foot).toContain(
      '<p class="meta">Tidningen har en fri och självständig ställning gentemot sin ägare.</p>',
    )
    expect(await html(`/artikel/${column.slug}/`)).not.toContain(statement)
    // The column's page was not rendered again: the new release links the very same file.
    const file = (release: string, slug: string) =>
      path.join(release, 'artikel', slug, 'index.html')
    expect(statSync(file(realRelease(), column.slug)).ino).toBe(
      statSync(file(liveBefore, column.slug)).ino,
    )
    expect(statSync(file(realRelease(), news.slug)).ino).not.toBe(
      statSync(file(liveBefore, news.slug)).ino,
    )
  })

  it('shows the author’s photo on the author’s page through the image pipeline', async () => {
    const { docs } = await api<{ docs: { id: string; slug: string; name: string }[] }>(
      'GET',
      'authors?depth=0&limit=1&sort=name',
    )
    const author = docs[0]!
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await createIllustration(4711))], { type: 'image/png' }),
      'portratt.png',
    )
    form.append('_payload', JSON.stringify({ alt: `Porträtt av ${author.name}` }))
    const uploaded = await fetch(`${cmsUrl}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc: media } = (await uploaded.json()) as { doc: { id: string } }
    const before = await getStatus(publisherUrl, publisherSecret)
    await api('PATCH', `authors/${author.id}`, { photo: media.id })
    await expect
      .poll(
        async () =>
          (await fetch(`${siteUrl}/skribent/${author.slug}/`).then((r) => r.text())).includes(
            'class="author-photo"',
          ),
        {
          timeout: 120_000,
          interval: 500,
        },
      )
      .toBe(true)
    expect((await getStatus(publisherUrl, publisherSecret)).builds).toBeGreaterThan(before.builds)
    const page = await html(`/skribent/${author.slug}/`)
    const photo = page.slice(page.indexOf('class="author-photo"'))
    // Built into the site as WebP by the image pipeline, never linked from the CMS.
    expect(photo).toMatch(
      /<img[^>]+src="\/_astro\/[^"]+\.webp"[^>]*alt="Porträtt av [^"]+"|<img[^>]+alt="Porträtt av [^"]+"[^>]+src="\/_astro\/[^"]+\.webp"/,
    )
    expect(photo).not.toContain(cmsUrl)
  })
})

function realRelease(): string {
  const { liveLink } = siteDataFolder(dataDir)
  return path.resolve(path.dirname(liveLink), readlinkSync(liveLink))
}
