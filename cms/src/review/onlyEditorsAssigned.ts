import type { FieldHook } from 'payload'
import { APIError } from 'payload'

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/**
 * "Ansvarig redaktör" is an editor or admin. Checked in a hook because Payload skips field
 * validation (and so the relationship's filterOptions) when a draft is saved.
 */
export const onlyEditorsAssigned: FieldHook = async ({ value, req }) => {
  const id = idOf(value)
  if (!id) return value
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    select: { role: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (user?.role !== 'editor' && user?.role !== 'admin') {
    throw new APIError(
      'Fältet Ansvarig redaktör: välj en redaktör eller administratör.',
      400,
      undefined,
      true,
    )
  }
  return value
}
