import { ID_PATTERN } from '@redaktion/content-schemas/ids'
import type { Endpoint } from 'payload'

import { isEditorUser } from '../access/roles'
import { findEvent } from './registrationQueries'
import { registrationsCsv, type CsvRegistration } from './registrationsCsv'

const refuse = (status: number, message: string) =>
  Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * `GET /api/registrations/export?event=<id>`: the event's registrations as a CSV file for Excel,
 * editors only (the collection itself is read by editors only). The admin's button on the event
 * links here; the browser downloads it with the editor's session.
 */
export const registrationsExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Du är inte inloggad. Logga in och försök igen.')
    if (!isEditorUser(req.user)) return refuse(403, 'Bara redaktörer kan exportera anmälningar.')
    const eventId = new URL(req.url ?? 'http://x/').searchParams.get('event') ?? ''
    if (!ID_PATTERN.test(eventId)) return refuse(400, 'Evenemang saknas eller är ogiltigt.')
    const event = await findEvent(req.payload, eventId, req)
    if (!event) return refuse(404, 'Evenemanget finns inte.')
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: { event: { equals: eventId } },
      select: {
        reference: true,
        name: true,
        email: true,
        organisation: true,
        note: true,
        status: true,
        createdAt: true,
      },
      pagination: false,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    const filename = `anmalningar-${event.slug || eventId}.csv`
    return new Response(registrationsCsv(docs as CsvRegistration[]), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
