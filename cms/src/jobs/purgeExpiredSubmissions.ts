import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { stockholmDayBefore } from '../pageFeedback/stockholmDay'

/** What stays of a published correction's report once the reader's words are erased. */
export const ERASED_REPORT_TEXT = '(raderad efter lagringstiden)'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 100

export interface PurgeExpiredSubmissionsIO {
  input: object
  output: {
    deletedTips: number
    deletedAttachments: number
    deletedReports: number
    erasedReports: number
    deletedDebatePieces: number
    deletedRegistrations: number
    erasedFeedbackTexts: number
    deletedComments: number
    erasedCommentEmails: number
  }
}

/**
 * Retention: what readers sent is kept only while the newsroom works on it. Closed tips (with
 * their files) and rejected error reports are deleted once they have been handled for
 * `retentionDays`. A corrected report carries the public correction notice, so it stays, but
 * the reader's part of it (what they wrote, who they are) is erased. A debate piece that was
 * declined or published is deleted with its Word document: a published one lives on as the
 * article, and the writer's e-mail and phone are not kept for ever. An event's registrations
 * are deleted `registrationRetentionDays` after the event ended. Page feedback keeps its counts
 * (page, day, yes or no: nothing about anyone), but its texts are erased after `retentionDays`.
 * A rejected comment is deleted `retentionDays` after it was moderated, and one still waiting
 * `retentionDays` after it was sent; an approved one stays published, but its private e-mail
 * address is erased `retentionDays` after it was moderated.
 */
export function purgeExpiredSubmissions({
  retentionDays,
  registrationRetentionDays,
}: {
  retentionDays: number
  registrationRetentionDays: number
}): TaskConfig<PurgeExpiredSubmissionsIO> {
  return {
    slug: 'purgeExpiredSubmissions',
    label: 'Radera inkommet material efter lagringstiden',
    outputSchema: [
      { name: 'deletedTips', type: 'number' },
      { name: 'deletedAttachments', type: 'number' },
      { name: 'deletedReports', type: 'number' },
      { name: 'erasedReports', type: 'number' },
      { name: 'deletedDebatePieces', type: 'number' },
      { name: 'deletedRegistrations', type: 'number' },
      { name: 'erasedFeedbackTexts', type: 'number' },
      { name: 'deletedComments', type: 'number' },
      { name: 'erasedCommentEmails', type: 'number' },
    ],
    // Every night at 03:15 (server time); the autorun cron queues it and runs it when due.
    schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ req }) => {
      const handledBefore = new Date(Date.now() - retentionDays * DAY_MS).toISOString()
      const expired = (status: string): Where => ({
        and: [{ status: { equals: status } }, { handledAt: { less_than: handledBefore } }],
      })
      const tips = await deleteTips({ where: expired('closed'), req })
      const deletedReports = await deleteAll({
        collection: 'corrections',
        where: expired('rejected'),
        req,
      })
      const erasedReports = await eraseReporters({ where: expired('corrected'), req })
      const deletedDebatePieces = await deleteDebatePieces({
        where: { or: [expired('declined'), expired('published')] },
        req,
      })
      const endedBefore = new Date(Date.now() - registrationRetentionDays * DAY_MS)
      const deletedRegistrations = await deleteRegistrations({ endedBefore, req })
      const erasedFeedbackTexts = await eraseFeedbackTexts({
        before: stockholmDayBefore(new Date(), retentionDays),
        req,
      })
      const moderated = (status: string): Where => ({
        and: [{ status: { equals: status } }, { moderatedAt: { less_than: handledBefore } }],
      })
      // A comment nobody moderated within the period is as stale as a rejected one.
      const unmoderated: Where = {
        and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: handledBefore } }],
      }
      const deletedComments = await deleteAll({
        collection: 'comments',
        where: { or: [moderated('rejected'), unmoderated] },
        req,
      })
      const erasedCommentEmails = await eraseCommentEmails({ where: moderated('approved'), req })
      const output = {
        ...tips,
        deletedComments,
        erasedCommentEmails,
        deletedReports,
        erasedReports,
        deletedDebatePieces,
        deletedRegistrations,
        erasedFeedbackTexts,
      }
      req.payload.logger.info(
        `Retention (${retentionDays} days): deleted ${output.deletedTips} tips with ${output.deletedAttachments} attachments, ${deletedReports} rejected reports and ${deletedDebatePieces} handled debate pieces; erased the reader's part of ${erasedReports} corrected reports and ${erasedFeedbackTexts} page feedback texts; deleted ${deletedRegistrations} registrations of events ended ${registrationRetentionDays} days ago; deleted ${deletedComments} rejected or never moderated comments and erased the e-mail of ${erasedCommentEmails} approved ones`,
      )
      return { output }
    },
  }
}

