import { ActionError, editorAction } from './editorAction'

const NOTICE_MAX = 2000

/**
 * "Publicera rättelse": `POST /api/corrections/:id/publish-notice` with the notice text (or the
 * one already saved) marks the report corrected; the publishCorrectionNotice hook stamps the
 * date and the notice appears on the article.
 */
export const publishNotice = editorAction({
  action: 'publish-notice',
  run: async ({ id, body, req }) => {
    const { payload } = req
    const report = await payload.findByID({
      collection: 'corrections',
      id,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!report) throw new ActionError(404, 'Felanmälan finns inte längre.')

    const notice = (typeof body.notice === 'string' ? body.notice : (report.notice ?? '')).trim()
    if (!notice) {
      throw new ActionError(
        400,
        'Skriv rättelsen i fältet ”Rättelse (publiceras på artikeln)” innan du publicerar den.',
      )
    }
    if (notice.length > NOTICE_MAX) {
      throw new ActionError(
        400,
        `Rättelsen får vara högst ${NOTICE_MAX.toLocaleString('sv-SE')} tecken.`,
      )
    }
    const wasPublished = report.status === 'corrected' && Boolean(report.noticePublishedAt)
    if (wasPublished && notice === report.notice) {
      return { message: 'Rättelsen är redan publicerad på artikeln.', doc: report }
    }
    const doc = await payload.update({
      collection: 'corrections',
      id,
      data: { status: 'corrected', notice },
      depth: 0,
      req,
      overrideAccess: false,
    })
    return {
      message: wasPublished
        ? 'Rättelsen är uppdaterad på artikeln.'
        : 'Rättelsen är publicerad på artikeln.',
      doc,
    }
  },
})
