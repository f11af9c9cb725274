// How a downloadable file is named on the site and in the CMS: its title with its type and size,
// "Presentation (PDF, 2,1 MB)". The CMS computes it for its API, the site renders the same text.

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'video/mp4': 'MP4',
  'video/webm': 'WebM',
}

const KIB = 1024
const MIB = 1024 * 1024

const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 })

/** The file type as readers know it: PDF, MP4; otherwise the filename's extension in capitals. */
export function fileTypeName({
  mimeType,
  filename,
}: {
  mimeType?: string | null
  filename?: string | null
}): string | undefined {
  const known = mimeType ? TYPE_NAMES[mimeType.toLowerCase()] : undefined
  if (known) return known
  const extension = filename?.match(/\.([a-z0-9]{1,6})$/i)?.[1]
  return extension?.toUpperCase()
}

/**
 * A file size in binary units with a Swedish decimal comma: `2,1 MB`, `340 kB`, `900 byte`.
 * Megabytes get one decimal, kilobytes none (a reader only needs the order of magnitude).
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes >= MIB) return `${oneDecimal.format(Math.round((bytes / MIB) * 10) / 10)} MB`
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} kB`
  return `${bytes} byte`
}

/**
 * "Presentation (PDF, 2,1 MB)": the link text of a document. Parts that are unknown are left
 * out, so a document without a stored size still reads "Presentation (PDF)".
 */
export function documentLabel({
  title,
  mimeType,
  filename,
  filesize,
}: {
  title?: string | null
  mimeType?: string | null
  filename?: string | null
  filesize?: number | null
}): string {
  const name = title?.trim() || filename || 'Dokument'
  const details = [
    fileTypeName({ mimeType, filename }),
    typeof filesize === 'number' ? formatFileSize(filesize) : '',
  ].filter(Boolean)
  return details.length ? `${name} (${details.join(', ')})` : name
}
