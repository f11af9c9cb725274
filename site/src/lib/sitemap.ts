// The XML sitemap, written from the newsroom rather than from the pages a build rendered
// (an incremental build renders only a few of them; @astrojs/sitemap would list only those).
import {
  archiveIndexEntries,
  archiveMonthEntries,
  archiveMonthPagePath,
  type ArchiveKind,
} from './archives'
import type { Newsroom } from './cms'
import { eventPath } from './eventsPages'
import { sameItems } from './pageKeys'
import { articlePath } from './paths'

/** Google's limit is 50,000 URLs per sitemap file. */
export const URLS_PER_SITEMAP = 45_000

export interface SitemapEntry {
  path: string
  lastmod?: string
}

// Every page without a parameter in its route, found from the files themselves.
const staticPageFiles = Object.keys(import.meta.glob('../pages/**/*.{astro,mdx}'))

/** `../pages/debatt/skicka-in.astro` → `/debatt/skicka-in/`; null for dynamic routes and 404. */
export function staticPagePath(file: string): string | null {
  const route = file.replace(/^\.\.\/pages\//, '').replace(/\.(astro|mdx)$/, '')
  if (route.includes('[') || route === '404') return null
  const withoutIndex = route === 'index' ? '' : route.replace(/\/index$/, '')
  return withoutIndex ? `/${withoutIndex}/` : '/'
}

const ARCHIVE_KINDS: ArchiveKind[] = ['category', 'topic', 'author']

/** One file of the sitemap: `/sitemap-<name>.xml`. */
export interface SitemapFile {
  name: string
  entries: SitemapEntry[]
}

/** `entries` as files of at most `size` URLs: `name`, then `name-2`, `name-3` … */
export function splitSitemap(name: string, entries: SitemapEntry[], size = URLS_PER_SITEMAP) {
  const files: SitemapFile[] = []
  for (let start = 0; start === 0 || start < entries.length; start += size)
    files.push({
      name: start === 0 ? name : `${name}-${start / size + 1}`,
      entries: entries.slice(start, start + size),
    })
  return files
}

/**
 * Articles by the year they were published (UTC), newest year first, each year in its own
 * files (`artiklar-2026`): a publish or an edit changes one year's file, not the whole sitemap.
 */
export function articleSitemaps(
  articles: SitemapArticle[],
  size = URLS_PER_SITEMAP,
): SitemapFile[] {
  const byYear = new Map<string, SitemapArticle[]>()
  for (const article of articles) {
    const year = article.publishedAt.slice(0, 4)
    const list = byYear.get(year)
    if (list) list.push(article)
    else byYear.set(year, [article])
  }
  const files = [...byYear]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .flatMap(([year, list]) => {
      const last = lastYears.get(year)
      // The very same articles as in the last build (a publish changes one year): the same
      // files, which their pages' keys then compare at a glance.
      if (last && last.size === size && sameItems(last.articles, list)) return last.files
      const files = splitSitemap(
        `artiklar-${year}`,
        list.map((article) => ({ path: articlePath(article.slug), lastmod: article.updatedAt })),
        size,
      )
      lastYears.set(year, { articles: list, size, files })
      return files
    })
  for (const year of lastYears.keys()) if (!byYear.has(year)) lastYears.delete(year)
  return files
}

/** What an article's sitemap entry is made of. */
type SitemapArticle = { slug: string; publishedAt: string; updatedAt: string }

/** Each year's articles and files, as the last build of this process made them. */
const lastYears = new Map<
  string,
  { articles: SitemapArticle[]; size: number; files: SitemapFile[] }
>()

/**
 * Every file of the sitemap, of every indexable page (redirect pages are not): `sidor` with the
 * static pages and the archives, `evenemang` with the event pages, then the articles by year.
 */
export function sitemapFiles(newsroom: Newsroom): SitemapFile[] {
  const statics = staticPageFiles.flatMap((file) => staticPagePath(file) ?? []).sort()
  const archives = ARCHIVE_KINDS.flatMap((kind) => [
    ...archiveIndexEntries(newsroom, kind).map(({ props }) => ({ path: props.archive.base })),
    ...archiveMonthEntries(newsroom, kind).map((entry) => ({ path: archiveMonthPagePath(entry) })),
  ])
  return [
    ...splitSitemap('sidor', [...statics.map((path) => ({ path })), ...archives]),
    ...(newsroom.events.length
      ? splitSitemap(
          'evenemang',
          newsroom.events.map((event) => ({
            path: eventPath(event.slug),
            lastmod: event.updatedAt,
          })),
        )
      : []),
    ...articleSitemaps(newsroom.articles),
  ]
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function sitemapXml(entries: SitemapEntry[], site: URL): string {
  const urls = entries.map(
    ({ path, lastmod }) =>
      `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(names: string[], site: URL): string {
  const maps = names.map(
    (name) =>
      `<sitemap><loc>${escapeXml(new URL(`/sitemap-${name}.xml`, site).href)}</loc></sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join('\n')}\n</sitemapindex>\n`
}
