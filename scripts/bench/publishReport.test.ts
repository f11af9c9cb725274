import { describe, expect, it } from 'vitest'

import { unfoldIcs } from './publishEvent'
import {
  type EventTiming,
  formatComparison,
  formatReport,
  type FullBuild,
  type PublishTiming,
  type SizeRun,
} from './publishReport'

const full: FullBuild = {
  seconds: 60,
  peak: {
    peakBytes: 2048 * 1024 * 1024,
    peakAtMs: 20_000,
    processesAtPeak: [
      { pid: 2, command: '/usr/bin/node /repo/node_modules/.bin/astro build', rssBytes: 1 },
    ],
    samples: 600,
  },
  lines: [
    { seconds: 40, message: 'Astro rendered 3139 keyed pages' },
    { seconds: 58, message: 'Built /tmp/x' },
  ],
}

function publish(liveMs: number): PublishTiming {
  return {
    slug: 'a',
    restMs: 100,
    buildStartMs: 600,
    buildEndMs: liveMs - 300,
    pageMs: liveMs - 200,
    liveMs,
    searchChecks: 1,
    builds: 1,
    lines: [{ seconds: 1, message: 'Built /tmp/y' }],
  }
}

function eventPublish(liveMs: number): EventTiming {
  return { ...publish(liveMs), slug: 'e', listMs: liveMs - 150, calendarMs: liveMs - 100 }
}

describe('formatReport', () => {
  it('prints the ratio of the full rebuild to the median publish and the goals it meets', () => {
    const report = formatReport({
      articles: 1000,
      full,
      timings: [publish(2000), publish(4000), publish(3000)],
      load: [1, 2],
    })
    expect(report).toContain('median 3.00 s, max 4.00 s')
    expect(report).toContain('ratio (a) / median (b)    20.0×')
    expect(report).toMatch(/median publish-to-live ≤ 3 s +met/)
    expect(report).toMatch(/full rebuild ≥ 15× median publish +met/)
    expect(report).toContain('node astro build')
  })

  it('reports only the full rebuild, and says the memory goal is for 100,000 articles', () => {
    const report = formatReport({ articles: 1000, full, timings: [], load: [1, 2] })
    expect(report).toContain('full rebuild only')
    expect(report).not.toContain('publish-to-live')
    expect(report).toMatch(/peak ≤ 8 GB +met \(2048 MB; the goal is for 100000 articles/)
  })

  it('says missed when the median publish is too slow', () => {
    const report = formatReport({ articles: 1000, full, timings: [publish(5000)], load: [1, 2] })
    expect(report).toMatch(/median publish-to-live ≤ 3 s +missed \(5.00 s\)/)
    expect(report).toMatch(/full rebuild ≥ 15× median publish +missed \(12.0×\)/)
  })

  it('reports the event case beside the articles in one table, with its own goals', () => {
    const report = formatReport({
      articles: 1000,
      full,
      timings: [publish(2000), publish(4000), publish(3000)],
      events: [eventPublish(3300), eventPublish(2500), eventPublish(5000)],
      load: [1, 2],
    })
    expect(report).toContain('3 publishes, 3 event publishes')
    expect(report).toContain('(c) event publish-to-live')
    // Each event's row: live, page, /evenemang/, kalender.ics, REST, build.
    expect(report).toMatch(/ {4}1 +3\.30 s +3\.10 s +3\.15 s +3\.20 s +0\.10 s +2\.40 s +1\n/)
    expect(report).toMatch(/publish-to-live, both cases in this run/)
    expect(report).toMatch(/ {4}articles +3 +3\.00 s +4\.00 s\n/)
    expect(report).toMatch(/ {4}events +3 +3\.30 s +5\.00 s\n/)
    expect(report).toMatch(/median event publish-to-live ≤ 3 s +missed \(3\.30 s\)/)
    expect(report).toMatch(/event median ≤ 1\.2× article median +met \(1\.10×\)/)
  })

  it('says the event case missed when events are much slower than articles', () => {
    const report = formatReport({
      articles: 1000,
      full,
      timings: [publish(1000)],
      events: [eventPublish(2000)],
      load: [1, 2],
    })
    expect(report).toMatch(/median event publish-to-live ≤ 3 s +met \(2\.00 s\)/)
    expect(report).toMatch(/event median ≤ 1\.2× article median +missed \(2\.00×\)/)
  })

  it('leaves the event rows out when no event was published', () => {
    const report = formatReport({ articles: 1000, full, timings: [publish(2000)], load: [1, 2] })
    expect(report).not.toContain('event')
  })
})

describe('unfoldIcs', () => {
  it('joins folded lines, so a word split by the 75-octet fold is found', () => {
    expect(
      unfoldIcs('SUMMARY:Seminarium plin\r\n gbadu: allmänna\r\n\thandlingar\r\nEND:VEVENT'),
    ).toBe('SUMMARY:Seminarium plingbadu: allmännahandlingar\r\nEND:VEVENT')
  })
})

describe('formatComparison', () => {
  const run = (articles: number, liveMs: number[], fullSeconds: number): SizeRun => ({
    articles,
    full: { ...full, seconds: fullSeconds },
    timings: liveMs.map((ms) => ({
      ...publish(ms),
      lines: [
        { seconds: 0.2, message: `Newsroom loaded` },
        { seconds: 0.5, message: `Astro rendered ${articles % 7} pages and feeds` },
      ],
    })),
    events: [],
    load: [1, 1],
  })

  it('puts each size in a column, every build step in a row, and judges the largest against the smallest', () => {
    const report = formatComparison([
      run(10_000, [900, 1000, 1100], 65),
      run(100_000, [1200, 1300, 3500], 290),
    ])
    expect(report).toMatch(/publish-to-live median\s+1\.00 s\s+1\.30 s/)
    expect(report).toMatch(/publish-to-live max\s+1\.10 s\s+3\.50 s/)
    // The same step of both sizes is one row, whatever its numbers.
    expect(report).toMatch(/Astro rendered N pages and feeds\s+0\.30 s\s+0\.30 s/)
    expect(report).toMatch(/Newsroom loaded\s+0\.20 s\s+0\.20 s/)
    expect(report).toContain('median publish-to-live ≤ 1.5 s               met (1.30 s)')
    expect(report).toContain('max publish-to-live ≤ 3 s                    missed (3.50 s)')
    expect(report).toContain('median ≤ 1.5× the median at 10000            met (1.30×)')
    expect(report).toContain('full rebuild ≤ 5 min                         met (290 s)')
  })

  it('says a ratio over the goal is missed', () => {
    const report = formatComparison([run(10_000, [800], 65), run(100_000, [1400], 400)])
    expect(report).toContain('missed (1.75×)')
    expect(report).toContain('full rebuild ≤ 5 min                         missed (400 s)')
  })
})
