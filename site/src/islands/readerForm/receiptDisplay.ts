import type { SubmissionReceipt } from '@redaktion/content-schemas/submissions'

import { formatDateTime } from '../../lib/format'

/** Fills in the receipt: the CMS's thanks, the reference code and when it was received. */
export function fillReceipt(receipt: HTMLElement, accepted: SubmissionReceipt): void {
  receipt.querySelector('[data-receipt-message]')!.textContent = accepted.message
  receipt.querySelector('[data-receipt-reference]')!.textContent = accepted.reference
  const time = document.createElement('time')
  time.dateTime = accepted.receivedAt
  time.textContent = formatDateTime(accepted.receivedAt)
  receipt.querySelector('[data-receipt-time]')!.replaceChildren(time)
}
