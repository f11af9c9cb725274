'use client'
import { useConfig, useListQuery } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useEffect, useState } from 'react'

import { describeLive, liveCellLabel, type LiveView } from '../live/describeLive'
import { fetchLiveStatuses } from '../live/fetchLiveStatuses'

const POLL_WORKING_MS = 3_000

/**
 * The list view's "På webbplatsen" column: whether a published article is live yet. Every cell
 * asks for the ids of the whole visible page, so the page costs one request.
 */
export function LiveStatusCell({ rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const { data } = useListQuery()
  const api = config.routes.api
  const id = String(rowData?.id ?? '')
  const pageIds = (data?.docs ?? []).map((doc) => String(doc.id)).join(',')
  const [view, setView] = useState<LiveView | null>(null)

  useEffect(() => {
    if (!id) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let isActive = true
    const tick = async () => {
      const ids = pageIds ? pageIds.split(',') : [id]
      let next: LiveView | null
      try {
        const answer = await fetchLiveStatuses(api, ids.includes(id) ? ids : [...ids, id])
        const status = answer.documents.find((document) => document.id === id)
        next = status ? describeLive({ status, problem: answer.problem }) : null
      } catch (error) {
        next = { tone: 'problem', text: (error as Error).message, url: null }
      }
      if (!isActive) return
      setView(next)
      if (next?.tone === 'working') timer = setTimeout(tick, POLL_WORKING_MS)
    }
    void tick()
    return () => {
      isActive = false
      clearTimeout(timer)
    }
  }, [api, id, pageIds])

  if (!view) return <span className="live-cell">–</span>
  return (
    <span className="live-cell" data-tone={view.tone} title={view.text}>
      {liveCellLabel(view)}
    </span>
  )
}
