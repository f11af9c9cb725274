import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type TypedUser } from 'payload'

import { withoutSchemaHints } from '../../src/graphql/withoutSchemaHints'
import config from '../../src/payload.config'
import type { Actor, StaffActor } from './accessMatrix'
import { STAFF_PASSWORD } from './staff'

const ORIGIN = 'http://localhost:3000'

export interface ApiAnswer {
  status: number
  headers: Headers
  body: Record<string, unknown>
}

export interface StaffApi {
  rest(
    method: string,
    path: string,
    init?: { actor?: Actor; token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiAnswer>
  graphql(
    query: string,
    actor?: Actor,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{
    status: number
    data: Record<string, unknown> | null
    errors: { message: string }[]
  }>
  tokens: Record<StaffActor, string>
}

// As the route (`app/(payload)/api/graphql/route.ts`) assembles it.
const graphqlHandler = withoutSchemaHints(GRAPHQL_POST(config))

function parse(text: string): Record<string, unknown> {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    return { unparsed: text }
  }
}

/**
 * The CMS's REST and GraphQL layers as the Next routes run them (Payload's `handleEndpoints` and
 * the GraphQL route handler, each with a web Request and a JWT per actor), minus the socket.
 */
export async function staffApi(
  payload: Payload,
  staff: Record<StaffActor, TypedUser>,
): Promise<StaffApi> {
  const entries = await Promise.all(
    (Object.keys(staff) as StaffActor[]).map(async (actor) => {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: staff[actor].email, password: STAFF_PASSWORD },
      })
      return [actor, token ?? ''] as const
    }),
  )
  const tokens = Object.fromEntries(entries) as Record<StaffActor, string>
  const auth = (actor: Actor = 'anonymous'): Record<string, string> =>
    actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens[actor]}` }

  return {
    tokens,
    async rest(method, path, { actor, token, body, headers } = {}) {
      const isForm = body instanceof FormData
      const request = new Request(`${ORIGIN}/api${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `JWT ${token}` } : auth(actor)),
          ...headers,
          ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      })
      const response = await handleEndpoints({ config, request })
      return {
        status: response.status,
        headers: response.headers,
        body: parse(await response.text()),
      }
    },
    async graphql(query, actor, variables, token) {
      const request = new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: {
          ...(token ? { Authorization: `JWT ${token}` } : auth(actor)),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ query, variables }),
      })
      const response = await graphqlHandler(request)
      const json = parse(await response.text()) as {
        data?: Record<string, unknown> | null
        errors?: { message: string }[]
      }
      return { status: response.status, data: json.data ?? null, errors: json.errors ?? [] }
    },
  }
}
