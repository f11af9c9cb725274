const TIME_ZONE = 'Europe/Stockholm'

const clock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const day = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, day: 'numeric', month: 'long' })
const dayKey = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short' })

/**
 * When something happened, as the newsroom reads it: `14:02:11` today (Stockholm time), with
 * the date in front on any other day (`1 december 14:02:11`).
 */
export function stockholmTime(at: Date, now: Date = new Date()): string {
  const time = clock.format(at)
  return dayKey.format(at) === dayKey.format(now) ? time : `${day.format(at)} ${time}`
}
