// What `npm run bench:publish` prints at the end (scripts/bench/publish.ts): the full rebuild
// with its memory and log, each publish with where its time went, the ratio and the goals.
import path from 'node:path'

import type { MemoryPeak } from './processGroupMemory'
import { median, medianPhases, phaseName, phasesOf, type BuildLine } from './siteBuildPhases'

export const GOALS = {
  medianPublishSeconds: 3,
  /** An event goes live as fast as an article: its median within this factor of theirs. */
  eventToArticleRatio: 1.2,
  fullToPublishRatio: 15,
  fullPeakMb: 8 * 1024,
  /** The archive size the peak-memory goal is set for. */
  fullPeakArticles: 100_000,
}

export interface FullBuild {
  /** Wall time of the whole build command. */
  seconds: number
  peak: MemoryPeak
  /** The site build's own `[site build …]` lines. */
  lines: BuildLine[]
}

/** One publish; every `…Ms` counts from the moment the REST call was made. */
export interface PublishTiming {
  slug: string
  /** The CMS answered the REST call. */
  restMs: number
  /** The publisher started the build that covers it. */
  buildStartMs: number
  /** The publisher recorded the release (after switching live and pruning old releases). */
  buildEndMs: number
  /** The static server answered 200 for the article. */
  pageMs: number
  /** The search page found the article's word: publish-to-live. */
  liveMs: number
  /** How many times the search page was loaded before it found the word. */
  searchChecks: number
  /** Builds the publisher finished meanwhile (1 unless something else was built too). */
  builds: number
  /** The incremental build's `[site build …]` lines. */
  lines: BuildLine[]
}

/** One event publish; `pageMs` is its page's first 200, `liveMs` the search finding its title. */
export interface EventTiming extends PublishTiming {
  /** /evenemang/ links to the event. */
  listMs: number
  /** /evenemang/kalender.ics has the event. */
  calendarMs: number
}

const mb = (bytes: number) => bytes / 1024 / 1024
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** A command line with directories left out of its words, short enough for one line. */
function shortCommand(command: string): string {
  return command
    .split(' ')
    .map((word) => (word.includes('/') ? path.basename(word) : word))
    .join(' ')
    .slice(0, 60)
}

function reportFullBuild(full: FullBuild, out: (text?: string) => void): void {
  const { peak } = full
  out(
    `(a) full rebuild          ${full.seconds.toFixed(1)} s, peak ${mb(peak.peakBytes).toFixed(0)} MB`,
  )
  out(
    `    peak ${(peak.peakAtMs / 1000).toFixed(1)} s in, ${peak.processesAtPeak.length} processes (${peak.samples} samples), largest: ${peak.processesAtPeak
      .slice(0, 3)
      .map((entry) => `${shortCommand(entry.command)} ${mb(entry.rssBytes).toFixed(0)} MB`)
      .join('; ')}`,
  )
  out("    the site build's log (seconds since its start, since the line before, line):")
  for (const phase of phasesOf(full.lines))
    out(
      `      ${phase.seconds.toFixed(1).padStart(7)} s ${phase.took.toFixed(1).padStart(7)} s  ${phase.message}`,
    )
  const logged = full.lines.at(-1)?.seconds ?? 0
  out(
    `      before and after its log (Node and tsx start-up, imports, exit): ${(full.seconds - logged).toFixed(1)} s`,
  )
}

