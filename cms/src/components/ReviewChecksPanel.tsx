'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ReviewChecksAnswer } from '../reviewChecks/reviewChecksEndpoint'

type PanelState =
  | { kind: 'loading' }
  | { kind: 'ready'; answer: ReviewChecksAnswer }
  | { kind: 'error'; message: string }

/** Autosaves come every couple of seconds while typing: check once the writing pauses. */
const SETTLE_MS = 800

/**
 * "Att se över före publicering" beside the editor: what an editor would send back (no lead,
 * hero credits, heading levels, SEO lengths, http links, axe-core findings in the rendered
 * page), checked again after every save and autosave. Advice only: nothing is blocked.
 */
export function ReviewChecksPanel() {
  const { id, data, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const api = config.routes.api
  const [state, setState] = useState<PanelState>({ kind: 'loading' })
  const savedAt = typeof data?.updatedAt === 'string' ? data.updatedAt : ''

  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(
          `${api}/articles/${encodeURIComponent(String(id))}/review-checks`,
          {
            credentials: 'include',
            signal: controller.signal,
          },
        )
        const body = (await response.json().catch(() => ({}))) as Partial<ReviewChecksAnswer> & {
          message?: string
        }
        if (!response.ok || !Array.isArray(body.findings)) {
          throw new Error(
            body.message ?? 'Kunde inte hämta granskningsråden. Försök igen om en stund.',
          )
        }
        setState({ kind: 'ready', answer: body as ReviewChecksAnswer })
      } catch (error) {
        if (!controller.signal.aborted)
          setState({ kind: 'error', message: (error as Error).message })
      }
    }, SETTLE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, id, savedAt, lastUpdateTime])

  if (!id) return null
  return (
    <section className="review-checks" aria-labelledby="review-checks-title">
      <h3 id="review-checks-title" className="review-checks__title">
        Att se över före publicering
      </h3>
      {state.kind === 'loading' && <p role="status">Kontrollerar utkastet …</p>}
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
      {state.kind === 'ready' &&
        (state.answer.findings.length === 0 ? (
          <p role="status">Inget att anmärka.</p>
        ) : (
          <ul className="review-checks__list">
            {state.answer.findings.map((finding, index) => (
              <li key={`${finding.check}-${index}`} data-check={finding.check}>
                {finding.message}
                {finding.helpUrl && (
                  <>
                    {' '}
                    <a href={finding.helpUrl} target="_blank" rel="noopener noreferrer">
                      Läs mer
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  )
}
