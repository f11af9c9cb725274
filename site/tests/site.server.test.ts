import { readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { HtmlValidate } from 'html-validate'
import { LinkChecker } from 'linkinator'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@redaktion/content-schemas/slugify'

import { debattFlytt } from '../../scripts/src/seed/articles/debattFlytt'
import { debattTillit } from '../../scripts/src/seed/articles/debattTillit'
import { replikFlytt } from '../../scripts/src/seed/articles/replikFlytt'
import { slutreplikFlytt } from '../../scripts/src/seed/articles/slutreplikFlytt'
import { getJson } from '../../scripts/tests/helpers/restClient'
import { createSiteHandler } from '../serve/serveSite'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { builtPages, distDir, jsonLdOf } from './helpers/builtPages'

const { cmsUrl } = serverContext()
// The pinned release (see builtPages), served by npm start's handler: a publish by another test
// switching `live` halfway through a crawl would otherwise mix two releases.
const pinnedServer = createServer(createSiteHandler(distDir))
let siteUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => pinnedServer.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(pinnedServer.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => pinnedServer.close(() => resolve())))
// Demo articles with known features (scripts/src/seed/articles/).
const CORRECTED = 'handlaggare-pa-forsakringskassan-vi-hinner-inte-gora-ratt-fran-borjan'

