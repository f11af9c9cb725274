// Events through the CMS's REST API as an editor, for the server tests of the event pages.
import { randomUUID } from 'node:crypto'

import { postSigned } from './startPublisher'

export interface EventDoc {
  id: string
  slug: string
  title: string
  startsAt: string
  endsAt: string
  updatedAt: string
  _status?: string
}

/** An editor's JSON calls to the CMS's REST API; a non-2xx answer throws with its body. */
export function editorApi(cmsUrl: string, token: string) {
  return async <T = { doc?: EventDoc; docs?: EventDoc[] }>(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<T> => {
    const response = await fetch(`${cmsUrl}/api/${url}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as T
    if (!response.ok)
      throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
}

/** A small valid one-page PDF with `text` on it (the documents collection takes PDFs only). */
export function tinyPdf(text: string): Uint8Array<ArrayBuffer> {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length + 30} >>\nstream\nBT /F1 18 Tf 20 70 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(pdf.length)
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(new TextEncoder().encode(pdf))
}

/** Uploads a PDF to the documents collection; returns the document. */
export async function uploadDocument(
  cmsUrl: string,
  token: string,
  { title, filename, text }: { title: string; filename: string; text: string },
): Promise<{ id: string; filesize: number; filename: string }> {
  const form = new FormData()
  form.append('file', new Blob([tinyPdf(text)], { type: 'application/pdf' }), filename)
  form.append('_payload', JSON.stringify({ title }))
  const response = await fetch(`${cmsUrl}/api/documents`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const json = (await response.json()) as {
    doc?: { id: string; filesize: number; filename: string }
  }
  if (!response.ok) throw new Error(`POST documents: ${response.status} ${JSON.stringify(json)}`)
  return json.doc!
}

/**
 * Tells the publisher that events changed, signed as the CMS signs its deliveries: the delivery
 * the CMS's own events hook sends (`collection: 'events'`), sent by the test too so that these
 * suites do not depend on when that hook is merged. A repeat of a change is harmless: the
 * publisher merges it into the same build or builds it again.
 */
export async function announceEvents(
  publisherUrl: string,
  secret: string,
  events: { id: string; slug: string }[],
  event: 'publish' | 'update' | 'unpublish' = 'update',
): Promise<void> {
  const deliveryId = randomUUID()
  const body = JSON.stringify({
    deliveryId,
    event,
    collection: 'events',
    ids: events.map((doc) => doc.id),
    slugs: events.map((doc) => doc.slug),
    time: new Date().toISOString(),
  })
  const response = await postSigned(`${publisherUrl}/webhook`, body, { secret, deliveryId })
  if (response.status !== 202)
    throw new Error(`The publisher answered ${response.status}: ${await response.text()}`)
}
