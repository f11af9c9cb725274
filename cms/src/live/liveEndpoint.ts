import { articlePath } from '@redaktion/content-schemas/paths'
import type { DocumentLive } from '@redaktion/content-schemas/preview'
import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import type { Env } from '../env'
import { askPublisherLive } from './askPublisherLive'
import { parseLiveQueryParams } from './liveQueryParams'
import type { ArticleLiveStatus, LiveStatusAnswer } from './liveStatus'

const NOT_CONFIGURED =
  'Publiceringstjänsten är inte inställd här (PUBLISHER_URL saknas), så det går inte att se när artiklar blir live.'
const UNREACHABLE =
  'Publiceringstjänsten svarar inte just nu, så det går inte att se om artikeln är live. Försök igen om en stund.'
const HEADERS = { 'Cache-Control': 'no-store' }

/**
 * `GET /api/site/live?collection=articles&ids=a,b` (staff): whether the articles' newest
 * publishes are live on the site, from the publisher's `POST /live`. Only articles the user may
 * read are answered or passed on; the browser never talks to the publisher.
 */
export function liveEndpoint({ publisherUrl, siteOrigin, siteWebhook }: Env): Endpoint {
  return {
    path: '/site/live',
    method: 'get',
    handler: async (req) => {
      if (!req.user) {
        return Response.json(
          { message: 'Du är inte inloggad. Logga in och försök igen.' },
          { status: 401 },
        )
      }
      if (!isStaffUser(req.user)) {
        return Response.json(
          { message: 'Bara redaktionen kan se om artiklar är live.' },
          { status: 403 },
        )
      }
      const params = parseLiveQueryParams(req.searchParams ?? new URLSearchParams())
      if (!params.isValid) return Response.json({ message: params.message }, { status: 400 })

      // The live row of each article (drafts are versions), read with the user's own access.
      const { docs } = await req.payload.find({
        collection: params.collection,
        where: { id: { in: params.ids } },
        draft: false,
        depth: 0,
        limit: params.ids.length,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        select: { slug: true, _status: true, updatedAt: true },
        req,
      })
      const articles = docs.map((doc) => ({
        id: String(doc.id),
        isPublished: doc._status === 'published',
        publishedVersionAt: doc._status === 'published' ? doc.updatedAt : null,
        url:
          doc._status === 'published' && doc.slug
            ? new URL(articlePath(doc.slug), siteOrigin).href
            : null,
      }))
      const answer = (records: Map<string, DocumentLive>, problem: string | null) =>
        Response.json(
          {
            documents: articles.map((article): ArticleLiveStatus => ({
              ...article,
              live: records.get(article.id) ?? null,
            })),
            problem,
          } satisfies LiveStatusAnswer,
          { headers: HEADERS },
        )
      if (articles.length === 0) return answer(new Map(), null)
      if (!publisherUrl) return answer(new Map(), NOT_CONFIGURED)
      try {
        const { documents } = await askPublisherLive({
          publisherUrl,
          secret: siteWebhook.secret,
          query: { collection: params.collection, ids: articles.map((article) => article.id) },
        })
        return answer(new Map(documents.map((record) => [record.id, record])), null)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        req.payload.logger.warn(`Publisher live status from ${publisherUrl} unavailable: ${reason}`)
        return answer(new Map(), UNREACHABLE)
      }
    },
  }
}
