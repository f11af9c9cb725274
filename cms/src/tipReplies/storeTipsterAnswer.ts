import type { TipReplyAnswer } from '@redaktion/content-schemas/tipReplies'
import { createLocalReq, type Payload } from 'payload'

import type { CheckedFile } from '../submissions/checkFiles'

/** The tip an answer with this idempotency key was stored for, if any. */
export async function findAnsweredTip(
  payload: Payload,
  idempotencyKey: string,
): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'tip-messages',
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { tip: true },
  })
  const tip = docs[0]?.tip
  if (tip === undefined) return null
  return String(typeof tip === 'object' ? tip.id : tip)
}

/**
 * Stores a tipster's answer: its files first, then the message naming them; on failure the
 * files are deleted again (SQLite runs without transactions here, see storeSubmission.ts). The
 * message is unread until staff open the thread; the tip keeps its status.
 */
export async function storeTipsterAnswer({
  payload,
  tipId,
  data,
  files,
}: {
  payload: Payload
  tipId: string
  data: TipReplyAnswer
  files: CheckedFile[]
}): Promise<void> {
  const req = await createLocalReq({ context: { isTipsterAnswer: true } }, payload)
  const uploadIds: (number | string)[] = []
  try {
    for (const file of files) {
      const upload = await payload.create({
        collection: 'tip-attachments',
        data: {},
        file: {
          data: file.bytes,
          mimetype: file.mimeType,
          name: file.filename,
          size: file.bytes.length,
        },
        req,
        overrideAccess: true,
        depth: 0,
      })
      uploadIds.push(upload.id)
    }
    await payload.create({
      collection: 'tip-messages',
      data: {
        tip: tipId,
        from: 'tipster',
        text: data.message,
        attachments: uploadIds as string[],
        sentAt: new Date().toISOString(),
        idempotencyKey: data.idempotencyKey,
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    if (uploadIds.length > 0) {
      await payload.delete({
        collection: 'tip-attachments',
        where: { id: { in: uploadIds } },
        overrideAccess: true,
      })
    }
    throw error
  }
  payload.logger.debug('Tipster answer stored')
}
