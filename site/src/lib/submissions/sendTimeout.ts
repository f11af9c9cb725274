/** How long an answer may take when nothing large is sent. */
const BASE_TIMEOUT_MS = 30_000
/** A slow upload (about 1 Mbit/s): files must not be cut off while they are still on their way. */
const SLOW_UPLOAD_BYTES_PER_MS = 125

/**
 * How long to wait for the CMS before treating a send as failed (the text stays, the reader can
 * try again). Grows with the files, so that a large attachment on a slow line is not aborted
 * half-way on every attempt.
 */
export function sendTimeoutMs(files: readonly { size: number }[]): number {
  const bytes = files.reduce((total, file) => total + file.size, 0)
  return BASE_TIMEOUT_MS + Math.ceil(bytes / SLOW_UPLOAD_BYTES_PER_MS)
}
