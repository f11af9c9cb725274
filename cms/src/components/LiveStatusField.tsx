'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { describeLive, type LiveView } from '../live/describeLive'
import { fetchLiveStatuses } from '../live/fetchLiveStatuses'

const POLL_MS = 10_000
const POLL_WORKING_MS = 1_000

/**
 * In the article's sidebar after a publish: when the page went live on the site (with a link),
 * "Publiceras…" while it builds, or why it is not live. Nothing for a never-published draft.
 */
export function LiveStatusField() {
  const { id, hasPublishedDoc, data } = useDocumentInfo()
  const { config } = useConfig()
  const api = config.routes.api
  const [view, setView] = useState<LiveView | null>(null)
  const isPublished = hasPublishedDoc || data?._status === 'published'
  const savedAt = typeof data?.updatedAt === 'string' ? data.updatedAt : ''

  useEffect(() => {
    if (!id || !isPublished) {
      setView(null)
      return
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    let isActive = true
    const tick = async () => {
      let next: LiveView | null
      try {
        const answer = await fetchLiveStatuses(api, [String(id)])
        const status = answer.documents.find((document) => document.id === String(id))
        next = status ? describeLive({ status, problem: answer.problem }) : null
      } catch (error) {
        next = { tone: 'problem', text: (error as Error).message, url: null }
      }
      if (!isActive) return
      setView(next)
      // Once live, nothing changes until the next save (which runs this effect again).
      if (next?.tone === 'ok') return
      timer = setTimeout(tick, next?.tone === 'working' ? POLL_WORKING_MS : POLL_MS)
    }
    void tick()
    return () => {
      isActive = false
      clearTimeout(timer)
    }
  }, [api, id, isPublished, savedAt])

  if (!view) return null
  return (
    <div className="live-status" data-tone={view.tone} role="status" aria-live="polite">
      <p className="live-status__text">{view.text}</p>
      {view.url && (
        <a className="live-status__link" href={view.url} target="_blank" rel="noopener noreferrer">
          Visa artikeln på webbplatsen
        </a>
      )}
    </div>
  )
}
