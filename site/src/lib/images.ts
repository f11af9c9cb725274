import type { Media } from '@redaktion/content-schemas/payload-types'
import { getImage } from 'astro:assets'

import { mediaFileUrl } from './cms'

/** A WebP of the media, made by the build into the site itself (never linked from the CMS). */
export async function optimizedImage(
  media: Media,
  width: number,
): Promise<{ src: string; width: number; height: number } | null> {
  const src = mediaFileUrl(media)
  if (!src || !media.width || !media.height) return null
  const targetWidth = Math.min(width, media.width)
  const targetHeight = Math.round((media.height / media.width) * targetWidth)
  const image = await getImage({ src, width: targetWidth, height: targetHeight, format: 'webp' })
  return { src: image.src, width: targetWidth, height: targetHeight }
}
