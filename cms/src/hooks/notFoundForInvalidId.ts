import type { AfterErrorHook } from 'payload'

/** What the database adapter's ids look like: SQLite's integers, or text (uuid, MongoDB hex). */
function isPlausibleId(id: string, idType: 'number' | 'text'): boolean {
  return idType === 'number' ? /^[1-9]\d{0,14}$/.test(id) : id.length > 0 && id.length <= 64
}

/**
 * A request naming an id that cannot exist in this database (`/api/users/access/1e400`,
 * `?id=x`) fails deep in the adapter and would answer 500. It is a 404: no such document.
 * Real server errors on plausible ids stay 500.
 */
export const notFoundForInvalidId: AfterErrorHook = ({ error, req }) => {
  const { status } = error as Error & { status?: number }
  if (status !== undefined && status < 500) return
  const id = req.routeParams?.id ?? req.searchParams?.get('id')
  if (id === undefined || id === null) return
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  if (isPlausibleId(String(id), idType)) return
  return {
    response: {
      errors: [
        { message: `Dokumentet finns inte: ${String(id).slice(0, 40)} är inget giltigt id.` },
      ],
    },
    status: 404,
  }
}
