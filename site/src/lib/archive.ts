/** A month of an archive (category, topic or author), newest first. */
export interface ArchiveMonth<T> {
  year: number
  month: number
  items: T[]
}

/**
 * Groups items by the calendar month they were published in (Swedish time), newest month
 * first. Paging by month keeps every old page stable: a new article only changes the newest.
 */
export function groupByMonth<T extends { publishedAt: string }>(items: T[]): ArchiveMonth<T>[] {
  const months = new Map<string, ArchiveMonth<T>>()
  // ISO times of one format sort as plain strings (a newest-first list, as the newsroom's are,
  // is sorted already; comparing by locale took most of the time).
  const newestFirst = (a: T, b: T) =>
    a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0
  for (const item of [...items].sort(newestFirst)) {
    const [year, month] = stockholmYearMonth(item.publishedAt)
    const key = `${year}-${month}`
    const entry = months.get(key) ?? { year, month, items: [] }
    entry.items.push(item)
    months.set(key, entry)
  }
  return [...months.values()]
}

const yearMonth = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  timeZone: 'Europe/Stockholm',
})

/** Each publishing time's month, kept: an article is in several archives (formatToParts is slow). */
const monthOfTime = new Map<string, [number, number]>()

function stockholmYearMonth(iso: string): [number, number] {
  let yearAndMonth = monthOfTime.get(iso)
  if (!yearAndMonth) {
    const parts = yearMonth.formatToParts(new Date(iso))
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value)
    yearAndMonth = [value('year'), value('month')]
    monthOfTime.set(iso, yearAndMonth)
  }
  return yearAndMonth
}
