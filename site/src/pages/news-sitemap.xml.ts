import type { APIRoute } from 'astro'

import { PUBLISHER } from '../consts'
import { getNewsroom } from '../lib/cms'
import { articlePath } from '../lib/paths'

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Google News sitemap: the articles published in the last two days. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getNewsroom()
  const since = Date.now() - TWO_DAYS_MS
  // Newest first: the articles of the last two days are the list's head.
  const recent = articles.findIndex((article) => Date.parse(article.publishedAt) < since)
  const entries = articles.slice(0, recent < 0 ? articles.length : recent).map(
    (article) => `  <url>
    <loc>${escapeXml(new URL(articlePath(article.slug), site).href)}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(PUBLISHER)}</news:name><news:language>sv</news:language></news:publication>
      <news:publication_date>${article.publishedAt}</news:publication_date>
      <news:title>${escapeXml(article.title)}</news:title>
    </news:news>
  </url>`,
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries.join('\n')}
</urlset>
`
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
