import { WAITING_STATUSES } from './reviewStatus'

export interface ReviewListLink {
  key: 'mine' | 'waitingForMe'
  label: string
  href: string
}

/** A `where` query in the bracket form the admin's list view reads from its URL. */
const query = (pairs: [string, string][]) =>
  pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')

/**
 * The article list's own filters, as links the list view understands: "Mina artiklar" (created
 * by me) for everyone; "Väntar på mig" (waiting for review, assigned to me or, since any editor
 * may take it, to no one) for editors, who are the only ones articles are assigned to.
 */
export function reviewListLinks({
  listPath,
  userId,
  isEditor,
}: {
  listPath: string
  userId: string
  isEditor: boolean
}): ReviewListLink[] {
  const links: ReviewListLink[] = [
    {
      key: 'mine',
      label: 'Mina artiklar',
      href: `${listPath}?${query([['where[createdBy][equals]', userId]])}`,
    },
  ]
  if (isEditor) {
    const waiting = WAITING_STATUSES.map((status, index): [string, string] => [
      `where[and][0][reviewStatus][in][${index}]`,
      status,
    ])
    links.push({
      key: 'waitingForMe',
      label: 'Väntar på mig',
      href: `${listPath}?${query([
        ...waiting,
        ['where[and][1][or][0][assignee][equals]', userId],
        ['where[and][1][or][1][assignee][exists]', 'false'],
      ])}`,
    })
  }
  return links
}
