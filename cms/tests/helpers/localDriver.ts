import type { Payload, TypedUser } from 'payload'

import type { Actor, StaffActor } from './accessMatrix'
import type { AccessDriver } from './accessDriver'

/** Access-denied outcomes of the local API: Forbidden, or NotFound for query-filtered access. */
function deniedOrThrow(error: unknown): null {
  const status = (error as { status?: number }).status
  if (status === 403 || status === 401 || status === 404) return null
  throw error
}

/** The local API with `overrideAccess: false`, acting as each test user. */
export function localDriver(payload: Payload, users: Record<StaffActor, TypedUser>): AccessDriver {
  const as = (actor: Actor) => ({
    overrideAccess: false,
    user: actor === 'anonymous' ? null : { ...users[actor], collection: 'users' as const },
    depth: 0,
  })
  return {
    async create({ collection, actor, data, file, isDraft }) {
      try {
        const doc = await payload.create({
          collection,
          data: data as never,
          draft: isDraft,
          file: file
            ? { ...file, data: Buffer.from(file.data), size: file.data.length }
            : undefined,
          ...as(actor),
        })
        return doc.id
      } catch (error) {
        return deniedOrThrow(error)
      }
    },
    async read({ collection, actor, id }) {
      try {
        return (await payload.findByID({ collection, id, ...as(actor) })) as unknown as Record<
          string,
          unknown
        >
      } catch (error) {
        return deniedOrThrow(error)
      }
    },
    async update({ collection, actor, id, data, isDraft }) {
      try {
        await payload.update({ collection, id, data: data as never, draft: isDraft, ...as(actor) })
        return true
      } catch (error) {
        return deniedOrThrow(error) ?? false
      }
    },
    async delete({ collection, actor, id }) {
      try {
        await payload.delete({ collection, id, ...as(actor) })
        return true
      } catch (error) {
        return deniedOrThrow(error) ?? false
      }
    },
  }
}
