import type { CollectionSlug, Payload, TypedUser } from 'payload'

interface Waiting {
  collection: CollectionSlug
  status: string
  one: string
  many: string
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
    WAITING.map(async ({ collection, status, one, many }) => {
      const { totalDocs: total } = await payload.count({
        collection,
        where: { status: { equals: status } },
        user,
        overrideAccess: false,
      })
      const filter = `${encodeURIComponent('where[status][equals]')}=${status}`
      return {
        collection,
        total,
        title: `${total} ${total === 1 ? one : many}`,
        linkLabel: `Visa ${many}`,
        href: `${payload.config.routes.admin}/collections/${collection}?${filter}`,
      }
    }),
  )
}
