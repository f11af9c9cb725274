import type { PublisherStatus } from '@redaktion/content-schemas/siteWebhook'

import type { SiteStatusAnswer } from '../endpoints/siteEndpoints'

export interface SiteStatusView {
  /** One sentence: is the site up to date, building, or unknown. */
  headline: string
  tone: 'ok' | 'working' | 'problem'
  facts: { label: string; value: string }[]
}

const TIME_ZONE = 'Europe/Stockholm'

/** e.g. "23 november 2026 kl. 17:40". */
export function formatSwedishTime(iso: string): string {
  const date = new Date(iso)
  const day = date.toLocaleDateString('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  })
  const time = date.toLocaleTimeString('sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  })
  return `${day} kl. ${time}`
}

/** e.g. "17:40:05": retries come seconds to minutes apart. */
export function formatSwedishClock(iso: string): string {
  return new Date(iso).toLocaleTimeString('sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: TIME_ZONE,
  })
}

const seconds = (ms: number) =>
  `${(ms / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} s`
const changes = (count: number) => `${count} ${count === 1 ? 'ändring' : 'ändringar'}`

function describeStatus(status: PublisherStatus): SiteStatusView {
  const { building, lastError, lastRelease, pending, retry } = status
  const facts: SiteStatusView['facts'] = []
  if (lastRelease) {
    facts.push({
      label: 'Senast publicerad',
      value: `${formatSwedishTime(lastRelease.finishedAt)} (${changes(lastRelease.changes)}, bygget tog ${seconds(lastRelease.durationMs)})`,
    })
  } else {
    facts.push({ label: 'Senast publicerad', value: 'Ingen publicering ännu' })
  }
  if (building) {
    facts.push({
      label: 'Bygger nu',
      value: `sedan ${formatSwedishTime(building.startedAt)} (${changes(building.changes)})`,
    })
  }
  if (pending.changes > 0) facts.push({ label: 'Väntar', value: changes(pending.changes) })
  if (retry) {
    const attempt = `försök ${retry.attempt} av ${retry.attempts}`
    facts.push({
      label: 'Nytt försök',
      value:
        status.state === 'building'
          ? `pågår (${attempt})`
          : `kl. ${formatSwedishClock(retry.at)} (${attempt})`,
    })
  }
  const isErrorNewest =
    lastError && (!lastRelease || Date.parse(lastError.at) > Date.parse(lastRelease.finishedAt))
  if (lastError) {
    facts.push({
      label: 'Senaste fel',
      value: `${formatSwedishTime(lastError.at)}: ${lastError.message}`,
    })
  }
  if (status.state === 'building') {
    return { headline: 'Webbplatsen byggs om just nu.', tone: 'working', facts }
  }
  if (status.state === 'retry') {
    return {
      headline:
        'Senaste bygget misslyckades och görs om automatiskt. Webbplatsen visar fortfarande den senaste lyckade versionen.',
      tone: 'problem',
      facts,
    }
  }
  if (isErrorNewest) {
    const next =
      pending.changes > 0
        ? ' Inga fler automatiska försök görs: ändringarna byggs vid nästa publicering eller med ”Bygg om nu”.'
        : ''
    return {
      headline: `Senaste bygget misslyckades. Webbplatsen visar fortfarande den senaste lyckade versionen.${next}`,
      tone: 'problem',
      facts,
    }
  }
  return { headline: 'Webbplatsen är uppdaterad.', tone: 'ok', facts }
}

/** What the "Webbplatsen" panel says about an answer of `GET /api/site/status`. */
export function describeSiteStatus(answer: SiteStatusAnswer): SiteStatusView {
  if (!answer.isConfigured || !answer.isReachable) {
    return { headline: answer.message, tone: 'problem', facts: [] }
  }
  return describeStatus(answer.status)
}
