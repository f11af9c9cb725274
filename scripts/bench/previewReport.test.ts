import { describe, expect, it } from 'vitest'

import { formatPreviewReport, percentile } from './previewReport'

describe('the preview benchmark report', () => {
  it('takes the nearest-rank percentile', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => (index + 1) * 100)
    expect(percentile(twenty, 95)).toBe(1900)
    expect(percentile(twenty, 50)).toBe(1000)
    expect(percentile([5], 95)).toBe(5)
    expect(percentile([300, 100, 200], 100)).toBe(300)
  })

  it('prints median, p95 and max beside the publishes of the same run, with the goals', () => {
    const previews = Array.from({ length: 20 }, (_, index) => ({
      saveMs: 50,
      previewMs: index === 19 ? 2500 : 400 + index * 10,
      renderMs: 200,
    }))
    const report = formatPreviewReport({
      articles: 1000,
      route: 'POST /preview',
      previews,
      publishLiveMs: [1500, 1700, 1600],
      load: [1, 2],
    })
    expect(report).toContain('save → preview HTML      median 0.495 s, p95 0.580 s, max 2.500 s')
    expect(report).toContain('build server render      median 0.200 s')
    expect(report).toContain('publish → live (same run) median 1.600 s')
    expect(report).toContain('median save → preview ≤ 1 s   met (0.495 s)')
    expect(report).toContain('p95 save → preview ≤ 2 s      met (0.580 s)')
  })
})
