import type { APIRoute } from 'astro'

import { getNewsroom } from '../../../lib/cms'
import { archiveFeedPaths, articleFeed, type ArchiveFeedProps } from '../../../lib/feeds'

export const getStaticPaths = async () => archiveFeedPaths(await getNewsroom(), 'author')

export const GET: APIRoute = async ({ props, site }) => {
  const { title, description, articles } = props as ArchiveFeedProps
  return articleFeed({ title, description, site: site!, articles })
}
