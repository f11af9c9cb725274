import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A correction notice is public once the report is marked corrected and the notice has text;
 * the date is stamped then and kept, and withdrawn if the report leaves that state.
 */
export const publishCorrectionNotice: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  const notice = (data.notice ?? originalDoc?.notice ?? '').trim()
  if (status === 'corrected' && notice) {
    data.noticePublishedAt =
      data.noticePublishedAt ?? originalDoc?.noticePublishedAt ?? new Date().toISOString()
  } else {
    data.noticePublishedAt = null
  }
  return data
}
