import { TZDate } from '@date-fns/tz'

const DAY = 24 * 60 * 60 * 1000
const TIME_ZONE = 'Europe/Stockholm'

/**
 * The instant of a Stockholm clock time (`'14:00'`) on the day `inDays` after `now` (Stockholm
 * calendar days), so a demo session starts at 14.00 local time in summer and winter alike.
 */
export function stockholmInstant(now: Date, inDays: number, clock: string): Date {
  const match = /^(\d\d):(\d\d)$/.exec(clock)
  if (!match) throw new Error(`A demo event's time must be HH:MM, not "${clock}"`)
  // Noon of the day, well away from a daylight-saving change at night.
  const day = new TZDate(now.getTime() + inDays * DAY, TIME_ZONE)
  const at = new TZDate(
    day.getFullYear(),
    day.getMonth(),
    day.getDate(),
    Number(match[1]),
    Number(match[2]),
    0,
    TIME_ZONE,
  )
  return new Date(at.getTime())
}
