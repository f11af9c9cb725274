import type { ServerProps } from 'payload'

import { isEditorUser } from '../access/roles'
import { reviewListLinks } from '../review/reviewListLinks'

/** Above the article list: "Mina artiklar" and, for editors, "Väntar på mig". */
export function ReviewListFilters({ payload, user }: ServerProps) {
  if (!user) return null
  const links = reviewListLinks({
    listPath: `${payload.config.routes.admin}/collections/articles`,
    userId: String(user.id),
    isEditor: isEditorUser(user),
  })
  return (
    <nav className="review-list-filters" aria-label="Snabbfilter">
      {links.map((link) => (
        <a
          key={link.key}
          className="btn btn--style-pill btn--size-small"
          href={link.href}
          data-review-filter={link.key}
        >
          {link.label}
        </a>
      ))}
    </nav>
  )
}
