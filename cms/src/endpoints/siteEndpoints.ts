import { randomUUID } from 'node:crypto'

import {
  type PublisherStatus,
  publisherStatusSchema,
  siteRequestHeaders,
} from '@redaktion/content-schemas/siteWebhook'
import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorUser, isStaffUser } from '../access/roles'
import type { Env } from '../env'
import { postSiteWebhook } from '../siteWebhook/postSiteWebhook'

/** `GET /api/site/status`: the publisher's state, or why it cannot be shown. */
export type SiteStatusAnswer =
  | { isConfigured: false; message: string }
  | { isConfigured: true; isReachable: false; message: string }
  | { isConfigured: true; isReachable: true; status: PublisherStatus }

const STATUS_TIMEOUT_MS = 3_000
const NOT_CONFIGURED =
  'Publiceringstjänsten är inte inställd här (PUBLISHER_URL saknas), så webbplatsens status kan inte visas.'
const UNREACHABLE =
  'Publiceringstjänsten svarar inte just nu. Webbplatsen ligger kvar som den är; försök igen om en stund.'

const refusal = (req: PayloadRequest, allowed: boolean, who: string): Response | null => {
  if (!req.user) {
    return Response.json(
      { message: 'Du är inte inloggad. Logga in och försök igen.' },
      { status: 401 },
    )
  }
  return allowed ? null : Response.json({ message: who }, { status: 403 })
}

/**
 * The admin's window on the publisher: its status (staff) and "Bygg om nu" (editors). The
 * browser only talks to the CMS; the publisher may live on a private address.
 */
export function siteEndpoints({ publisherUrl, siteWebhook }: Env): Endpoint[] {
  return [
    {
      path: '/site/status',
      method: 'get',
      handler: async (req) => {
        const refused = refusal(
          req,
          isStaffUser(req.user),
          'Bara redaktionen kan se webbplatsens status.',
        )
        if (refused) return refused
        const headers = { 'Cache-Control': 'no-store' }
        if (!publisherUrl) {
          return Response.json(
            { isConfigured: false, message: NOT_CONFIGURED } satisfies SiteStatusAnswer,
            { headers },
          )
        }
        try {
          // Signed like a delivery: the publisher answers its status only to whoever has the
          // secret.
          const url = `${publisherUrl}/status`
          const response = await fetch(url, {
            headers: siteRequestHeaders({
              method: 'GET',
              url,
              rawBody: '',
              secret: siteWebhook.secret,
            }),
            signal: AbortSignal.timeout(STATUS_TIMEOUT_MS),
          })
          if (!response.ok) throw new Error(`answered ${response.status}`)
          const parsed = publisherStatusSchema.safeParse(await response.json())
          if (!parsed.success) throw new Error(`answered an unknown shape: ${parsed.error.message}`)
          const status = parsed.data
          return Response.json(
            { isConfigured: true, isReachable: true, status } satisfies SiteStatusAnswer,
            {
              headers,
            },
          )
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          req.payload.logger.warn(`Publisher status from ${publisherUrl} unavailable: ${reason}`)
          return Response.json(
            {
              isConfigured: true,
              isReachable: false,
              message: UNREACHABLE,
            } satisfies SiteStatusAnswer,
            { headers },
          )
        }
      },
    },
    {
      path: '/site/rebuild',
      method: 'post',
      handler: async (req) => {
        const refused = refusal(
          req,
          isEditorUser(req.user),
          'Bara redaktörer kan bygga om webbplatsen.',
        )
        if (refused) return refused
        if (!publisherUrl) return Response.json({ message: NOT_CONFIGURED }, { status: 503 })
        const deliveryId = randomUUID()
        try {
          const response = await postSiteWebhook({
            url: `${publisherUrl}/rebuild`,
            secret: siteWebhook.secret,
            body: {
              deliveryId,
              event: 'rebuild',
              collection: 'site',
              ids: [],
              slugs: [],
              time: new Date().toISOString(),
            },
          })
          await response.body?.cancel()
          if (!response.ok) {
            req.payload.logger.error(
              `Rebuild ${deliveryId} refused by the publisher: ${response.status}`,
            )
            const hint =
              response.status === 401
                ? ' Kontrollera att SITE_WEBHOOK_SECRET är densamma i CMS:et och publiceringstjänsten.'
                : ' Försök igen om en stund.'
            return Response.json(
              {
                message: `Publiceringstjänsten tog inte emot beställningen (svar ${response.status}).${hint}`,
              },
              { status: 502 },
            )
          }
          req.payload.logger.info(`Rebuild ${deliveryId} requested by user ${req.user!.id}`)
          return Response.json(
            {
              message: 'Ombyggnaden är beställd. Webbplatsen är uppdaterad om en liten stund.',
              deliveryId,
            },
            { status: 202 },
          )
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          req.payload.logger.warn(`Rebuild ${deliveryId}: publisher unreachable: ${reason}`)
          return Response.json({ message: UNREACHABLE }, { status: 502 })
        }
      },
    },
  ]
}
