import type { APIRoute } from 'astro'

import { getNewsroom } from '../lib/cms'
import { sitemapEntries, sitemapIndexXml, URLS_PER_SITEMAP } from '../lib/sitemap'

export const GET: APIRoute = async ({ site }) => {
  const count = Math.max(
    1,
    Math.ceil(sitemapEntries(await getNewsroom()).length / URLS_PER_SITEMAP),
  )
  return new Response(sitemapIndexXml(count, site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
