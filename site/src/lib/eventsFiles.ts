// Documents (PDF) and self-hosted videos are copied into the release, so the static site (a
// CDN in production) serves them itself, inline and cached like its other files, instead of
// sending readers to the CMS (which serves uploads as attachments).
import type { Id } from '@redaktion/content-schemas/ids'
import type { Document, Video } from '@redaktion/content-schemas/payload-types'

/** A file name safe in a URL path: the upload's own name, other characters as "-". */
export const safeFileName = (name: string) =>
  name.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '') || 'fil'

/** `/dokument/<id>/<filename>`: where a document is in the release. */
export const documentPath = (doc: Pick<Document, 'id' | 'filename'>) =>
  `/dokument/${encodeURIComponent(doc.id)}/${safeFileName(doc.filename ?? 'dokument.pdf')}`

/** `/video/<id>/<filename>`: where a self-hosted video is in the release. */
export const videoPath = (video: Pick<Video, 'id' | 'filename'>) =>
  `/video/${encodeURIComponent(video.id)}/${safeFileName(video.filename ?? 'video.mp4')}`

/** The uploads that published pages use, once each, in id order. */
export function usedFiles<T extends { id: Id }>(lists: T[][]): T[] {
  const byId = new Map<Id, T>()
  for (const list of lists) for (const file of list) byId.set(file.id, file)
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
