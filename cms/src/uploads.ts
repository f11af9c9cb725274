import { stat } from 'node:fs/promises'
import path from 'node:path'

import { APIError, type CollectionConfig } from 'payload'

type UploadConfig = Exclude<NonNullable<CollectionConfig['upload']>, boolean>

/**
 * Every stored file is served as a download the browser must not reinterpret: a tip's HTML
 * attachment or a debate piece cannot run as a page on the CMS's origin. `<img>` on the site
 * and in the admin still shows images. A collection whose bytes are checked on upload (PDF
 * documents: `custom.serveInline`) is shown inline, with its checked type and no sniffing, so
 * a link opens the browser's viewer.
 */
function asAttachment(
  upload: UploadConfig,
  isInline: boolean,
): UploadConfig['modifyResponseHeaders'] {
  return (args) => {
    const headers = upload.modifyResponseHeaders?.(args) ?? args.headers
    headers.set('Content-Disposition', isInline ? 'inline' : 'attachment')
    headers.set('X-Content-Type-Options', 'nosniff')
    return headers
  }
}

/**
 * A file that is not on disk is a 404 with a Swedish message; Payload answers it with a 500.
 * Returning nothing hands the request on to Payload, which streams the file. Payload also asks
 * a collection's handlers for "client uploads" (files already in storage, `doc` null); files
 * here arrive in the request, so that route stays closed as it was without handlers.
 */
type FileHandler = NonNullable<UploadConfig['handlers']>[number]

function missingFileHandler(staticDir: string): FileHandler {
  // Payload's type says void or Response, not a promise of either; it awaits and checks.
  const handler = async (
    _req: Parameters<FileHandler>[0],
    { doc, params: { filename } }: Parameters<FileHandler>[1],
  ): Promise<Response | void> => {
    if (doc === null) throw new APIError('Filen måste skickas med i förfrågan.', 400)
    const filePath = path.resolve(staticDir, filename)
    if (!filePath.startsWith(path.resolve(staticDir) + path.sep)) return
    const found = await stat(filePath).catch(() => null)
    if (found?.isFile()) return
    return Response.json(
      { errors: [{ message: `Filen ${filename} finns inte.` }] },
      { status: 404, headers: { 'X-Content-Type-Options': 'nosniff' } },
    )
  }
  return handler as FileHandler
}

/** Every upload collection stores its files in its own folder under the data directory. */
export function withUploadDirs(
  uploadsDir: string,
  collections: CollectionConfig[],
): CollectionConfig[] {
  return collections.map((collection) => {
    if (!collection.upload) return collection
    const upload = collection.upload === true ? {} : collection.upload
    const staticDir = path.join(uploadsDir, collection.slug)
    return {
      ...collection,
      upload: {
        ...upload,
        staticDir,
        handlers: [...(upload.handlers ?? []), missingFileHandler(staticDir)],
        modifyResponseHeaders: asAttachment(upload, collection.custom?.serveInline === true),
      },
    }
  })
}
