import type { SubmissionReceipt } from '@redaktion/content-schemas/submissions'

import { formatDateTime } from '../../lib/format'
import {
  placesAfter,
  placesText,
  registrationReceiptText,
  type PlacesState,
} from '../../lib/registration/places'

/** Fills in the receipt: the CMS's thanks, the reference code and when it was received. */
export function fillReceipt(receipt: HTMLElement, accepted: SubmissionReceipt): void {
  receipt.querySelector('[data-receipt-message]')!.textContent = accepted.message
  receipt.querySelector('[data-receipt-reference]')!.textContent = accepted.reference
  const time = document.createElement('time')
  time.dateTime = accepted.receivedAt
  time.textContent = formatDateTime(accepted.receivedAt)
  receipt.querySelector('[data-receipt-time]')!.replaceChildren(time)
  const detail = receipt.querySelector<HTMLElement>('[data-receipt-detail]')
  if (detail) {
    detail.textContent = accepted.registration ? registrationReceiptText(accepted.registration) : ''
    detail.hidden = !accepted.registration
  }
  if (accepted.registration)
    showPlaces(receipt, (before) => placesAfter(accepted.registration!, before))
  fillReplyBox(receipt, accepted.replyBox)
}

/**
 * The Svarslåda phrase, shown once: it is written into the page only, so leaving or reloading
 * the page forgets it, and a later receipt without one hides the last.
 */
function fillReplyBox(receipt: HTMLElement, replyBox: SubmissionReceipt['replyBox']): void {
  const box = receipt.querySelector<HTMLElement>('[data-receipt-reply-box]')
  if (!box) return
  box.querySelector('[data-receipt-phrase]')!.textContent = replyBox?.phrase ?? ''
  if (replyBox)
    box.querySelector<HTMLAnchorElement>('[data-receipt-reply-link]')!.href = replyBox.path
  box.hidden = !replyBox
  receipt.querySelector<HTMLElement>('[data-receipt-keep]')!.hidden = Boolean(replyBox)
}

/**
 * Rewrites the event's "N platser kvar" line (outside the form, from the build) with what the
 * CMS knows now: after a registration, or when the form loads.
 */
export function showPlaces(inside: HTMLElement, next: (before: PlacesState) => PlacesState): void {
  const region = inside.closest<HTMLElement>('[data-registration]')
  const line = region?.querySelector<HTMLElement>('[data-places-left]')
  if (!region || !line) return
  const state = next(JSON.parse(region.dataset.places!) as PlacesState)
  region.dataset.places = JSON.stringify(state)
  const text = placesText(state)
  line.textContent = text
  line.hidden = text === null
}
