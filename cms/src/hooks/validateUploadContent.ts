import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { slugify } from '@redaktion/content-schemas/slugify'

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
}

export interface UploadContentRule {
  /** The MIME type the bytes really are, or undefined; may take a moment (a PDF is parsed). */
  detect: (bytes: Uint8Array) => string | undefined | Promise<string | undefined>
  maxBytes: number
  /** Used when the name folds to nothing, e.g. "dokument". */
  fallbackName: string
  messages: { missing: string; tooLarge: string; wrongType: string }
}

/**
 * Accepts an upload only when its bytes are what the collection stores and it is small enough,
 * whatever it is called, and gives it a plain ASCII name with the right extension. Runs before
 * the operation, so nothing is written when it refuses and the message is this one.
 */
export function validateUploadContent(rule: UploadContentRule): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) {
      if (operation === 'create') throw new APIError(rule.messages.missing, 400, null, true)
      return args
    }
    if (file.size > rule.maxBytes || file.data.length > rule.maxBytes) {
      throw new APIError(rule.messages.tooLarge, 413, null, true)
    }
    const mimeType = await rule.detect(file.data)
    const extension = mimeType ? EXTENSIONS[mimeType] : undefined
    if (!mimeType || !extension) throw new APIError(rule.messages.wrongType, 400, null, true)
    const base = slugify(file.name.replace(/\.[^.]*$/, '')).slice(0, 80) || rule.fallbackName
    file.name = `${base}.${extension}`
    file.mimetype = mimeType
    return args
  }
}
