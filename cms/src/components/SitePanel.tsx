'use client'
import { Button, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { SiteStatusAnswer } from '../endpoints/siteEndpoints'
import { describeSiteStatus, type SiteStatusView } from './describeSiteStatus'

const POLL_MS = 5_000
const POLL_BUILDING_MS = 2_000

/**
 * "Webbplatsen" above the dashboard: when the site was last published, whether it is building,
 * the last error, and "Bygg om nu" for editors. Reads the publisher through the CMS only.
 */
export function SitePanel() {
  const { user } = useAuth()
  const { config } = useConfig()
  const api = config.routes.api
  const [view, setView] = useState<SiteStatusView | null>(null)
  const [isRequesting, setRequesting] = useState(false)
  const canRebuild = user?.role === 'admin' || user?.role === 'editor'

  const refresh = useCallback(async (): Promise<SiteStatusView> => {
    try {
      const response = await fetch(`${api}/site/status`, { credentials: 'include' })
      if (!response.ok) throw new Error(String(response.status))
      const next = describeSiteStatus((await response.json()) as SiteStatusAnswer)
      setView(next)
      return next
    } catch {
      const next: SiteStatusView = {
        headline: 'Kunde inte hämta webbplatsens status från CMS:et. Försök igen om en stund.',
        tone: 'problem',
        facts: [],
      }
      setView(next)
      return next
    }
  }, [api])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let isActive = true
    const tick = async () => {
      const next = await refresh()
      if (isActive) timer = setTimeout(tick, next.tone === 'working' ? POLL_BUILDING_MS : POLL_MS)
    }
    void tick()
    return () => {
      isActive = false
      clearTimeout(timer)
    }
  }, [refresh])

  const rebuild = async () => {
    setRequesting(true)
    try {
      const response = await fetch(`${api}/site/rebuild`, {
        method: 'POST',
        credentials: 'include',
      })
      const { message } = (await response.json().catch(() => ({}))) as { message?: string }
      const text = message ?? 'Något gick fel. Försök igen om en stund.'
      if (response.ok) toast.success(text)
      else toast.error(text)
      await refresh()
    } catch {
      toast.error('Kunde inte nå CMS:et. Kontrollera anslutningen och försök igen.')
    } finally {
      setRequesting(false)
    }
  }

  if (!user) return null
  return (
    <section className="site-panel" aria-labelledby="site-panel-title" data-tone={view?.tone}>
      <h2 id="site-panel-title" className="site-panel__title">
        Webbplatsen
      </h2>
      <p className="site-panel__headline" role="status">
        {view?.headline ?? 'Hämtar webbplatsens status …'}
      </p>
      {view && view.facts.length > 0 && (
        <dl className="site-panel__facts">
          {view.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {canRebuild && (
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          disabled={isRequesting}
          onClick={() => void rebuild()}
        >
          Bygg om nu
        </Button>
      )}
    </section>
  )
}
