// Document ids as they cross the CMS boundary. MongoDB gives 24 hex digits, the embedded SQLite
// a UUID (`idType: 'uuid'` in cms/src/database.ts); outside the database adapter an id is an
// opaque string: never parsed as a number, never computed with, compared only for equality or
// as a string where an order must be stable.

/** A document id (the generated Payload types' `defaultIDType`). */
export type Id = string

/** Either shape the CMS's databases give an id: a MongoDB ObjectId or a UUID. */
export const ID_PATTERN =
  /^(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

/** Code-unit order of two ids: the tie-break of a stable sort, the same in every locale. */
export function compareIds(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0
}
