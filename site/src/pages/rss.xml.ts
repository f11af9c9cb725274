import type { APIRoute } from 'astro'

import { SITE_DESCRIPTION, SITE_TITLE } from '../consts'
import { getNewsroom } from '../lib/cms'
import { articleFeed } from '../lib/feeds'

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getNewsroom()
  return articleFeed({ title: SITE_TITLE, description: SITE_DESCRIPTION, site: site!, articles })
}
