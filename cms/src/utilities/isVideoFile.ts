import { fileTypeFromBuffer } from 'file-type'

const VIDEO_TYPES = new Set(['video/mp4', 'video/webm'])

/**
 * The container the bytes really are (file-type reads the MP4 `ftyp` box and the WebM EBML
 * header), whatever the file is called; undefined for anything but MP4 and WebM.
 */
export async function videoContainerOf(
  bytes: Uint8Array,
): Promise<'video/mp4' | 'video/webm' | undefined> {
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined)
  return type && VIDEO_TYPES.has(type.mime) ? (type.mime as 'video/mp4' | 'video/webm') : undefined
}
