import { randomUUID } from 'node:crypto'

import type { SubmissionReceipt } from '@redaktion/content-schemas/submissions'

import {
  SITE_ORIGIN,
  callApi,
  formBody,
  postSubmission,
  solvedCaptcha,
  validFields,
  type EndpointAnswer,
  type FormValue,
} from './submissionClient'

/** Sends an anonymous tip through the endpoint; its receipt carries the Svarslåda phrase. */
export async function sendAnonymousTip(
  articleId: string,
  headers: Record<string, string> = {},
): Promise<{ reference: string; phrase: string; answer: EndpointAnswer }> {
  const answer = await postSubmission(
    'tip',
    formBody({
      ...validFields('tip', articleId),
      name: '',
      contact: '',
      anonymous: 'on',
      altcha: await solvedCaptcha(),
    }),
    headers,
  )
  const receipt = answer.body as unknown as SubmissionReceipt
  return { reference: receipt.reference, phrase: receipt.replyBox?.phrase ?? '', answer }
}

/** `POST /api/submissions/tip/reply-box` as the page sends it (JSON). */
export async function openReplyBox(
  fields: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<EndpointAnswer> {
  return callApi('/submissions/tip/reply-box', {
    method: 'POST',
    body: JSON.stringify({ altcha: await solvedCaptcha(), ...fields }),
    headers: { origin: SITE_ORIGIN, 'content-type': 'application/json', ...headers },
  })
}

/** `POST /api/submissions/tip/reply-box/answer` as the page sends it (multipart). */
export async function answerReplyBox(
  fields: Record<string, FormValue | FormValue[]>,
  headers: Record<string, string> = {},
): Promise<EndpointAnswer> {
  return callApi('/submissions/tip/reply-box/answer', {
    method: 'POST',
    body: formBody({ idempotencyKey: randomUUID(), altcha: await solvedCaptcha(), ...fields }),
    headers: { origin: SITE_ORIGIN, ...headers },
  })
}
