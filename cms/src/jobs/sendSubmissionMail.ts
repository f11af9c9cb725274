import {
  SUBMISSION_COLLECTIONS,
  SUBMISSION_KINDS,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'
import type { PayloadRequest, TaskConfig } from 'payload'

import { submissionMail, type SubmissionMailFacts } from '../email/submissionMail'

export interface SendSubmissionMailIO {
  input: { kind: SubmissionKind; reference: string }
  output: { messageId?: string | null }
}

/**
 * Tells the news desk that a submission has arrived. Queued by the submission endpoint before
 * it stores the submission (a few seconds ahead, by reference code), so a stored submission
 * always gets its mail and a failed mail never touches the submission: the task throws and the
 * job is retried with backoff (1, 2, 4, 8, 16 and 32 minutes). A submission that never arrived
 * or was deleted gets no mail. Logs name the kind and reference, never the content.
 */
export function sendSubmissionMail({
  newsdeskAddress,
}: {
  newsdeskAddress: string
}): TaskConfig<SendSubmissionMailIO> {
  return {
    slug: 'sendSubmissionMail',
    label: 'Mejla nyhetsdesken om ett nytt bidrag',
    inputSchema: [
      { name: 'kind', type: 'select', options: [...SUBMISSION_KINDS], required: true },
      { name: 'reference', type: 'text', required: true },
    ],
    outputSchema: [{ name: 'messageId', type: 'text' }],
    retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
    handler: async ({ input, req }) => {
      const { kind, reference } = input
      const facts = await mailFactsOf({ kind, reference, req })
      if (!facts) {
        req.payload.logger.info(`No mail for ${kind} ${reference}: there is no such submission`)
        return { output: { messageId: null } }
      }
      const { subject, text } = submissionMail(facts)
      try {
        const sent = (await req.payload.sendEmail({ to: newsdeskAddress, subject, text })) as {
          messageId?: string
        }
        return { output: { messageId: sent?.messageId ?? null } }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        req.payload.logger.error(`News desk mail for ${kind} ${reference} failed: ${reason}`)
        throw new Error(`News desk mail for ${kind} ${reference} failed; it will be retried`, {
          cause: error,
        })
      }
    },
  }
}

/** Reads only what the mail may say; for a tip that is its reference and time, nothing else. */
async function mailFactsOf({
  kind,
  reference,
  req,
}: SendSubmissionMailIO['input'] & { req: PayloadRequest }): Promise<SubmissionMailFacts | null> {
  const { payload } = req
  const collection = SUBMISSION_COLLECTIONS[kind]
  const { docs } = await payload.find({
    collection,
    where: { reference: { equals: reference } },
    select: { reference: true, createdAt: true, article: true, title: true, event: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as
    | { id: number | string; createdAt: string; article?: unknown; title?: string; event?: unknown }
    | undefined
  if (!doc) return null
  const adminPath = `${payload.config.routes.admin}/collections/${collection}/${doc.id}`
  const facts = {
    reference,
    receivedAt: doc.createdAt,
    editUrl: new URL(adminPath, payload.config.serverURL).href,
  }
  if (kind === 'tip') return { kind, ...facts }
  if (kind === 'debate') return { kind, ...facts, title: String(doc.title) }
  if (kind === 'registration') {
    const eventId = typeof doc.event === 'object' ? (doc.event as { id: string }).id : doc.event
    const event = await payload.findByID({
      collection: 'events',
      id: eventId as string,
      select: { title: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return { kind, ...facts, eventTitle: event?.title ?? '(evenemanget finns inte längre)' }
  }
  const articleId =
    typeof doc.article === 'object' ? (doc.article as { id: number }).id : doc.article
  const article = await payload.findByID({
    collection: 'articles',
    id: articleId as number | string,
    select: { title: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return { kind, ...facts, articleTitle: article?.title ?? '(artikeln finns inte längre)' }
}
