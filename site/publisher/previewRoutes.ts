// POST /preview and POST /live, after the publisher has checked size and signature: the body
// parsed with the contract's schemas (content-schemas/src/preview.ts), answered in Swedish
// when it is not what the contract says (the CMS shows the message to the journalist).
import {
  liveQuerySchema,
  type LiveAnswer,
  type PreviewAnswer,
  previewRequestSchema,
} from '@redaktion/content-schemas/preview'
import type { z } from 'zod'

import type { Previewer } from './createPreviewer'
import { liveOf, type LiveRecords } from './liveRecords'

export interface RouteAnswer {
  status: number
  body: PreviewAnswer | LiveAnswer | { message: string }
}

/** One Swedish sentence per problem, each naming the field. */
export function swedishIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : 'kroppen'
      const problem =
        issue.code === 'invalid_type'
          ? 'saknas eller har fel typ'
          : issue.code === 'too_big'
            ? `är för stort (högst ${String(issue.maximum)})`
            : issue.code === 'too_small'
              ? `är för litet eller tomt (minst ${String(issue.minimum)})`
              : issue.code === 'invalid_format'
                ? 'har fel format (ett ISO 8601-datum med tidszon väntas)'
                : 'är ogiltigt'
      return `Fältet ${field} ${problem}.`
    })
    .join(' ')
}

function parsed<T>(body: string, schema: z.ZodType<T>): { data: T } | { refusal: RouteAnswer } {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return { refusal: { status: 400, body: { message: 'Kroppen är inte JSON.' } } }
  }
  const result = schema.safeParse(json)
  return result.success
    ? { data: result.data }
    : { refusal: { status: 400, body: { message: swedishIssues(result.error.issues) } } }
}

export async function answerPreview(
  body: string,
  previewer: Previewer | null,
): Promise<RouteAnswer> {
  const request = parsed(body, previewRequestSchema)
  if ('refusal' in request) return request.refusal
  if (!previewer)
    return {
      status: 503,
      body: {
        message:
          'Förhandsgranskning kräver publicistens byggserver (PUBLISHER_BUILD_SERVER är tom).',
      },
    }
  const result = await previewer.ask(request.data)
  if (result.type === 'previewed') return { status: 200, body: result.answer }
  return { status: result.type === 'refused' ? 503 : 500, body: { message: result.message } }
}

export function answerLive(body: string, records: LiveRecords): RouteAnswer {
  const query = parsed(body, liveQuerySchema)
  if ('refusal' in query) return query.refusal
  return { status: 200, body: { documents: liveOf(records, query.data) } }
}