function reportPublishes(timings: PublishTiming[], out: (text?: string) => void): void {
  const live = timings.map((timing) => timing.liveMs)
  const medianOf = (pick: (timing: PublishTiming) => number) => seconds(median(timings.map(pick)))
  out('(b) publish-to-live: from the REST call until the page answers 200 and /sok/ finds the word')
  out('      #      live  page 200      REST  build start  build end     build  search loads')
  timings.forEach((timing, index) => {
    const columns = [
      timing.liveMs,
      timing.pageMs,
      timing.restMs,
      timing.buildStartMs,
      timing.buildEndMs,
      timing.buildEndMs - timing.buildStartMs,
    ].map((ms, column) => seconds(ms).padStart([10, 10, 10, 13, 11, 10][column]!))
    const extraBuilds = timing.builds === 1 ? '' : `  (${timing.builds} builds)`
    out(
      `    ${String(index + 1).padStart(3)}${columns.join('')}${String(timing.searchChecks).padStart(14)}${extraBuilds}`,
    )
  })
  out(`    median ${seconds(median(live))}, max ${seconds(Math.max(...live))}`)
  out('    where the median publish spends its time:')
  out(`      ${medianOf((t) => t.restMs).padStart(9)}  the REST call`)
  out(
    `      ${medianOf((t) => t.buildStartMs - t.restMs).padStart(9)}  until the publisher starts building (the CMS's delivery, the publisher's debounce)`,
  )
  out(
    `      ${medianOf((t) => t.pageMs - t.buildStartMs).padStart(9)}  until the page answers 200 (the build, switching live, the static server)`,
  )
  out(
    `      ${medianOf((t) => t.liveMs - t.pageMs).padStart(9)}  until the search page finds the word (loading /sok/ in Chromium)`,
  )
  out(
    `    the incremental build's log (median over ${timings.length} publishes; each line's time since the line before):`,
  )
  for (const phase of medianPhases(timings.map((timing) => timing.lines)))
    out(
      `      ${seconds(phase.took * 1000).padStart(9)}  ${phase.name}${phase.count === timings.length ? '' : ` (in ${phase.count} builds)`}`,
    )
  out(
    `      ${medianOf((t) => t.buildEndMs - t.buildStartMs - (t.lines.at(-1)?.seconds ?? 0) * 1000).padStart(9)}  before and after its log (the publisher's request to the build server and its answer)`,
  )
}

function reportEvents(events: EventTiming[], out: (text?: string) => void): void {
  const live = events.map((timing) => timing.liveMs)
  out(
    '(c) event publish-to-live: from the REST call until its page, /evenemang/, kalender.ics and /sok/ have it',
  )
  out('      #      live      page  /evenemang/  kalender.ics      REST     build  search loads')
  events.forEach((timing, index) => {
    const columns = [
      timing.liveMs,
      timing.pageMs,
      timing.listMs,
      timing.calendarMs,
      timing.restMs,
      timing.buildEndMs - timing.buildStartMs,
    ].map((ms, column) => seconds(ms).padStart([10, 10, 13, 14, 10, 10][column]!))
    const extraBuilds = timing.builds === 1 ? '' : `  (${timing.builds} builds)`
    out(
      `    ${String(index + 1).padStart(3)}${columns.join('')}${String(timing.searchChecks).padStart(14)}${extraBuilds}`,
    )
  })
  out(`    median ${seconds(median(live))}, max ${seconds(Math.max(...live))}`)
}

/** Articles and events side by side: how many, median and maximum publish-to-live. */
function reportBoth(
  timings: PublishTiming[],
  events: EventTiming[],
  out: (text?: string) => void,
): void {
  out('publish-to-live, both cases in this run')
  out('    case          count     median        max')
  for (const [label, rows] of [
    ['articles', timings],
    ['events', events],
  ] as const) {
    if (!rows.length) continue
    const live = rows.map((timing) => timing.liveMs)
    out(
      `    ${label.padEnd(10)}${String(rows.length).padStart(8)}${seconds(median(live)).padStart(11)}${seconds(Math.max(...live)).padStart(11)}`,
    )
  }
}

