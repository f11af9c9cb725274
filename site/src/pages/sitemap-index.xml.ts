import type { APIRoute } from 'astro'

import { getNewsroom } from '../lib/cms'
import { sitemapFiles, sitemapIndexXml } from '../lib/sitemap'

export const GET: APIRoute = async ({ site }) => {
  const names = sitemapFiles(await getNewsroom()).map((file) => file.name)
  return new Response(sitemapIndexXml(names, site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
