import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Rejects an upload above `maxBytes` before anything is processed or stored. */
export function limitUploadSize(maxBytes: number): CollectionBeforeOperationHook {
  return ({ args, req }) => {
    if (req.file && req.file.size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024)
      throw new APIError(`Filen är för stor: högst ${megabytes} MB.`, 413, null, true)
    }
    return args
  }
}
