import type { Actor } from './accessMatrix'
import type { AccessDriver, Id } from './accessDriver'

const DENIED = new Set([401, 403, 404])

/** The REST API of a running CMS over real HTTP, with a JWT per signed-in test user. */
export function restDriver(
  baseUrl: string,
  tokens: Record<Exclude<Actor, 'anonymous'>, string>,
): AccessDriver {
  const headers = (actor: Actor): Record<string, string> =>
    actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens[actor]}` }

  async function call(actor: Actor, method: string, path: string, body?: BodyInit | object) {
    const isJson = body !== undefined && !(body instanceof FormData)
    const response = await fetch(`${baseUrl}/api/${path}`, {
      method,
      headers: { ...headers(actor), ...(isJson ? { 'Content-Type': 'application/json' } : {}) },
      body: isJson ? JSON.stringify(body) : (body as BodyInit | undefined),
    })
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (response.ok) return json
    if (DENIED.has(response.status)) return null
    throw new Error(
      `${method} /api/${path} as ${actor}: HTTP ${response.status} ${JSON.stringify(json)}`,
    )
  }

  const draftQuery = (isDraft?: boolean) => (isDraft ? '?draft=true' : '')

  return {
    async create({ collection, actor, data, file, isDraft }) {
      let body: FormData | object = data
      if (file) {
        const form = new FormData()
        form.append(
          'file',
          new Blob([new Uint8Array(file.data)], { type: file.mimetype }),
          file.name,
        )
        form.append('_payload', JSON.stringify(data))
        body = form
      }
      const json = await call(actor, 'POST', `${collection}${draftQuery(isDraft)}`, body)
      return json ? ((json.doc as { id: Id }).id ?? null) : null
    },
    async read({ collection, actor, id }) {
      return call(actor, 'GET', `${collection}/${id}?depth=0`)
    },
    async update({ collection, actor, id, data, isDraft }) {
      return (
        (await call(actor, 'PATCH', `${collection}/${id}${draftQuery(isDraft)}`, data)) !== null
      )
    },
    async delete({ collection, actor, id }) {
      return (await call(actor, 'DELETE', `${collection}/${id}`)) !== null
    },
  }
}
