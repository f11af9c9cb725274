import { registrationStatusOptions } from '@redaktion/content-schemas/options'
import type { Registration } from '@redaktion/content-schemas/payload-types'
import { stringify } from 'csv-stringify/sync'

export type CsvRegistration = Pick<
  Registration,
  'reference' | 'name' | 'email' | 'organisation' | 'note' | 'status' | 'createdAt'
>

const STATUS_LABELS = Object.fromEntries(
  registrationStatusOptions.map(({ value, label }) => [value, label]),
) as Record<Registration['status'], string>
const STATUS_ORDER: Registration['status'][] = ['confirmed', 'waitlisted', 'cancelled']

const received = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
})

export const CSV_COLUMNS = [
  'Status',
  'Namn',
  'E-post',
  'Organisation',
  'Kost eller tillgänglighet',
  'Anmäld',
  'Referens',
]

/**
 * An event's registrations as Swedish Excel opens them: UTF-8 with a byte-order mark (or å, ä
 * and ö come out garbled), semicolons, CRLF, the places first, then the waiting list in order,
 * then cancellations. csv-stringify quotes `;`, `"` and line breaks, and with `escape_formulas`
 * puts a `'` before any cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return, so a
 * registrant cannot smuggle a formula into the editor's spreadsheet (OWASP's CSV injection).
 */
export function registrationsCsv(registrations: CsvRegistration[]): string {
  const rows = [...registrations]
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((registration) => [
      STATUS_LABELS[registration.status],
      registration.name,
      registration.email,
      registration.organisation ?? '',
      registration.note ?? '',
      received.format(new Date(registration.createdAt)),
      registration.reference ?? '',
    ])
  return stringify([CSV_COLUMNS, ...rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
  })
}
