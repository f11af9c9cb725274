import { ATTACHMENT_TYPES, type AttachmentType } from '@redaktion/content-schemas/submissions'
import {
  TIP_READER_STATUS,
  type TipReaderStatus,
  type TipReplyThread,
} from '@redaktion/content-schemas/tipReplies'
import type { Payload } from 'payload'

export interface ReplyBoxTip {
  id: string
  reference: string
  status: TipReaderStatus
}

/**
 * The thread as the tipster may see it: the newsroom's sent messages and the tipster's own
 * answers, oldest first. Drafts have no `sentAt` and never appear; staff names never do.
 */
export async function readerThread(payload: Payload, tip: ReplyBoxTip): Promise<TipReplyThread> {
  const { docs } = await payload.find({
    collection: 'tip-messages',
    where: { and: [{ tip: { equals: tip.id } }, { sentAt: { exists: true } }] },
    sort: 'sentAt',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    select: { from: true, sentAt: true, text: true, attachments: true },
  })
  return {
    reference: tip.reference,
    status: tip.status,
    statusLabel: TIP_READER_STATUS[tip.status],
    canAnswer: tip.status !== 'closed',
    messages: docs.map((message) => ({
      id: String(message.id),
      from: message.from,
      sentAt: new Date(String(message.sentAt)).toISOString(),
      text: message.text,
      attachments: (message.attachments ?? []).flatMap((file) =>
        typeof file === 'object'
          ? [
              {
                filename: file.filename ?? 'bilaga',
                type: ATTACHMENT_TYPES[file.mimeType as AttachmentType] ?? 'Fil',
                bytes: file.filesize ?? 0,
              },
            ]
          : [],
      ),
    })),
  }
}
