const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The day in Stockholm as `YYYY-MM-DD`: all that page feedback keeps of when it came. */
export function stockholmDay(at: Date): string {
  return dayFormat.format(at)
}

/** The Stockholm day `days` days before the day of `at`. */
export function stockholmDayBefore(at: Date, days: number): string {
  const [year, month, day] = stockholmDay(at).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10)
}
