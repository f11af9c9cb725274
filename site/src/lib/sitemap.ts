// The XML sitemap, written from the newsroom rather than from the pages a build rendered
// (an incremental build renders only a few of them; @astrojs/sitemap would list only those).
import {
  archiveIndexEntries,
  archiveMonthEntries,
  archiveMonthPagePath,
  type ArchiveKind,
} from './archives'
import type { Newsroom } from './cms'
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

/** Every indexable page of the site (redirect pages are not), static pages first. */
export function sitemapEntries(newsroom: Newsroom): SitemapEntry[] {
  const statics = staticPageFiles.flatMap((file) => staticPagePath(file) ?? []).sort()
  const archives = ARCHIVE_KINDS.flatMap((kind) => [
    ...archiveIndexEntries(newsroom, kind).map(({ props }) => ({ path: props.archive.base })),
    ...archiveMonthEntries(newsroom, kind).map((entry) => ({ path: archiveMonthPagePath(entry) })),
  ])
  return [
    ...statics.map((path) => ({ path })),
    ...newsroom.articles.map((article) => ({
      path: articlePath(article.slug),
      lastmod: article.updatedAt,
    })),
    ...archives,
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

export function sitemapIndexXml(count: number, site: URL): string {
  const maps = Array.from(
    { length: count },
    (_, index) =>
      `<sitemap><loc>${escapeXml(new URL(`/sitemap-${index}.xml`, site).href)}</loc></sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join('\n')}\n</sitemapindex>\n`
}
