import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StaffActor } from './helpers/accessMatrix'
import { articleData, type BaseDocs, eventData } from './helpers/samples'

let payload: Payload
let staff: Record<StaffActor, TypedUser>
let base: BaseDocs
let stop: () => Promise<void>

beforeAll(async () => {
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  ;({ payload, staff, base } = await startNewsroom())
  stop = () => stopTestPayload(payload)
})
afterAll(async () => {
  await stop?.()
})

// The admin creates a document the moment "Skapa ny" opens, before anything is typed, and then
// autosaves: the slug must still come from the title the editor writes.
describe('a slug made in the admin', () => {
  it.each([
    ['an event', 'events', () => eventData('published'), 'evenemang'],
    ['an article', 'articles', () => articleData(base, 'published'), 'utkast'],
  ] as const)(
    'of %s follows the title typed after an empty first autosave, up to the first publish',
    async (_, collection, sample, fallback) => {
      const user = { ...staff.editor, collection: 'users' as const }
      const asEditor = { user, overrideAccess: false } as const
      const data = { ...(sample() as Record<string, unknown>), title: 'Tillit i praktiken' }
      const empty = await payload.create({ collection, data: {}, draft: true, ...asEditor })
      expect(empty.slug).toMatch(new RegExp(`^${fallback}`))
      const update = (status: string, autosave: boolean) =>
        payload.update({
          collection,
          id: empty.id,
          data: { ...data, slug: empty.slug, _status: status } as never,
          draft: status === 'draft',
          autosave,
          ...asEditor,
        })
      await update('draft', true)
      const published = await update('published', false)
      expect(published.slug).toBe('tillit-i-praktiken')
      const edited = await payload.update({
        collection,
        id: empty.id,
        data: { title: 'Ny rubrik efter publicering' } as never,
        ...asEditor,
      })
      expect(edited.slug).toBe('tillit-i-praktiken')
    },
  )
})
