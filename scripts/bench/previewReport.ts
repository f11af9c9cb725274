// What `npm run bench:preview` prints at the end (scripts/bench/preview.ts): each edit's time
// from the save to the preview's HTML, median, p95 and max against the goals, the build
// server's render times, and the publish-to-live figures of the same run beside them.
import { median } from './siteBuildPhases'

export const PREVIEW_GOALS = { medianSeconds: 1, p95Seconds: 2 }

/** One edit; both times count from the start of the autosave's PATCH. */
export interface PreviewTiming {
  /** The CMS answered the autosave. */
  saveMs: number
  /** The preview's HTML held the new sentence. */
  previewMs: number
  /** The build server's render time (null when the route does not say). */
  renderMs: number | null
}

/** The nearest-rank percentile: the smallest value at least `p` per cent of them do not exceed. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`
const spread = (values: number[]) =>
  `median ${seconds(median(values))}, p95 ${seconds(percentile(values, 95))}, max ${seconds(Math.max(...values))}`

export function formatPreviewReport({
  articles,
  route,
  previews,
  publishLiveMs,
  load,
}: {
  articles: number
  /** How the preview was fetched. */
  route: string
  previews: PreviewTiming[]
  /** Publish-to-live of the publishes measured in the same run. */
  publishLiveMs: number[]
  load: [number, number]
}): string {
  const lines: string[] = []
  const out = (text = '') => lines.push(text)
  const total = previews.map((timing) => timing.previewMs)
  const renders = previews.flatMap((timing) => timing.renderMs ?? [])
  out()
  out(
    `Preview benchmark: ${articles} articles, ${previews.length} edits, 127.0.0.1 (load average ${load[0].toFixed(1)} at start, ${load[1].toFixed(1)} at end)`,
  )
  out(`  preview fetched through ${route}`)
  out()
  out('      #  save answered  preview HTML  render (build server)')
  previews.forEach((timing, index) =>
    out(
      `    ${String(index + 1).padStart(3)}${seconds(timing.saveMs).padStart(15)}${seconds(timing.previewMs).padStart(14)}${(timing.renderMs === null ? '–' : seconds(timing.renderMs)).padStart(23)}`,
    ),
  )
  out()
  out(`save → preview HTML      ${spread(total)}`)
  out(`build server render      ${renders.length ? spread(renders) : 'not reported by this route'}`)
  out(`publish → live (same run) ${publishLiveMs.length ? spread(publishLiveMs) : 'not measured'}`)
  out()
  out('Goals (printed, not asserted)')
  const verdict = (isMet: boolean) => (isMet ? 'met' : 'missed')
  const medianSeconds = median(total) / 1000
  const p95Seconds = percentile(total, 95) / 1000
  out(
    `  median save → preview ≤ ${PREVIEW_GOALS.medianSeconds} s   ${verdict(medianSeconds <= PREVIEW_GOALS.medianSeconds)} (${medianSeconds.toFixed(3)} s)`,
  )
  out(
    `  p95 save → preview ≤ ${PREVIEW_GOALS.p95Seconds} s      ${verdict(p95Seconds <= PREVIEW_GOALS.p95Seconds)} (${p95Seconds.toFixed(3)} s)`,
  )
  out()
  return `${lines.join('\n')}\n`
}
