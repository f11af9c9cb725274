import {
  SUBMISSION_COLLECTIONS,
  SUBMISSION_KINDS,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'
import type { PayloadRequest, TaskConfig } from 'payload'

import { submissionMail, type SubmissionMailFacts } from '../email/submissionMail'

export interface SendSubmissionMailIO {
  input: { kind: SubmissionKind; id: string }
  output: { messageId?: string | null }
}

/**
 * Tells the news desk that a submission has arrived. Queued by the submission endpoint in the
 * same transaction as the submission, so a stored submission always gets its mail and a failed
 * mail never touches the submission: the task throws and the job is retried with backoff
 * (1, 2, 4, 8, 16 and 32 minutes). Logs name the kind and id, never the content.
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
      { name: 'id', type: 'text', required: true },
    ],
    outputSchema: [{ name: 'messageId', type: 'text' }],
    retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
    handler: async ({ input, req }) => {
      const { kind, id } = input
      const facts = await mailFactsOf({ kind, id, req })
      if (!facts) {
        req.payload.logger.info(`No mail for ${kind} ${id}: it was deleted before the mail went`)
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
        req.payload.logger.error(`News desk mail for ${kind} ${id} failed: ${reason}`)
        throw new Error(`News desk mail for ${kind} ${id} failed; it will be retried`, {
          cause: error,
        })
      }
    },
  }
}

/** Reads only what the mail may say; for a tip that is its reference and time, nothing else. */
async function mailFactsOf({
  kind,
  id,
  req,
}: SendSubmissionMailIO['input'] & { req: PayloadRequest }): Promise<SubmissionMailFacts | null> {
  const { payload } = req
  const collection = SUBMISSION_COLLECTIONS[kind]
  const common = { req, overrideAccess: true, depth: 0, disableErrors: true } as const
  const adminPath = `${payload.config.routes.admin}/collections/${collection}/${id}`
  const editUrl = new URL(adminPath, payload.config.serverURL).href

  switch (kind) {
    case 'tip': {
      const tip = await payload.findByID({
        collection: 'tips',
        id,
        select: { reference: true, createdAt: true },
        ...common,
      })
      return tip && { kind, reference: String(tip.reference), receivedAt: tip.createdAt, editUrl }
    }
    case 'correction': {
      const report = await payload.findByID({
        collection: 'corrections',
        id,
        select: { reference: true, createdAt: true, article: true },
        ...common,
      })
      if (!report) return null
      const article = await payload.findByID({
        collection: 'articles',
        id: typeof report.article === 'object' ? report.article.id : report.article,
        select: { title: true },
        ...common,
      })
      return {
        kind,
        reference: String(report.reference),
        receivedAt: report.createdAt,
        editUrl,
        articleTitle: article?.title ?? '(artikeln finns inte längre)',
      }
    }
    case 'debate': {
      const piece = await payload.findByID({
        collection: 'debate-submissions',
        id,
        select: { reference: true, createdAt: true, title: true },
        ...common,
      })
      return (
        piece && {
          kind,
          reference: String(piece.reference),
          receivedAt: piece.createdAt,
          editUrl,
          title: piece.title,
        }
      )
    }
  }
}
