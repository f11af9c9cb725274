import type { APIRoute } from 'astro'

import { getNewsroom } from '../lib/cms'
import { selectPages } from '../lib/pageKeys'
import { sitemapFiles, sitemapXml, type SitemapEntry } from '../lib/sitemap'

export async function getStaticPaths() {
  const pages = sitemapFiles(await getNewsroom()).map(({ name, entries }) => ({
    params: { name },
    props: { entries },
  }))
  return selectPages('sitemap', pages, {
    pathOf: (page) => `/sitemap-${page.params.name}.xml`,
    shared: null,
  })
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(sitemapXml((props as { entries: SitemapEntry[] }).entries, site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
