import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isWordDocument } from '../utilities/isWordDocument'

export const MAX_WORD_DOCUMENT_BYTES = 10 * 1024 * 1024

/** Accepts an upload only when its bytes are a real .docx of at most 10 MB, whatever its name. */
export const validateWordDocument: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  const file = req.file
  if (!file) {
    if (operation === 'create') throw new APIError('Bifoga ett Word-dokument (.docx).', 400, null, true)
    return data
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
  return data
}
