import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

interface Waiting {
  collection: CollectionSlug
  status: string
  one: string
  many: string
  /** The status field, when it is not `status`. */
  field?: string
  /** Counted on the newest drafts (articles: a status change is a draft save). */
  isDraft?: boolean
  linkLabel?: string
  /** What counts, when it is more than one field equal to `status`; `query` is its list filter. */
  where?: { where: Where; query: string }
}

const WAITING: Waiting[] = [
  { collection: 'tips', status: 'new', one: 'nytt tips', many: 'nya tips' },
  { collection: 'corrections', status: 'new', one: 'ny felanmälan', many: 'nya felanmälningar' },
  {
    collection: 'debate-submissions',
    status: 'received',
    one: 'mottaget debattinlägg',
    many: 'mottagna debattinlägg',
  },
  {
    collection: 'comments',
    status: 'pending',
    one: 'kommentar väntar',
    many: 'kommentarer väntar',
    linkLabel: 'Visa kommentarer som väntar på granskning',
  },
  {
    collection: 'articles',
    field: 'reviewStatus',
    status: 'submitted',
    one: 'artikel väntar på granskning',
    many: 'artiklar väntar på granskning',
    isDraft: true,
    linkLabel: 'Visa artiklar som väntar på granskning',
  },
  {
    // Tipsters' Svarslåda answers nobody has opened yet; the thread's access limits them to
    // the tips the viewer reads.
    collection: 'tip-messages',
    status: '',
    one: 'oläst svar från tipsare',
    many: 'olästa svar från tipsare',
    where: {
      where: { and: [{ from: { equals: 'tipster' } }, { readAt: { exists: false } }] },
      query: `${encodeURIComponent('where[from][equals]')}=tipster&${encodeURIComponent('where[readAt][exists]')}=false`,
    },
  },
]

export interface InboxCount {
  collection: CollectionSlug
  total: number
  /** e.g. "3 nya tips", "1 ny felanmälan". */
  title: string
  /** For screen readers: where the card leads. */
  linkLabel: string
  /** The admin list, filtered to what is waiting. */
  href: string
}

/**
 * What waits in the inbox (new tips, new error reports, received debate pieces), counted with
 * the user's own access: a journalist counts only the tips assigned to them.
 */
export async function countInbox({
  payload,
  user,
}: {
  payload: Payload
  user: TypedUser
}): Promise<InboxCount[]> {
  return Promise.all(
    WAITING.map(async (waiting) => {
      const { collection, status, one, many, field = 'status', isDraft, linkLabel } = waiting
      const where = waiting.where?.where ?? { [field]: { equals: status } }
      const access = { user, overrideAccess: false } as const
      // Payload's count has no draft option; a one-row find counts the newest drafts.
      const { totalDocs: total } = isDraft
        ? await payload.find({ collection, where, draft: true, limit: 1, depth: 0, ...access })
        : await payload.count({ collection, where, ...access })
      const filter =
        waiting.where?.query ?? `${encodeURIComponent(`where[${field}][equals]`)}=${status}`
      return {
        collection,
        total,
        title: `${total} ${total === 1 ? one : many}`,
        linkLabel: linkLabel ?? `Visa ${many}`,
        href: `${payload.config.routes.admin}/collections/${collection}?${filter}`,
      }
    }),
  )
}
