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

/** Media ids of the images placed in a Lexical body. */
export function uploadIdsIn(body: unknown): number[] {
  const ids: number[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as {
      type?: string
      relationTo?: string
      value?: unknown
      children?: unknown[]
      root?: unknown
    }
    if (record.type === 'upload' && record.relationTo === 'media') {
      const value = record.value
      const id = typeof value === 'object' && value ? (value as { id: number }).id : value
      if (typeof id === 'number') ids.push(id)
    }
    if (record.root) visit(record.root)
    record.children?.forEach(visit)
  }
  visit(body)
  return ids
}
