import type { Correction, DebateSubmission } from '@redaktion/content-schemas/payload-types'
import type { PayloadRequest, TaskConfig } from 'payload'

import { sendReaderMail } from '../email/sendReaderMail'
import type { MailContent } from '../email/submissionMail'
import { writerDecisionMail, writerReceiptMail } from '../email/writerMail'
import { debatePublication, liveArticle } from './debatePublication'
import type { WriterKind } from './writerDecision'

export const SEND_WRITER_MAIL = 'sendWriterMail'

export interface SendWriterMailIO {
  /** References only: the address is read from the submission when the mail leaves. */
  input: {
    kind: WriterKind
    reference: string
    mail: 'receipt' | 'decision'
    /** The decision's one-time token (see decisionMailFields). */
    token?: string | null
  }
  output: { messageId?: string | null }
}

type Submission = (DebateSubmission | Correction) & { decisionMailToken?: string | null }

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return id === null || id === undefined ? null : String(id)
}

/**
 * Mails a debate writer or an error reporter who gave an address: the receipt, or the decision an
 * editor sent. Retried like the news desk's mail. A submission that is gone, whose address the
 * retention job erased, or whose decision record names another token by now gets nothing.
 */
export function sendWriterMail({
  newsdeskAddress,
}: {
  newsdeskAddress: string
}): TaskConfig<SendWriterMailIO> {
  return {
    slug: SEND_WRITER_MAIL,
    label: 'Mejla skribenten eller anmälaren (mottagningsbevis, beslut)',
    inputSchema: [
      { name: 'kind', type: 'select', options: ['debate', 'correction'], required: true },
      { name: 'reference', type: 'text', required: true },
      { name: 'mail', type: 'select', options: ['receipt', 'decision'], required: true },
      { name: 'token', type: 'text' },
    ],
    outputSchema: [{ name: 'messageId', type: 'text' }],
    retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
    handler: async ({ input, req }) => {
      const { payload } = req
      const label = `Writer ${input.mail} mail for ${input.reference}`
      const { docs } = await payload.find({
        collection: input.kind === 'debate' ? 'debate-submissions' : 'corrections',
        where: { reference: { equals: input.reference } },
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const doc = docs[0] as Submission | undefined
      const to = doc && ('email' in doc ? doc.email : (doc as Correction).contactEmail)
      const isCurrent =
        input.mail === 'receipt' || (Boolean(input.token) && doc?.decisionMailToken === input.token)
      const mail = doc && to && isCurrent ? await mailOf({ input, doc, req }) : null
      if (!to || !mail) {
        payload.logger.info(`No ${label}: no submission, no address or a newer decision`)
        return { output: { messageId: null } }
      }
      return { output: await sendReaderMail({ payload, to, newsdeskAddress, mail, label }) }
    },
  }
}

async function mailOf({
  input,
  doc,
  req,
}: {
  input: SendWriterMailIO['input']
  doc: Submission
  req: PayloadRequest
}): Promise<MailContent | null> {
  const { reference } = input
  if (input.kind === 'debate') {
    const piece = doc as DebateSubmission & Submission
    if (input.mail === 'receipt') {
      return writerReceiptMail({
        kind: 'debate',
        reference,
        title: piece.title,
        receivedAt: piece.createdAt,
      })
    }
    const common = { reference, title: piece.title, message: piece.writerMessage, now: new Date() }
    if (piece.decisionMailed === 'declined')
      return writerDecisionMail({ ...common, decision: 'declined' })
    if (piece.decisionMailed !== 'published') return null
    const publication = await debatePublication(req, idOf(piece.article))
    return writerDecisionMail({
      ...common,
      decision: 'published',
      publishAt: publication?.publishAt ?? null,
      isPublished: publication?.isPublished ?? false,
      articleUrl: publication?.articleUrl,
    })
  }
  const report = doc as Correction & Submission
  const articleId = idOf(report.article)
  const article = articleId
    ? await req.payload.findByID({
        collection: 'articles',
        id: articleId,
        select: { title: true },
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  const articleTitle = article?.title ?? '(artikeln finns inte längre)'
  if (input.mail === 'receipt') {
    return writerReceiptMail({
      kind: 'correction',
      reference,
      articleTitle,
      receivedAt: report.createdAt,
    })
  }
  const common = { reference, articleTitle, message: report.writerMessage, now: new Date() }
  if (report.decisionMailed === 'rejected')
    return writerDecisionMail({ ...common, decision: 'rejected' })
  if (report.decisionMailed !== 'corrected') return null
  const live = articleId ? await liveArticle(req, articleId) : null
  return writerDecisionMail({ ...common, decision: 'corrected', articleUrl: live?.url })
}
