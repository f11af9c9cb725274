import type { APIRoute } from 'astro'

import { getNewsroom } from '../../lib/cms'
import { correctionFeed } from '../../lib/feeds'

export const GET: APIRoute = async ({ site }) => {
  const { corrections } = await getNewsroom()
  return correctionFeed({ site: site!, corrections })
}
