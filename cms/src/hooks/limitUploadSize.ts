import { APIError, type CollectionBeforeValidateHook } from 'payload'

/** Rejects an upload above `maxBytes` with a message that names the limit. */
export function limitUploadSize(maxBytes: number): CollectionBeforeValidateHook {
  return ({ data, req }) => {
    if (req.file && req.file.size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024)
      throw new APIError(`Filen är för stor: högst ${megabytes} MB.`, 413, null, true)
    }
    return data
  }
}
