import {
  SUBMISSION_KINDS,
  type SubmissionErrorBody,
  type SubmissionKind,
} from '@redaktion/content-schemas/submissions'
import type { Endpoint, PayloadRequest } from 'payload'

import type { Env } from '../env'
import { handlePageFeedback } from '../pageFeedback/handlePageFeedback'
import { registrationPlaces } from '../registrations/registrationPlaces'
import { createCaptcha } from '../submissions/captcha'
import { handleSubmission } from '../submissions/handleSubmission'
import { createRateLimit } from '../submissions/rateLimit'
import { SubmissionError } from '../submissions/SubmissionError'
import { answerReplyBox, openReplyBox } from '../tipReplies/handleTipReply'

/**
 * The public side of the inbox: `GET /api/submissions/challenge` hands out a captcha challenge,
 * `POST /api/submissions/{tip,correction,debate,registration}` takes a reader's submission,
 * `POST /api/submissions/page-feedback` an answer to "Hjälpte informationen på sidan dig?", and
 * `GET /api/submissions/registration/places?event=<id>` tells how many places are left, and
 * `POST /api/submissions/tip/reply-box{,/answer}` open and answer a tip's Svarslåda. Browsers may call
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

  const guards = { captcha, rateLimit }
  const submit = (
    kind: SubmissionKind | 'page-feedback' | 'tip/reply-box' | 'tip/reply-box/answer',
    handle: (req: PayloadRequest) => Promise<{ status: number; body: unknown }>,
  ): Endpoint => ({
    path: `/submissions/${kind}`,
    method: 'post',
    handler: async (req) => {
      const headers = cors(req.headers.get('origin'))
      const refusal = refuseForeignOrigin(req)
      if (refusal) return refusal
      try {
        const outcome = await handle(req)
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
    ...SUBMISSION_KINDS.flatMap((kind) => [
      submit(kind, (req) => handleSubmission(kind, req, guards)),
      preflight(`/submissions/${kind}`),
    ]),
    submit('page-feedback', (req) => handlePageFeedback(req, guards)),
    preflight('/submissions/page-feedback'),
    submit('tip/reply-box', (req) => openReplyBox(req, guards)),
    preflight('/submissions/tip/reply-box'),
    submit('tip/reply-box/answer', (req) => answerReplyBox(req, guards)),
    preflight('/submissions/tip/reply-box/answer'),
    {
      path: '/submissions/registration/places',
      method: 'get',
      handler: async (req) => {
        const eventId = new URL(req.url ?? 'http://x/').searchParams.get('event')
        const answer = await registrationPlaces(req.payload, eventId)
        return Response.json(answer.body, {
          status: answer.status,
          // Counts only, the same for everyone: a few seconds in any cache are fine.
          headers: {
            ...cors(req.headers.get('origin')),
            'Cache-Control': answer.status === 200 ? 'public, max-age=5' : 'no-store',
          },
        })
      },
    },
    preflight('/submissions/registration/places'),
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
