import { randomUUID } from 'node:crypto'

import type { SubmissionKind } from '@redaktion/content-schemas/submissions'
import { solveChallenge, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { handleEndpoints } from 'payload'

import config from '../../src/payload.config'

export const SITE_ORIGIN = 'http://localhost:4321'
const API = 'http://localhost:3000/api'

export interface EndpointAnswer {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

/**
 * Calls the CMS's REST layer exactly as the Next route does (Payload's `handleEndpoints` with a
 * web Request), so endpoints run with their real parsing, access and database, minus the socket.
 */
export async function callApi(path: string, init: RequestInit = {}): Promise<EndpointAnswer> {
  const response = await handleEndpoints({ config, request: new Request(`${API}${path}`, init) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: parseJson(text) }
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    return { unparsed: text }
  }
}

/** A solved captcha, as the widget would put it in the form's `altcha` field. */
export async function solvedCaptcha(): Promise<string> {
  const { body } = await callApi('/submissions/challenge', { headers: { origin: SITE_ORIGIN } })
  const challenge = body as unknown as Challenge
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('the test could not solve the captcha')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

export type FormValue = string | { name: string; type: string; data: Uint8Array }

/** A multipart body with the given fields; a file value becomes a file part. */
export function formBody(fields: Record<string, FormValue | FormValue[]>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') form.append(name, item)
      else form.append(name, new Blob([Buffer.from(item.data)], { type: item.type }), item.name)
    }
  }
  return form
}

export function postSubmission(
  kind: SubmissionKind | 'page-feedback' | 'tip/reply-box' | 'tip/reply-box/answer',
  body: FormData | string,
  headers: Record<string, string> = {},
): Promise<EndpointAnswer> {
  return callApi(`/submissions/${kind}`, {
    method: 'POST',
    body,
    headers: { origin: SITE_ORIGIN, ...headers },
  })
}

/** Valid fields for each kind, to be sent as they are or spoiled one field at a time. */
export function validFields(
  kind: SubmissionKind | 'page-feedback',
  articleId: string,
  eventId = '',
): Record<string, string> {
  const idempotencyKey = randomUUID()
  if (kind === 'registration') {
    return {
      idempotencyKey,
      event: eventId,
      name: 'Sam Deltagare',
      email: `sam-${idempotencyKey.slice(0, 8)}@example.se`,
      organisation: 'Region Skåne',
      note: 'Vegetarisk kost, tack.',
      website: '',
    }
  }
  if (kind === 'page-feedback') {
    return {
      idempotencyKey,
      page: '/artikel/tillit-i-forvaltningen/',
      answer: 'no',
      text: 'Jag saknade vem som beslutade.',
      website: '',
    }
  }
  if (kind === 'tip') {
    return {
      idempotencyKey,
      article: articleId,
      message: 'Myndigheten har slutat diarieföra mejl från medborgare sedan i våras.',
      name: 'Alex Källa',
      contact: 'alex@example.se',
      website: '',
    }
  }
  if (kind === 'comment') {
    return {
      idempotencyKey,
      article: articleId,
      name: 'Maja Läsare',
      email: 'maja@example.se',
      text: 'Bra skrivet, men vem ska betala?\nDet saknas i debatten.',
      website: '',
    }
  }
  if (kind === 'correction') {
    return {
      idempotencyKey,
      article: articleId,
      whatIsWrong: 'Det står att reformen infördes 2019.',
      whatIsRight: 'Reformen infördes 2021.',
      source: 'Regeringens proposition 2020/21:1',
      contactName: 'Robin Läsare',
      contactEmail: 'robin@example.se',
      website: '',
    }
  }
  return {
    idempotencyKey,
    title: 'Låt myndigheterna lita på sina anställda',
    text: 'Tillitsreformen har stannat halvvägs.\n\nDet är dags att ta nästa steg.',
    authorName: 'Kim Debattör',
    signature: 'Förbundsordförande, Facket för förvaltning',
    email: 'kim@example.se',
    phone: '070-123 45 67',
    consentToEditing: 'on',
    website: '',
  }
}