async function deleteTips({ where, req }: { where: Where; req: PayloadRequest }) {
  const { payload } = req
  let deletedTips = 0
  let deletedAttachments = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'tips',
      where,
      limit: BATCH,
      depth: 0,
      select: { attachments: true },
      req,
      overrideAccess: true,
    })
    if (docs.length === 0) return { deletedTips, deletedAttachments }
    const attachmentIds = docs.flatMap((tip) =>
      (tip.attachments ?? []).map((file) => (typeof file === 'object' ? file.id : file)),
    )
    deletedTips += await deleteAll({
      collection: 'tips',
      where: { id: { in: docs.map((tip) => tip.id) } },
      req,
    })
    if (attachmentIds.length > 0) {
      // Deleting an upload document also removes its file from disk.
      deletedAttachments += await deleteAll({
        collection: 'tip-attachments',
        where: { id: { in: attachmentIds } },
        req,
      })
    }
  }
}

/** Deletes debate pieces and the Word documents they came with. */
async function deleteDebatePieces({ where, req }: { where: Where; req: PayloadRequest }) {
  let deleted = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: 'debate-submissions',
      where,
      limit: BATCH,
      depth: 0,
      select: { document: true },
      req,
      overrideAccess: true,
    })
    if (docs.length === 0) return deleted
    const documentIds = docs.flatMap((piece) =>
      piece.document
        ? [typeof piece.document === 'object' ? piece.document.id : piece.document]
        : [],
    )
    deleted += await deleteAll({
      collection: 'debate-submissions',
      where: { id: { in: docs.map((piece) => piece.id) } },
      req,
    })
    if (documentIds.length > 0)
      await deleteAll({ collection: 'debate-documents', where: { id: { in: documentIds } }, req })
  }
}

async function deleteAll({
  collection,
  where,
  req,
}: {
  collection:
    | 'tips'
    | 'tip-attachments'
    | 'corrections'
    | 'debate-submissions'
    | 'debate-documents'
    | 'registrations'
    | 'comments'
  where: Where
  req: PayloadRequest
}): Promise<number> {
  const { docs, errors } = await req.payload.delete({
    collection,
    where,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (errors.length > 0) {
    throw new Error(`Retention: ${errors.length} ${collection} could not be deleted`)
  }
  return docs.length
}

async function eraseReporters({ where, req }: { where: Where; req: PayloadRequest }) {
  const { docs, errors } = await req.payload.update({
    collection: 'corrections',
    where: { and: [where, { whatIsWrong: { not_equals: ERASED_REPORT_TEXT } }] },
    data: {
      whatIsWrong: ERASED_REPORT_TEXT,
      whatIsRight: null,
      source: null,
      contactName: null,
      contactEmail: null,
      writerMessage: null,
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (errors.length > 0) {
    throw new Error(`Retention: ${errors.length} corrected reports could not be erased`)
  }
  return docs.length
}

/**
 * Deletes the registrations of events that ended before `endedBefore`, drafts and deleted
 * events' leftovers included, without telling the site (the events are over).
 */
async function deleteRegistrations({
  endedBefore,
  req,
}: {
  endedBefore: Date
  req: PayloadRequest
}): Promise<number> {
  const { payload } = req
  let deleted = 0
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'events',
      where: { endsAt: { less_than: endedBefore.toISOString() } },
      select: { endsAt: true },
      limit: BATCH,
      page,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (docs.length > 0) {
      deleted += await deleteAll({
        collection: 'registrations',
        where: { event: { in: docs.map((event) => event.id) } },
        req,
      })
    }
    if (!hasNextPage) return deleted
  }
}

/** Erases what readers wrote in page feedback on days before `before` (YYYY-MM-DD). */
async function eraseFeedbackTexts({ before, req }: { before: string; req: PayloadRequest }) {
  const { docs, errors } = await req.payload.update({
    collection: 'page-feedback',
    where: { and: [{ day: { less_than: before } }, { text: { exists: true } }] },
    data: { text: null },
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (errors.length > 0) {
    throw new Error(`Retention: ${errors.length} page feedback texts could not be erased`)
  }
  return docs.length
}

/** Erases the private e-mail address of approved comments; name and text stay published. */
async function eraseCommentEmails({ where, req }: { where: Where; req: PayloadRequest }) {
  const { docs, errors } = await req.payload.update({
    collection: 'comments',
    where: { and: [where, { email: { exists: true } }] },
    data: { email: null },
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (errors.length > 0) {
    throw new Error(`Retention: ${errors.length} comment e-mail addresses could not be erased`)
  }
  return docs.length
}
