// Event times as Swedish readers write them, in Stockholm time: "31 maj 14.00–14.45".
import type { Document, Video } from '@redaktion/content-schemas/payload-types'

const TIME_ZONE = 'Europe/Stockholm'

const partsFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
})

interface StockholmTime {
  day: string
  month: string
  year: string
  time: string
}

function stockholmParts(iso: string): StockholmTime {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  )
  return {
    day: parts.day!,
    month: parts.month!,
    year: parts.year!,
    time: `${parts.hour}.${parts.minute}`,
  }
}

/**
 * "31 maj 14.00–14.45" (with `withYear`: "31 maj 2026 14.00–14.45"); across days
 * "31 maj 14.00 – 1 juni 12.00", across years always with the years.
 */
export function formatEventTime(startsAt: string, endsAt: string, withYear = true): string {
  const start = stockholmParts(startsAt)
  const end = stockholmParts(endsAt)
  const crossesYear = start.year !== end.year
  const date = (time: StockholmTime) =>
    `${time.day} ${time.month}${withYear || crossesYear ? ` ${time.year}` : ''}`
  if (start.day === end.day && start.month === end.month && !crossesYear)
    return `${date(start)} ${start.time}–${end.time}`
  return `${date(start)} ${start.time} – ${date(end)} ${end.time}`
}

const KIB = 1024
const MIB = 1024 * 1024
const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 })

/**
 * "2,1 MB", "340 kB", "900 byte": binary units with a Swedish decimal comma, as the CMS labels
 * its documents (content-schemas' documents.ts on the CMS side, which should replace this
 * once both are on one branch).
 */
export function formatFileSize(bytes: number): string {
  if (bytes >= MIB) return `${oneDecimal.format(Math.round((bytes / MIB) * 10) / 10)} MB`
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} kB`
  return `${bytes} byte`
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'video/mp4': 'MP4',
  'video/webm': 'WebM',
}

/** "PDF, 2,1 MB": the type and size shown beside a file's title. */
export function fileFacts(file: Pick<Document | Video, 'mimeType' | 'filesize'>): string {
  const type = TYPE_LABELS[file.mimeType ?? ''] ?? 'fil'
  return file.filesize ? `${type}, ${formatFileSize(file.filesize)}` : type
}

/** "31 maj 2026 14.00": one moment, e.g. where a moved event was first to start. */
export function formatEventStart(iso: string): string {
  const time = stockholmParts(iso)
  return `${time.day} ${time.month} ${time.year} ${time.time}`
}
