import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { isEditorUser, isStaffUser } from '../access/roles'
import { queueScheduledPublish } from '../utilities/queueScheduledPublish'
import { COMMENT_MAX, unknownMentionMessage } from './commentHooks'
import type { ReviewContext } from './reviewContext'
import type { ReviewStatus } from './reviewStatus'

const ACTIONS = {
  submit: { to: 'submitted', done: 'Artikeln är skickad för granskning.' },
  withdraw: { to: 'writing', done: 'Artikeln är tillbaka hos dig.' },
  start: { to: 'inReview', done: 'Artikeln granskas nu.' },
  return: { to: 'writing', done: 'Artikeln är skickad tillbaka till skribenten.' },
  approve: { to: 'approved', done: 'Artikeln är godkänd.' },
} as const satisfies Record<string, { to: ReviewStatus; done: string }>

type Action = keyof typeof ACTIONS

const bodySchema = z.object(
  {
    action: z.enum(Object.keys(ACTIONS) as [Action, ...Action[]], {
      error: 'Fältet action ska vara submit, withdraw, start, return eller approve.',
    }),
    note: z
      .string({ error: 'Fältet note (anteckning) ska vara text.' })
      .max(COMMENT_MAX, {
        error: `Fältet note (anteckning) får vara högst ${COMMENT_MAX.toLocaleString('sv-SE')} tecken.`,
      })
      .optional(),
    publishAt: z.iso
      .datetime({
        offset: true,
        error:
          'Fältet publishAt (publiceringstid) ska vara en tidpunkt, t.ex. 2026-12-03T08:30:00+01:00.',
      })
      .optional(),
  },
  { error: 'Skicka JSON med fältet action (och valfritt note och publishAt).' },
)

const answer = (status: number, message: string, field?: string, extra: object = {}) =>
  Response.json(
    { ...extra, message, ...(field ? { errors: [{ field, message }] } : {}) },
    { status },
  )

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/**
 * `POST /api/articles/:id/review` with `{ action, note?, publishAt? }`: the review buttons.
 * It saves the new status as a draft through the same update (and the same guardReviewStatus
 * check) any route goes through, hands the note to the hooks that put it in the thread and the
 * mail, and for an approval with `publishAt` queues Payload's own scheduled publish. Every
 * answer is `{ message }` in Swedish; a refusal changes nothing.
 */
export const reviewEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) return answer(401, 'Du är inte inloggad. Logga in och försök igen.')
    if (!isStaffUser(user)) return answer(403, 'Bara redaktionen kan göra det här.')
    const parsed = bodySchema.safeParse(await readJson(req))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      return answer(400, issue.message, String(issue.path[0] ?? 'body'))
    }
    const { action, note, publishAt } = parsed.data
    if (publishAt && action !== 'approve') {
      return answer(400, 'Fältet publishAt (publiceringstid) hör bara till Godkänn.', 'publishAt')
    }
    if (publishAt && new Date(publishAt).getTime() <= Date.now()) {
      return answer(400, 'Fältet publishAt (publiceringstid) måste ligga i framtiden.', 'publishAt')
    }
    if (publishAt && !isEditorUser(user)) {
      return answer(403, 'Bara en redaktör kan schemalägga publiceringen.', 'publishAt')
    }
    const id = String(req.routeParams?.id)
    const article = await payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      disableErrors: true,
      req,
    })
    if (!article) return answer(404, 'Artikeln finns inte.')
    const creator =
      typeof article.createdBy === 'object' ? article.createdBy?.id : article.createdBy
    if (!isEditorUser(user) && String(creator) !== String(user.id)) {
      return answer(
        403,
        'Bara den som skrev artikeln eller en redaktör kan ändra dess redaktionella status.',
      )
    }
    const noteRefusal = note ? await unknownMentionMessage(req, note, 'note (anteckning)') : null
    if (noteRefusal) return answer(400, noteRefusal, 'note')

    const context: ReviewContext & Record<string, unknown> = {
      reviewNote: note,
      reviewPublishAt: publishAt,
    }
    try {
      const doc = await payload.update({
        collection: 'articles',
        id,
        data: { reviewStatus: ACTIONS[action].to },
        draft: true,
        depth: 0,
        overrideAccess: false,
        user,
        req,
        context,
      })
      if (publishAt) {
        await queueScheduledPublish(payload, {
          articleId: id,
          userId: String(user.id),
          at: new Date(publishAt),
        })
      }
      const scheduled = publishAt
        ? ` Den publiceras ${new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(publishAt))}.`
        : ''
      return answer(200, `${ACTIONS[action].done}${scheduled}`, undefined, { doc })
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        return answer(error.status, error.message)
      }
      payload.logger.error({ err: error }, `Review action ${action} on article ${id} failed`)
      return answer(500, 'Något gick fel hos oss och inget ändrades. Försök igen om en stund.')
    }
  },
}
