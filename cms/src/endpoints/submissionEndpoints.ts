import {
  SUBMISSION_KINDS,
  type SubmissionErrorBody,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Env } from '../env'
import { createCaptcha } from '../submissions/captcha'
import { handleSubmission } from '../submissions/handleSubmission'
import { createRateLimit } from '../submissions/rateLimit'
import { SubmissionError } from '../submissions/SubmissionError'

/**
 * The public side of the inbox: `GET /api/submissions/challenge` hands out a captcha challenge,
 * `POST /api/submissions/{tip,correction,debate}` takes a reader's submission. Browsers may call
 * them from the site's origin only; the collections themselves take no anonymous writes.
 */
export function submissionEndpoints(env: Env): Endpoint[] {
  const captcha = createCaptcha({
    secret: env.payloadSecret,
    cost: env.submissions.captchaCost,
    ttlSeconds: env.submissions.captchaTtlSeconds,
  })
  const rateLimit = createRateLimit({
    points: env.submissions.rateLimit,
    windowSeconds: env.submissions.rateWindowSeconds,
  })
  const cors = corsHeaders(env.siteOrigin)

  const refuseForeignOrigin = (req: PayloadRequest): Response | null => {
    const origin = req.headers.get('origin')
    if (!origin || origin === env.siteOrigin) return null
    return errorResponse(
      new SubmissionError(403, 'Bidrag tas bara emot från tidningens webbplats.'),
      cors(origin),
    )
  }

  const submit = (kind: SubmissionKind): Endpoint => ({
    path: `/submissions/${kind}`,
    method: 'post',
    handler: async (req) => {
      const headers = cors(req.headers.get('origin'))
      const refusal = refuseForeignOrigin(req)
      if (refusal) return refusal
      try {
        const outcome = await handleSubmission(kind, req, { captcha, rateLimit })
        return Response.json(outcome.body, { status: outcome.status, headers })
      } catch (error) {
        if (error instanceof SubmissionError) return errorResponse(error, headers)
        req.payload.logger.error({ err: error }, `Reader submission (${kind}) failed`)
        return errorResponse(
          new SubmissionError(
            500,
            'Något gick fel hos oss och bidraget sparades inte. Din text finns kvar – försök igen om en stund.',
          ),
          headers,
        )
      }
    },
  })

  const preflight = (path: string): Endpoint => ({
    path,
    method: 'options',
    handler: (req) => {
      const refusal = refuseForeignOrigin(req)
      if (refusal) return refusal
      return new Response(null, {
        status: 204,
        headers: {
          ...cors(req.headers.get('origin')),
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
        },
      })
    },
  })

  return [
    {
      path: '/submissions/challenge',
      method: 'get',
      handler: async (req) => {
        const refusal = refuseForeignOrigin(req)
        if (refusal) return refusal
        return Response.json(await captcha.issue(), {
          headers: { ...cors(req.headers.get('origin')), 'Cache-Control': 'no-store' },
        })
      },
    },
    preflight('/submissions/challenge'),
    ...SUBMISSION_KINDS.flatMap((kind) => [submit(kind), preflight(`/submissions/${kind}`)]),
  ]
}

function corsHeaders(siteOrigin: string) {
  return (origin: string | null): Record<string, string> => ({
    Vary: 'Origin',
    ...(origin === siteOrigin
      ? {
          'Access-Control-Allow-Origin': siteOrigin,
          'Access-Control-Expose-Headers': 'Retry-After',
        }
      : {}),
  })
}

function errorResponse(error: SubmissionError, headers: Record<string, string>): Response {
  const body: SubmissionErrorBody = { message: error.message, errors: error.errors }
  return Response.json(body, {
    status: error.status,
    headers: { ...headers, ...error.headers, 'Cache-Control': 'no-store' },
  })
}
