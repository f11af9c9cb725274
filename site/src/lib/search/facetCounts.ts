// The search page's filters as data: what the reader chose, the Pagefind query for it, and the
// count each option shows. Pure, so that the counting is tested without a browser.
import type { FilterValues } from './shardInfo'

/** Pagefind's filter query: a value, or any of several values (the days of a date range). */
export type FilterQuery = Record<string, string | { any: string[] }>

/** Each filter's values with how many results have them. */
export type FilterCounts = Record<string, Record<string, number>>

/** The date range filter: one value per day, 'YYYY-MM-DD' in Stockholm time. */
export const DAY_FILTER = 'dag'
/** A day no page has: the query for a date range in which no page was published. */
const NO_DAY = '0000-00-00'

/** What the reader chose: a value per select (by Pagefind filter name), and a date range. */
export interface Choice {
  values: Record<string, string>
  from: string
  to: string
}

/** The days in [from, to] on which some page was published (`days` from Pagefind's filters). */
export function daysInRange(days: string[], from: string, to: string): string[] {
  return days.filter((day) => (!from || day >= from) && (!to || day <= to)).sort()
}

export const hasRange = (choice: Choice) => Boolean(choice.from || choice.to)

/** The Pagefind query for a choice, without the filter `except` (to count its options). */
export function filterQuery(choice: Choice, days: string[], except?: string): FilterQuery {
  const query: FilterQuery = {}
  for (const [name, value] of Object.entries(choice.values))
    if (value && name !== except) query[name] = value
  if (hasRange(choice) && except !== DAY_FILTER) {
    const inRange = daysInRange(days, choice.from, choice.to)
    query[DAY_FILTER] = { any: inRange.length ? inRange : [NO_DAY] }
  }
  return query
}

/** The filters in use: each needs a search of its own to count its other options. */
export function activeFilters(choice: Choice): string[] {
  const names = Object.entries(choice.values)
    .filter(([, value]) => value)
    .map(([name]) => name)
  return hasRange(choice) ? [...names, DAY_FILTER] : names
}

/** Adds up the counts of several shards. */
export function sumCounts(counts: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {}
  for (const shard of counts)
    for (const [name, values] of Object.entries(shard))
      for (const [value, count] of Object.entries(values)) {
        const forName = (sum[name] ??= {})
        forName[value] = (forName[value] ?? 0) + count
      }
  return sum
}

/** Takes the results that are left out (replaced archive results) off the counts. */
export function withoutResults(counts: FilterCounts, left: FilterValues[]): FilterCounts {
  const result: FilterCounts = Object.fromEntries(
    Object.entries(counts).map(([name, values]) => [name, { ...values }]),
  )
  for (const filters of left)
    for (const [name, values] of Object.entries(filters))
      for (const value of values) {
        const forName = result[name]
        if (forName?.[value] !== undefined) forName[value] = Math.max(0, forName[value] - 1)
      }
  return result
}

/**
 * One shard's search response as the page counts it: an archive shard's results without those
 * the recent shard replaces, and its counts without theirs (`replaced` is null for the recent
 * shard, which replaces and is not replaced).
 */
export function currentHits<Result extends { id: string }>(
  response: { results: Result[]; filters: FilterCounts },
  replaced: Record<string, FilterValues> | null,
): { results: Result[]; counts: FilterCounts } {
  if (!replaced) return { results: response.results, counts: response.filters }
  const left = response.results.filter((result) => result.id in replaced)
  return {
    results: response.results.filter((result) => !(result.id in replaced)),
    counts: withoutResults(
      response.filters,
      left.map((result) => replaced[result.id]!),
    ),
  }
}

/** How many results a date range has: the day counts of a search without the range. */
export function rangeCount(dayCounts: Record<string, number>, from: string, to: string): number {
  return daysInRange(Object.keys(dayCounts), from, to).reduce(
    (sum, day) => sum + (dayCounts[day] ?? 0),
    0,
  )
}

/**
 * A day 'YYYY-MM-DD' moved by whole months or years, kept within its month (a month back from
 * 31 March is 28 or 29 February), then by days.
 */
export function shiftDay(day: string, by: { days?: number; months?: number; years?: number }) {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const monthIndex = (year + (by.years ?? 0)) * 12 + month - 1 + (by.months ?? 0)
  const lastOfMonth = new Date(Date.UTC(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 0))
  const kept = Math.min(date, lastOfMonth.getUTCDate())
  const shifted = new Date(
    Date.UTC(lastOfMonth.getUTCFullYear(), lastOfMonth.getUTCMonth(), kept + (by.days ?? 0)),
  )
  return shifted.toISOString().slice(0, 10)
}

/** The quick choices of a date range, each ending today (Stockholm): week, month, year. */
export function quickRanges(today: string): Record<'vecka' | 'manad' | 'ar', DayRange> {
  return {
    vecka: { from: shiftDay(today, { days: -6 }), to: today },
    manad: { from: shiftDay(today, { months: -1, days: 1 }), to: today },
    ar: { from: shiftDay(today, { years: -1, days: 1 }), to: today },
  }
}

export interface DayRange {
  from: string
  to: string
}
