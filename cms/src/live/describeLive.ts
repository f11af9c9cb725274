import { formatSwedishClock } from '../components/describeSiteStatus'
import type { ArticleLiveStatus } from './liveStatus'

export interface LiveView {
  /** `working`: a publish is on its way (poll fast); `unknown`: published, but when it went live
   * cannot be told. */
  tone: 'ok' | 'working' | 'problem' | 'unknown'
  text: string
  /** The public page, to link to. */
  url: string | null
}

const TIME_ZONE = 'Europe/Stockholm'
/** The delivery's time is taken just after the version's save, in the same process. */
const SAME_PUBLISH_TOLERANCE_MS = 5_000
/** How long a publish the publisher has not heard of yet counts as on its way. */
const PENDING_HORIZON_MS = 2 * 60_000

const stockholmDay = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE })

/** e.g. "2,4 s": one decimal, a Swedish decimal comma. */
export function formatSeconds(ms: number): string {
  const seconds = Math.max(0, ms) / 1000
  return `${seconds.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`
}

/** "kl. 14:02:03" today (Stockholm time), "den 1 december kl. 14:02:03" on another day. */
function when(iso: string, now: Date): string {
  const date = new Date(iso)
  const clock = `kl. ${formatSwedishClock(iso)}`
  if (stockholmDay(date) === stockholmDay(now)) return clock
  const day = date.toLocaleDateString('sv-SE', {
    day: 'numeric',
    month: 'long',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
    timeZone: TIME_ZONE,
  })
  return `den ${day} ${clock}`
}

/**
 * What the article's edit view (and list column) says about its way to the site, from one
 * document of `GET /api/site/live`; null for an article that is not published (nothing to say).
 * A record older than the published version is the previous publish: the new one is on its way.
 */
export function describeLive({
  status,
  problem,
  now = new Date(),
}: {
  status: ArticleLiveStatus
  problem: string | null
  now?: Date
}): LiveView | null {
  const { isPublished, live, publishedVersionAt, url } = status
  if (!isPublished) return null
  // Not knowing is not the same as not live.
  if (problem) return { tone: 'unknown', text: problem, url }
  const versionAt = publishedVersionAt ? Date.parse(publishedVersionAt) : null
  const isOlderThanVersion =
    !live ||
    live.state === 'unknown' ||
    (versionAt !== null &&
      (!live.changedAt || Date.parse(live.changedAt) < versionAt - SAME_PUBLISH_TOLERANCE_MS))
  const isRecent = versionAt !== null && now.getTime() - versionAt < PENDING_HORIZON_MS
  if (isOlderThanVersion && isRecent) return { tone: 'working', text: 'Publiceras…', url }
  if (isOlderThanVersion && live && live.state !== 'unknown') {
    return {
      tone: 'problem',
      text: 'Den senaste publiceringen har inte nått publiceringstjänsten än (den skickas om automatiskt). Webbplatsen visar den tidigare versionen.',
      url,
    }
  }
  if (!live || live.state === 'unknown') {
    return {
      tone: 'unknown',
      text: 'Publicerad. Publiceringstjänsten har ingen uppgift om när sidan gick live.',
      url,
    }
  }
  if (live.state === 'pending' || live.state === 'building') {
    return { tone: 'working', text: 'Publiceras…', url }
  }
  if (live.state === 'failed') {
    const reason = live.error ? ` ${live.error.replace(/\.?$/, '.')}` : ''
    return {
      tone: 'problem',
      text: `Publiceringen misslyckades.${reason} Webbplatsen visar fortfarande den tidigare versionen; bygget görs om automatiskt.`,
      url,
    }
  }
  const liveAt = live.liveAt ?? null
  if (!liveAt) return { tone: 'ok', text: 'Live på webbplatsen.', url }
  const delay =
    live.changedAt !== null
      ? ` (${formatSeconds(Date.parse(liveAt) - Date.parse(live.changedAt))} efter publicering)`
      : ''
  return { tone: 'ok', text: `Live på webbplatsen ${when(liveAt, now)}${delay}`, url }
}

/** The list column's short word for a view; the full sentence goes in its tooltip. */
export function liveCellLabel(view: LiveView): string {
  if (view.tone === 'ok') return 'Live'
  if (view.tone === 'working') return 'Publiceras…'
  if (view.tone === 'unknown') return 'Okänt'
  return 'Inte live'
}
