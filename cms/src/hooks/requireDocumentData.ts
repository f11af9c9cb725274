import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/**
 * A create or update whose body Payload could not read (sent as text/plain, say) arrives without
 * data, and Payload would fail on it with a 500. It gets a 415 that says how to send it.
 */
export const requireDocumentData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new APIError(
      'Dokumentet kunde inte läsas: skicka det som JSON (Content-Type: application/json) eller som multipart/form-data med fältet _payload.',
      415,
    )
  }
  return args
}
