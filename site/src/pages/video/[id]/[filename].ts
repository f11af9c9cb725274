import type { APIRoute } from 'astro'

import { getNewsroom } from '../../../lib/cms'
import { filePaths } from '../../../lib/eventsPages'
import { fetchCmsFile } from '../../../lib/newsroomSource'

export const getStaticPaths = async () => filePaths(await getNewsroom(), 'video')

/** The release's copy of a video: rendered (fetched) only when its upload changed. */
export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: { url: string | null; filename: string | null } }
  if (!file.url) throw new Error(`The video ${file.filename} has no file in the CMS`)
  return new Response(await fetchCmsFile(file.url))
}
