import type { PayloadRequest, TaskConfig } from 'payload'

import { reviewMail, type ReviewMailEvent } from './reviewMail'

export interface SendReviewMailIO {
  input: {
    event: ReviewMailEvent
    articleId: string
    commentId: string
    /** The mentioned colleague (event `mentioned`). */
    userId?: string | null
    publishAt?: string | null
  }
  output: { sent: number }
}

interface Person {
  id: string
  email: string
  name?: string | null
}

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

async function person(req: PayloadRequest, id: string | null): Promise<Person | null> {
  if (!id) return null
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    select: { email: true, name: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return user ? { id: String(user.id), email: String(user.email), name: user.name } : null
}

async function editors(req: PayloadRequest): Promise<Person[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'editor' } },
    select: { email: true, name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => ({ id: String(user.id), email: String(user.email), name: user.name }))
}

/**
 * Mails the review loop's news: a hand-in to the assignee (or every editor, or the news desk
 * when there is none), a return or approval to the article's creator, a mention to the one
 * mentioned. Queued by the hooks with the change, so it leaves after the commit; retried with
 * backoff like the news desk's mail. Nobody is mailed about their own doing.
 */
export function sendReviewMail({
  newsdeskAddress,
}: {
  newsdeskAddress: string
}): TaskConfig<SendReviewMailIO> {
  return {
    slug: 'sendReviewMail',
    label: 'Mejla om granskning och @-nämningar',
    inputSchema: [
      {
        name: 'event',
        type: 'select',
        options: ['submitted', 'returned', 'approved', 'mentioned'],
        required: true,
      },
      { name: 'articleId', type: 'text', required: true },
      { name: 'commentId', type: 'text', required: true },
      { name: 'userId', type: 'text' },
      { name: 'publishAt', type: 'text' },
    ],
    outputSchema: [{ name: 'sent', type: 'number', required: true }],
    retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
    handler: async ({ input, req }) => {
      const { payload } = req
      const find = { depth: 0, overrideAccess: true, disableErrors: true, req } as const
      const article = await payload.findByID({
        collection: 'articles',
        id: input.articleId,
        draft: true,
        select: { title: true, createdBy: true, assignee: true },
        ...find,
      })
      const comment = await payload.findByID({
        collection: 'article-comments',
        id: input.commentId,
        select: { text: true, author: true },
        ...find,
      })
      if (!article || !comment) return { output: { sent: 0 } }
      const author = await person(req, idOf(comment.author))
      let recipients: { email: string; id?: string }[]
      if (input.event === 'submitted') {
        const assignee = await person(req, idOf(article.assignee))
        const desk = assignee ? [assignee] : await editors(req)
        recipients = desk.length > 0 ? desk : [{ email: newsdeskAddress }]
      } else if (input.event === 'mentioned') {
        recipients = [await person(req, input.userId ?? null)].filter((p) => p !== null)
      } else {
        recipients = [await person(req, idOf(article.createdBy))].filter((p) => p !== null)
      }
      recipients = recipients.filter((recipient) => !author || recipient.id !== author.id)
      const { subject, text } = reviewMail({
        event: input.event,
        title: article.title || '(utan rubrik)',
        actor: author?.name || author?.email || 'Redaktionen',
        editUrl: new URL(
          `${payload.config.routes.admin}/collections/articles/${input.articleId}`,
          payload.config.serverURL,
        ).href,
        note: comment.text ?? undefined,
        publishAt: input.publishAt ?? undefined,
      })
      for (const { email } of recipients) {
        try {
          await payload.sendEmail({ to: email, subject, text })
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`Review mail (${input.event}) failed; it will be retried: ${reason}`, {
            cause: error,
          })
        }
      }
      return { output: { sent: recipients.length } }
    },
  }
}