/** The benchmark's summary: (a), (b), (c) events, their ratio and the goals. */
export function formatReport({
  articles,
  full,
  timings,
  events = [],
  load,
}: {
  articles: number
  full: FullBuild
  /** Empty when only the full rebuild ran. */
  timings: PublishTiming[]
  /** The event case; empty when none were published. */
  events?: EventTiming[]
  /** The one-minute load average at the start and at the end. */
  load: [number, number]
}): string {
  const lines: string[] = []
  const out = (text = '') => lines.push(text)
  const verdict = (isMet: boolean) => (isMet ? 'met' : 'missed')
  const peakMb = mb(full.peak.peakBytes)
  const what = timings.length
    ? `${timings.length} publishes${events.length ? `, ${events.length} event publishes` : ''}`
    : 'full rebuild only'
  out()
  out(
    `Publish benchmark: ${articles} articles, ${what}, 127.0.0.1 (load average ${load[0].toFixed(1)} at start, ${load[1].toFixed(1)} at end)`,
  )
  out()
  reportFullBuild(full, out)
  const medianLive = median(timings.map((timing) => timing.liveMs)) / 1000
  const ratio = full.seconds / medianLive
  if (timings.length) {
    out()
    reportPublishes(timings, out)
    out()
    out(`ratio (a) / median (b)    ${ratio.toFixed(1)}×`)
  }
  const medianEvent = median(events.map((timing) => timing.liveMs)) / 1000
  if (events.length) {
    out()
    reportEvents(events, out)
    out()
    reportBoth(timings, events, out)
  }
  out()
  out('Goals (printed, not asserted)')
  const goal = (label: string, isMet: boolean, measured: string) =>
    out(`  ${label.padEnd(36)} ${verdict(isMet)} (${measured})`)
  if (timings.length) {
    goal(
      `median publish-to-live ≤ ${GOALS.medianPublishSeconds} s`,
      medianLive <= GOALS.medianPublishSeconds,
      `${medianLive.toFixed(2)} s`,
    )
    goal(
      `full rebuild ≥ ${GOALS.fullToPublishRatio}× median publish`,
      ratio >= GOALS.fullToPublishRatio,
      `${ratio.toFixed(1)}×`,
    )
  }
  if (events.length) {
    goal(
      `median event publish-to-live ≤ ${GOALS.medianPublishSeconds} s`,
      medianEvent <= GOALS.medianPublishSeconds,
      `${medianEvent.toFixed(2)} s`,
    )
    if (timings.length)
      goal(
        `event median ≤ ${GOALS.eventToArticleRatio}× article median`,
        medianEvent <= GOALS.eventToArticleRatio * medianLive,
        `${(medianEvent / medianLive).toFixed(2)}×`,
      )
  }
  const otherSize =
    articles === GOALS.fullPeakArticles
      ? ''
      : `; the goal is for ${GOALS.fullPeakArticles} articles: npm run bench:publish -- --articles ${GOALS.fullPeakArticles} --full-only`
  goal(
    `full rebuild peak ≤ ${GOALS.fullPeakMb / 1024} GB`,
    peakMb <= GOALS.fullPeakMb,
    `${peakMb.toFixed(0)} MB${otherSize}`,
  )
  out()
  return `${lines.join('\n')}\n`
}

/** One archive size of a several-size run: what its own report prints, kept for the comparison. */
export interface SizeRun {
  articles: number
  full: FullBuild
  timings: PublishTiming[]
  events: EventTiming[]
  load: [number, number]
  /** The incremental-equals-full check (`--verify-max`), when it ran. */
  equivalence?: { isEqual: boolean; compared: number }
}

/** The goals of issue 18: a publish at the largest size is as fast as at the smallest. */
export const SCALE_GOALS = {
  medianPublishSeconds: 1.5,
  maxPublishSeconds: 3,
  /** The largest size's median over the smallest's. */
  medianRatio: 1.5,
  fullRebuildSeconds: 5 * 60,
}

/**
 * Several archive sizes side by side (`--articles 10000,100000`): publish-to-live median and
 * maximum, the full rebuild, every incremental build step's median, and the scaling goals
 * (largest size against smallest), printed as met or missed.
 */