/** The "Debatten" box of an article page, or '' when it has none. */
function debateBoxOf(html: string): string {
  return html.match(/<section class="debate-chain"[\s\S]*?<\/section>/)?.[0] ?? ''
}

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${siteUrl}${path}`)
  return { status: response.status, html: await response.text() }
}

interface ArticleSummary {
  slug: string
  title: string
  publishedAt: string
}

/** The newest articles the site was built from (other server tests publish more later). */
async function newestArticles(limit: number): Promise<ArticleSummary[]> {
  const builtAt = statSync(path.join(distDir, 'index.html')).mtime.toISOString()
  const response = await fetch(
    `${cmsUrl}/api/articles?limit=${limit}&depth=0&sort=-publishedAt&where[publishedAt][less_than]=${builtAt}`,
  )
  return ((await response.json()) as { docs: ArticleSummary[] }).docs
}

describe('the built news site', () => {
  it('renders the home page with the newest articles, in Swedish', async () => {
    const { status, html } = await page('/')
    expect(status).toBe(200)
    expect(html).toContain('<html lang="sv"')
    expect(html).toContain('Senaste nytt')
    const [newest] = await newestArticles(3)
    expect(html).toContain(`/artikel/${newest!.slug}/`)
  })

  it('renders an article with byline, dates, hero, correction, related articles and JSON-LD', async () => {
    const { status, html } = await page(`/artikel/${CORRECTED}/`)
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>Handläggare på Försäkringskassan/)
    expect(html).toMatch(/Av <a href="\/skribent\/[a-z-]+\/" rel="author">/)
    expect(html).toMatch(/<time datetime="\d{4}-\d\d-\d\dT/)
    expect(html).toMatch(/<picture>[\s\S]*?type="image\/avif"/)
    expect(html).toContain('Rättelse')
    expect(html).toContain('Du kanske också är intresserad av')
    expect(html).toContain('id="lasarformular"')
    const [article] = jsonLdOf(html)
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: expect.stringContaining('Handläggare på Försäkringskassan'),
    })
    expect(
      (article!.author as { name: string }[]).map((author) => author.name).length,
    ).toBeGreaterThan(0)
    expect((article!.correction as { text: string }[])[0]?.text).toMatch(/tidigare version|Rätt/)
  })

  it('ends each article of the demo debate with the whole chain in date order, closed', async () => {
    const chain = [debattFlytt, replikFlytt, slutreplikFlytt].map((demo) => slugify(demo.title))
    for (const slug of chain) {
      const box = debateBoxOf((await page(`/artikel/${slug}/`)).html)
      const links = [...box.matchAll(/<a href="\/artikel\/([^/]+)\/"( aria-current="page")?/g)]
      expect(links.map(([, linked, current]) => [linked, Boolean(current)])).toEqual(
        chain.map((member) => [member, member === slug]),
      )
      expect(box).toContain('Slutreplik')
      expect(box).toContain('Debatten är avslutad.')
      expect(box).not.toContain('Skriv en replik')
    }
  })

  it('offers "Skriv en replik" on an open debate, linking to the debate form with its id', async () => {
    const slug = slugify(debattTillit.title)
    const { body } = await getJson(`${cmsUrl}/api/articles?where[slug][equals]=${slug}&depth=0`)
    const { docs } = body
    const box = debateBoxOf((await page(`/artikel/${slug}/`)).html)
    expect(box).toContain(`href="/debatt/skicka-in/?replik=${docs[0]!.id}&amp;rubrik=`)
    expect(box).toContain('>Skriv en replik</a>')
  })

  it('paginates category, topic and author archives by month', async () => {
    const category = await page('/kategori/myndigheter/')
    expect(category.status).toBe(200)
    const monthLink = /href="(\/kategori\/myndigheter\/\d{4}\/\d\d\/)"/.exec(category.html)?.[1]
    expect(monthLink).toBeDefined()
    const month = await page(monthLink!)
    expect(month.status).toBe(200)
    expect(month.html).toContain('/artikel/')
    const { body: authors } = await getJson(`${cmsUrl}/api/authors?limit=1&depth=0&sort=name`)
    const authorSlug = (authors.docs[0] as unknown as { slug: string }).slug
    expect((await page(`/skribent/${authorSlug}/`)).status).toBe(200)
    expect((await page('/amne/tillitsreformen/')).status).toBe(200)
  })

  it('lists published corrections on /rattelser/ and answers unknown paths with the Swedish 404 page', async () => {
    expect((await page('/rattelser/')).html).toContain(`/artikel/${CORRECTED}/`)
    const missing = await page('/finns-inte/')
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('Sidan hittades inte')
  })

  it('keeps an old article address working: a redirect page and a _redirects line', async () => {
    // The oldest redirect is the seeded one; later tests may add redirects after this build.
    const response = await fetch(`${cmsUrl}/api/redirects?depth=1&limit=1&sort=createdAt`)
    const [redirect] = (
      (await response.json()) as { docs: { from: string; to: { slug: string } }[] }
    ).docs
    const target = `/artikel/${redirect!.to.slug}/`
    const old = await page(`/artikel/${redirect!.from}/`)
    expect(old.status).toBe(200)
    expect(old.html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`)
    expect(old.html).toContain(
      `<link rel="canonical" href="${serverContext().siteUrl.replace('127.0.0.1', 'localhost')}${target}">`,
    )
    expect(readFileSync(path.join(distDir, '_redirects'), 'utf8')).toContain(
      `/artikel/${redirect!.from}/ ${target} 301`,
    )
  })

  it('serves the editorial pages written in MDX', async () => {
    for (const path of [
      '/om-oss/',
      '/tipsa-oss-sakert/',
      '/integritetspolicy/',
      '/rattelsepolicy/',
      '/tillganglighet/',
    ]) {
      const { status, html } = await page(path)
      expect(status, path).toBe(200)
      expect(html).toMatch(/<h1>[^<]+<\/h1>/)
    }
  })

  it('passes html-validate with no errors on every built page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Headlines are long by nature; the title element carries the full headline.
      rules: { 'long-title': 'off' },
    })
    const problems: string[] = []
    for (const [file, html] of builtPages()) {
      const report = await validator.validateString(html, file)
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line} ${message.ruleId} ${message.message}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('publishes RSS feeds that parse and list the newest articles first', async () => {
    const parser = new Parser()
    const feed = await parser.parseURL(`${siteUrl}/rss.xml`)
    const newest = await newestArticles(3)
    expect(feed.items.slice(0, 3).map((item) => item.title)).toEqual(
      newest.map((article) => article.title),
    )
    const categoryFeed = await parser.parseURL(`${siteUrl}/kategori/myndigheter/rss.xml`)
    expect(categoryFeed.items.length).toBeGreaterThan(0)
    expect(categoryFeed.title).toContain('Myndigheter')
  })

  it('publishes a sitemap and a Google News sitemap of the last two days', async () => {
    const index = await page('/sitemap-index.xml')
    expect(index.status).toBe(200)
    const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' })
    const files = (
      parser.parse(index.html) as { sitemapindex: { sitemap: { loc: string }[] } }
    ).sitemapindex.sitemap.map((entry) => new URL(entry.loc).pathname)
    expect(files[0]).toBe('/sitemap-sidor.xml')
    const listed = new Set<string>()
    for (const file of files) {
      const sitemap = await page(file)
      expect(sitemap.status, file).toBe(200)
      const { urlset } = parser.parse(sitemap.html) as { urlset: { url?: { loc: string }[] } }
      for (const url of urlset.url ?? []) listed.add(new URL(url.loc).pathname)
    }
    for (const article of await newestArticles(20))
      expect(listed).toContain(`/artikel/${article.slug}/`)
    expect(listed).toContain('/om-oss/')
    const news = await page('/news-sitemap.xml')
    const recent = (await newestArticles(50)).filter(
      (article) => Date.parse(article.publishedAt) > Date.now() - 2 * 86_400_000,
    )
    expect(recent.length).toBeGreaterThan(0)
    for (const article of recent) expect(news.html).toContain(`/artikel/${article.slug}/`)
    expect(news.html).toContain('<news:language>sv</news:language>')
  })

  it('has no broken internal links (linkinator)', async () => {
    const checker = new LinkChecker()
    const result = await checker.check({
      path: `${siteUrl}/`,
      recurse: true,
      linksToSkip: [`^(?!${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`],
      concurrency: 8,
    })
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.status} ${link.url} (from ${link.parent})`)
    expect(broken).toEqual([])
    expect(result.links.length).toBeGreaterThan(100)
  })
})
