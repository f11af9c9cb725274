import { ID_PATTERN } from '@redaktion/content-schemas/ids'
import { LIVE_QUERY_MAX_IDS } from '@redaktion/content-schemas/preview'

/** The collections whose pages the admin follows to the site. */
const LIVE_COLLECTIONS = ['articles'] as const

export type LiveQueryParams =
  | { isValid: true; collection: (typeof LIVE_COLLECTIONS)[number]; ids: string[] }
  | { isValid: false; message: string }

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

/**
 * Reads `?collection=articles&ids=a,b` of `GET /api/site/live`; a bad one gets a Swedish message
 * naming the field. Ids are deduplicated and kept as strings.
 */
export function parseLiveQueryParams(params: URLSearchParams): LiveQueryParams {
  const collection = params.get('collection')
  if (!LIVE_COLLECTIONS.includes(collection as never)) {
    return {
      isValid: false,
      message:
        'Fältet collection måste vara ”articles”: bara artiklarnas sidor följs till webbplatsen.',
    }
  }
  const raw = (params.get('ids') ?? '').split(',').map((id) => id.trim())
  const ids = [...new Set(raw.filter(Boolean))]
  if (ids.length === 0) {
    return {
      isValid: false,
      message: 'Fältet ids saknas: ange ett eller flera artikel-id, åtskilda med kommatecken.',
    }
  }
  if (ids.length > LIVE_QUERY_MAX_IDS) {
    return {
      isValid: false,
      message: `Fältet ids får ha högst ${LIVE_QUERY_MAX_IDS} id (det hade ${ids.length}).`,
    }
  }
  const invalid = ids.find((id) => !ID_PATTERN.test(id))
  if (invalid !== undefined) {
    return { isValid: false, message: `Fältet ids har ett ogiltigt id: ”${shown(invalid)}”.` }
  }
  return { isValid: true, collection: 'articles', ids }
}
