import type { Payload, TypedUser } from 'payload'

import { hashPhrase } from '../../src/tipReplies/phraseHash'

import type { StaffActor } from './accessMatrix'
import type { BaseDocs } from './samples'

export const STAFF_PASSWORD = 'test-password-for-staff-1'

/** One user per role, made with overrideAccess. */
export async function createStaff(payload: Payload): Promise<Record<StaffActor, TypedUser>> {
  const roles: StaffActor[] = ['admin', 'editor', 'journalist']
  const users: TypedUser[] = []
  // One after another: the first account ever made becomes admin, whatever it asks for.
  for (const role of roles) {
    users.push(
      await payload.create({
        collection: 'users',
        data: { email: `${role}@test.example`, password: STAFF_PASSWORD, name: role, role },
        overrideAccess: true,
      }),
    )
  }
  return Object.fromEntries(roles.map((role, index) => [role, users[index]])) as Record<
    StaffActor,
    TypedUser
  >
}

/** A category, an author, a published article and a form event that samples point at. */
export async function createBaseDocs(payload: Payload, journalist: TypedUser): Promise<BaseDocs> {
  const write = { overrideAccess: true, depth: 0 } as const
  const category = await payload.create({
    collection: 'categories',
    data: { title: 'Arbetsliv' } as never,
    ...write,
  })
  const author = await payload.create({
    collection: 'authors',
    data: { name: 'Bas Skribent' } as never,
    ...write,
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      title: 'Basartikel',
      type: 'nyhet',
      category: category.id,
      authors: [author.id],
    } as never,
    ...write,
  })
  const journalistArticle = await payload.create({
    collection: 'articles',
    data: {
      title: 'Journalistens utkast',
      type: 'nyhet',
      category: category.id,
      authors: [author.id],
    } as never,
    draft: true,
    user: { ...journalist, collection: 'users' },
    ...write,
  })
  const start = Date.now() + 30 * 24 * 60 * 60 * 1000
  const formEvent = await payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      title: 'Basevenemang med anmälan',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3_600_000).toISOString(),
      venue: { name: 'Folkan', room: 'Salong 1' },
      registration: { mode: 'form', capacity: 1000 },
    } as never,
    // A fixture, not news: the site is not told (suites that count deliveries stay exact).
    context: { skipSiteWebhook: true },
    ...write,
  })
  // In progress, not new: the base tips are not what the inbox counts wait for. Both came with
  // a Svarslåda (a phrase's hash), so the newsroom may write into their threads.
  const phraseHash = await hashPhrase('bastips svarslåda fras för testerna i matrisen här')
  const tip = await payload.create({
    collection: 'tips',
    data: { message: 'Ett bastips om en nämnd.', status: 'in-progress', phraseHash } as never,
    ...write,
  })
  const assignedTip = await payload.create({
    collection: 'tips',
    data: {
      message: 'Ett bastips till journalisten.',
      status: 'in-progress',
      assignee: journalist.id,
      phraseHash,
    } as never,
    ...write,
  })
  return {
    tipId: String(tip.id),
    assignedTipId: String(assignedTip.id),
    categoryId: category.id,
    authorId: author.id,
    articleId: article.id,
    journalistId: journalist.id,
    journalistArticleId: journalistArticle.id,
    formEventId: formEvent.id,
  }
}