export function formatComparison(runs: SizeRun[]): string {
  const lines: string[] = []
  const out = (text = '') => lines.push(text)
  const width = 12
  const cells = (values: string[]) => values.map((value) => value.padStart(width)).join('')
  const liveOf = (run: SizeRun) => run.timings.map((timing) => timing.liveMs)
  out()
  out(
    `Publish benchmark, ${runs.length} archive sizes side by side (median over each size's publishes)`,
  )
  out(`${'articles'.padEnd(58)}${cells(runs.map((run) => String(run.articles)))}`)
  const row = (label: string, value: (run: SizeRun) => string) =>
    out(`${label.padEnd(58)}${cells(runs.map(value))}`)
  row('publish-to-live median', (run) => seconds(median(liveOf(run))))
  row('publish-to-live max', (run) => seconds(Math.max(...liveOf(run))))
  row('page 200 median', (run) => seconds(median(run.timings.map((t) => t.pageMs))))
  row('build (publisher start to end) median', (run) =>
    seconds(median(run.timings.map((t) => t.buildEndMs - t.buildStartMs))),
  )
  if (runs.some((run) => run.events.length))
    row('event publish-to-live median', (run) =>
      run.events.length ? seconds(median(run.events.map((t) => t.liveMs))) : '–',
    )
  row('full rebuild', (run) => `${run.full.seconds.toFixed(1)} s`)
  row('incremental equals full (files compared)', (run) =>
    run.equivalence
      ? `${run.equivalence.isEqual ? 'equal' : 'NOT EQUAL'} ${run.equivalence.compared}`
      : 'not run',
  )
  row('full rebuild peak', (run) => `${mb(run.full.peak.peakBytes).toFixed(0)} MB`)
  out()
  out("the incremental build's steps (each line's time since the line before, median):")
  const phases = runs.map((run) => medianPhases(run.timings.map((timing) => timing.lines)))
  const names = [...new Set(phases.flatMap((list) => list.map((phase) => phase.name)))]
  for (const name of names)
    out(
      `  ${name.slice(0, 56).padEnd(56)}${cells(
        phases.map((list) => {
          const phase = list.find((entry) => entry.name === name)
          return phase ? seconds(phase.took * 1000) : '–'
        }),
      )}`,
    )
  out()
  out("the full rebuild's steps (each line's time since the line before):")
  const fullPhases = runs.map((run) => phasesOf(run.full.lines))
  const fullNames = [
    ...new Set(fullPhases.flatMap((list) => list.map((p) => phaseName(p.message)))),
  ]
  for (const name of fullNames)
    out(
      `  ${name.slice(0, 56).padEnd(56)}${cells(
        fullPhases.map((list) => {
          const took = list
            .filter((phase) => phaseName(phase.message) === name)
            .reduce((sum, phase) => sum + phase.took, 0)
          return list.some((phase) => phaseName(phase.message) === name)
            ? `${took.toFixed(1)} s`
            : '–'
        }),
      )}`,
    )
  const [smallest, largest] = [runs[0]!, runs.at(-1)!]
  const [small, large] = [median(liveOf(smallest)) / 1000, median(liveOf(largest)) / 1000]
  const largestMax = Math.max(...liveOf(largest)) / 1000
  out()
  out(`Goals at ${largest.articles} articles (printed, not asserted)`)
  const goal = (label: string, isMet: boolean, measured: string) =>
    out(`  ${label.padEnd(44)} ${isMet ? 'met' : 'missed'} (${measured})`)
  goal(
    `median publish-to-live ≤ ${SCALE_GOALS.medianPublishSeconds} s`,
    large <= SCALE_GOALS.medianPublishSeconds,
    `${large.toFixed(2)} s`,
  )
  goal(
    `max publish-to-live ≤ ${SCALE_GOALS.maxPublishSeconds} s`,
    largestMax <= SCALE_GOALS.maxPublishSeconds,
    `${largestMax.toFixed(2)} s`,
  )
  goal(
    `median ≤ ${SCALE_GOALS.medianRatio}× the median at ${smallest.articles}`,
    large <= SCALE_GOALS.medianRatio * small,
    `${(large / small).toFixed(2)}×`,
  )
  goal(
    `full rebuild ≤ ${SCALE_GOALS.fullRebuildSeconds / 60} min`,
    largest.full.seconds <= SCALE_GOALS.fullRebuildSeconds,
    `${largest.full.seconds.toFixed(0)} s`,
  )
  goal(
    `full rebuild peak ≤ ${GOALS.fullPeakMb / 1024} GB`,
    mb(largest.full.peak.peakBytes) <= GOALS.fullPeakMb,
    `${mb(largest.full.peak.peakBytes).toFixed(0)} MB`,
  )
  out()
  return `${lines.join('\n')}\n`
}
