import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isWordDocument } from '../utilities/isWordDocument'

export const MAX_WORD_DOCUMENT_BYTES = 10 * 1024 * 1024

/**
 * Accepts an upload only when its bytes are a real .docx of at most 10 MB, whatever its name.
 * Runs before the operation, so the reader gets this message rather than a generic one.
 */
export const validateWordDocument: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create')
      throw new APIError('Bifoga ett Word-dokument (.docx).', 400, null, true)
    return args
  }
  if (file.size > MAX_WORD_DOCUMENT_BYTES || file.data.length > MAX_WORD_DOCUMENT_BYTES) {
    throw new APIError('Word-dokumentet är för stort: högst 10 MB.', 413, null, true)
  }
  if (!isWordDocument(file.data)) {
    throw new APIError(
      'Filen är inte ett Word-dokument (.docx). Spara texten som .docx och försök igen.',
      400,
      null,
      true,
    )
  }
  return args
}
