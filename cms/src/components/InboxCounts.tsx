import { Card } from '@payloadcms/ui'
import type { ServerProps } from 'payload'

import { countInbox } from './countInbox'

/** Above the dashboard: how much waits in the inbox, each count linking to its list. */
export async function InboxCounts({ payload, user }: ServerProps) {
  if (!user) return null
  const counts = await countInbox({ payload, user })
  return (
    <section className="inbox-counts" aria-labelledby="inbox-counts-title">
      <h2 id="inbox-counts-title" className="inbox-counts__title">
        Väntar i inkorgen
      </h2>
      <ul className="inbox-counts__list">
        {counts.map((count) => (
          <li key={count.collection} data-inbox-count={count.collection}>
            <Card
              title={count.title}
              titleAs="h3"
              href={count.href}
              buttonAriaLabel={count.linkLabel}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
