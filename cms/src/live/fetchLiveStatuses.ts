import type { LiveStatusAnswer } from './liveStatus'

/** How long one answer serves every cell of a list page that asks for the same ids. */
const SHARED_FOR_MS = 2_000
const shared = new Map<string, { at: number; answer: Promise<LiveStatusAnswer> }>()

/**
 * Asks the CMS's `GET /api/site/live` about these articles. Calls with the same ids within a
 * moment share one request: the list view's cells ask once for the whole visible page.
 */
export function fetchLiveStatuses(api: string, ids: string[]): Promise<LiveStatusAnswer> {
  const key = [...new Set(ids)].sort().join(',')
  const now = Date.now()
  const cached = shared.get(key)
  if (cached && now - cached.at < SHARED_FOR_MS) return cached.answer
  const answer = fetch(`${api}/site/live?collection=articles&ids=${encodeURIComponent(key)}`, {
    credentials: 'include',
  }).then(async (response) => {
    const body = (await response.json().catch(() => ({}))) as Partial<LiveStatusAnswer> & {
      message?: string
    }
    if (!response.ok || !Array.isArray(body.documents)) {
      throw new Error(body.message ?? 'Kunde inte fråga CMS:et om artikeln är live.')
    }
    return body as LiveStatusAnswer
  })
  shared.set(key, { at: now, answer })
  answer.catch(() => shared.delete(key))
  return answer
}
