import type { APIRoute } from 'astro'

import { getNewsroom } from '../lib/cms'
import { selectPages } from '../lib/pageKeys'
import { sitemapEntries, sitemapXml, URLS_PER_SITEMAP, type SitemapEntry } from '../lib/sitemap'

export async function getStaticPaths() {
  const entries = sitemapEntries(await getNewsroom())
  const chunks = Math.max(1, Math.ceil(entries.length / URLS_PER_SITEMAP))
  const pages = Array.from({ length: chunks }, (_, index) => ({
    params: { index: String(index) },
    props: { entries: entries.slice(index * URLS_PER_SITEMAP, (index + 1) * URLS_PER_SITEMAP) },
  }))
  return selectPages('sitemap', pages, {
    pathOf: (page) => `/sitemap-${page.params.index}.xml`,
    shared: null,
  })
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(sitemapXml((props as { entries: SitemapEntry[] }).entries, site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
