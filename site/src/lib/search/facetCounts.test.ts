import { describe, expect, it } from 'vitest'

import {
  activeFilters,
  currentHits,
  type Choice,
  daysInRange,
  filterQuery,
  quickRanges,
  rangeCount,
  shiftDay,
  sumCounts,
  withoutResults,
} from './facetCounts'
import type { FilterValues } from './shardInfo'

const choice = (values: Record<string, string>, from = '', to = ''): Choice => ({
  values,
  from,
  to,
})
const DAYS = ['2026-11-30', '2025-01-02', '2026-12-01', '2026-06-15']

describe('the Pagefind query for what the reader chose', () => {
  it('has the chosen values and leaves out the empty ones', () => {
    expect(
      filterQuery(choice({ kategori: 'Debatt', typ: '', serie: 'Tillit, i praktiken' }), []),
    ).toEqual({
      kategori: 'Debatt',
      serie: 'Tillit, i praktiken',
    })
  })

  it('asks for any day of a date range on which something was published, in order', () => {
    expect(filterQuery(choice({}, '2026-06-01', '2026-11-30'), DAYS)).toEqual({
      dag: { any: ['2026-06-15', '2026-11-30'] },
    })
    expect(filterQuery(choice({}, '2026-06-01'), DAYS).dag).toEqual({
      any: ['2026-06-15', '2026-11-30', '2026-12-01'],
    })
    expect(filterQuery(choice({}, '', '2025-12-31'), DAYS).dag).toEqual({ any: ['2025-01-02'] })
  })

  it('finds nothing for a range without a published day, rather than everything', () => {
    expect(filterQuery(choice({}, '2024-01-01', '2024-12-31'), DAYS)).toEqual({
      dag: { any: ['0000-00-00'] },
    })
  })

  it('leaves out one filter to count its options, the date range too', () => {
    const chosen = choice({ kategori: 'Debatt', typ: 'Replik' }, '2026-01-01', '2026-12-31')
    expect(filterQuery(chosen, DAYS, 'kategori')).toEqual({
      typ: 'Replik',
      dag: { any: ['2026-06-15', '2026-11-30', '2026-12-01'] },
    })
    expect(filterQuery(chosen, DAYS, 'dag')).toEqual({ kategori: 'Debatt', typ: 'Replik' })
    expect(activeFilters(chosen)).toEqual(['kategori', 'typ', 'dag'])
    expect(activeFilters(choice({ kategori: '' }))).toEqual([])
  })
})

describe('counting the options across shards', () => {
  it('adds up the shards, value by value', () => {
    expect(
      sumCounts([
        { kategori: { Debatt: 2, Nyheter: 0 } },
        { kategori: { Debatt: 1, Nyheter: 3 }, typ: { Replik: 1 } },
        {},
      ]),
    ).toEqual({ kategori: { Debatt: 3, Nyheter: 3 }, typ: { Replik: 1 } })
  })

  it('takes the replaced archive results off, without going below zero or adding values', () => {
    const counts = { kategori: { Debatt: 2, Nyheter: 1 }, skribent: { 'Anna Berg': 1 } }
    const left: FilterValues[] = [
      { kategori: ['Debatt'], skribent: ['Anna Berg', 'Okänd'] },
      { kategori: ['Nyheter'] },
      { kategori: ['Nyheter'] },
    ]
    expect(withoutResults(counts, left)).toEqual({
      kategori: { Debatt: 1, Nyheter: 0 },
      skribent: { 'Anna Berg': 0 },
    })
    // The counts it was given are left as they were.
    expect(counts.kategori.Debatt).toBe(2)
  })

  it("leaves an archive shard's replaced results out of its results and its counts", () => {
    const response = {
      results: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      filters: { kategori: { Debatt: 2, Nyheter: 1 }, serie: { Tillit: 1 } },
    }
    const replaced = {
      b: { kategori: ['Debatt'], serie: ['Tillit'] },
      gone: { kategori: ['Nyheter'] },
    }
    expect(currentHits(response, replaced)).toEqual({
      results: [{ id: 'a' }, { id: 'c' }],
      counts: { kategori: { Debatt: 1, Nyheter: 1 }, serie: { Tillit: 0 } },
    })
    // The recent shard's results are never replaced, even under an id the archive has too.
    expect(currentHits(response, null)).toEqual({
      results: response.results,
      counts: response.filters,
    })
  })

  it('counts a date range from the day counts', () => {
    const days = { '2026-11-30': 2, '2026-12-01': 1, '2025-01-02': 4 }
    expect(rangeCount(days, '2026-11-25', '2026-12-01')).toBe(3)
    expect(rangeCount(days, '', '')).toBe(7)
    expect(rangeCount(days, '2027-01-01', '2027-12-31')).toBe(0)
  })

  it('takes the days of a range in order, from and to included', () => {
    expect(daysInRange(DAYS, '2026-11-30', '2026-12-01')).toEqual(['2026-11-30', '2026-12-01'])
  })
})

describe('the quick date ranges', () => {
  it('end today and start a week, a month and a year back, today included', () => {
    expect(quickRanges('2026-12-04')).toEqual({
      vecka: { from: '2026-11-28', to: '2026-12-04' },
      manad: { from: '2026-11-05', to: '2026-12-04' },
      ar: { from: '2025-12-05', to: '2026-12-04' },
    })
  })

  it('cross months, years and leap days', () => {
    expect(shiftDay('2026-03-31', { months: -1 })).toBe('2026-02-28')
    expect(shiftDay('2024-03-31', { months: -1 })).toBe('2024-02-29')
    expect(shiftDay('2024-02-29', { years: -1 })).toBe('2023-02-28')
    expect(shiftDay('2026-01-03', { days: -6 })).toBe('2025-12-28')
    expect(shiftDay('2026-01-15', { months: -1 })).toBe('2025-12-15')
    expect(quickRanges('2026-03-31').manad).toEqual({ from: '2026-03-01', to: '2026-03-31' })
  })
})
