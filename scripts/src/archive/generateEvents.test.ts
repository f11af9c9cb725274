import { describe, expect, it } from 'vitest'

import { generateArchiveEvents } from './generateEvents'

const options = { seed: 1, until: new Date('2026-11-01T00:00:00Z') }

describe('generateArchiveEvents', () => {
  it('is deterministic for the same seed and differs for another', () => {
    expect([...generateArchiveEvents(20, options)]).toEqual([...generateArchiveEvents(20, options)])
    const [a] = generateArchiveEvents(1, options)
    const [b] = generateArchiveEvents(1, { ...options, seed: 2 })
    expect(a?.title).not.toBe(b?.title)
  })

  it('are all past, oldest first, over five years, with unique slugs and no placeholders', () => {
    const events = [...generateArchiveEvents(200, options)]
    const until = options.until.getTime()
    expect(events.every((event) => Date.parse(event.endsAt) < until)).toBe(true)
    expect(events.every((event) => Date.parse(event.endsAt) > Date.parse(event.startsAt))).toBe(
      true,
    )
    const starts = events.map((event) => Date.parse(event.startsAt))
    expect(starts).toEqual([...starts].sort((x, y) => x - y))
    const years = new Set(starts.map((start) => new Date(start).getUTCFullYear()))
    expect(years.size).toBeGreaterThanOrEqual(5)
    expect(new Set(events.map((event) => event.slug)).size).toBe(events.length)
    expect(JSON.stringify(events)).not.toMatch(/\{\w+\}/)
    expect(events.every((event) => event.attendance === 'online' || event.venue)).toBe(true)
  })
})
