const TIME_ZONE = 'Europe/Stockholm'

const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
})
const monthFormat = new Intl.DateTimeFormat('sv-SE', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "23 november 2026" */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso))

/** "23 november 2026 kl. 14:05" (the Swedish locale writes "kl." itself) */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso))

/** "mars 2026" */
export const formatMonth = (year: number, month: number) =>
  monthFormat.format(Date.UTC(year, month - 1, 15))

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
})

/** "2026-11-23": the day in Stockholm (search filters by it; en-CA writes ISO dates). */
export const stockholmDay = (iso: string) => dayFormat.format(new Date(iso))
