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

/** What a Lexical body points at: media ids of its images and article ids of its internal links. */
export function bodyReferences(body: unknown): { mediaIds: number[]; articleIds: number[] } {
  const mediaIds: number[] = []
  const articleIds: number[] = []
  const idOf = (value: unknown) =>
    typeof value === 'object' && value ? (value as { id: unknown }).id : value
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as {
      type?: string
      relationTo?: string
      value?: unknown
      fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } }
      children?: unknown[]
      root?: unknown
    }
    if (record.type === 'upload' && record.relationTo === 'media') {
      const id = idOf(record.value)
      if (typeof id === 'number') mediaIds.push(id)
    }
    if (record.type === 'link' && record.fields?.linkType === 'internal') {
      const id = idOf(record.fields.doc?.value)
      if (typeof id === 'number') articleIds.push(id)
    }
    if (record.root) visit(record.root)
    record.children?.forEach(visit)
  }
  visit(body)
  return { mediaIds, articleIds }
}
