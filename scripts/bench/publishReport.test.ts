import { describe, expect, it } from 'vitest'

import { formatReport, type FullBuild, type PublishTiming } from './publishReport'

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
})
