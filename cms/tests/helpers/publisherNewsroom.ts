import type { Payload, TypedUser } from 'payload'
import { vi } from 'vitest'

import type { StaffActor } from './accessMatrix'
import type { BaseDocs } from './samples'
import type { EndpointAnswer } from './submissionClient'

export type Caller = 'editor' | 'journalist' | 'anonymous'

export interface PublisherNewsroom {
  payload: Payload
  staff: Record<StaffActor, TypedUser>
  base: BaseDocs
  /** Calls the CMS's REST API (a path below /api). */
  call: (path: string, init?: RequestInit) => Promise<EndpointAnswer>
  /** A request made as the editor, the journalist (logged in) or anonymously. */
  as: (actor: Caller, method?: string) => RequestInit
  /** Stops Payload and takes back the environment it was started with. */
  stop: () => Promise<void>
}

/**
 * A newsroom whose CMS talks to a stand-in publisher at `publisherUrl` with `secret`, and no
 * webhook URL, so that no deliveries are queued. The environment is set before Payload and
 * its configuration are imported, which is why they are imported here and not at the top.
 */
export async function startPublisherNewsroom(
  publisherUrl: string,
  secret: string,
): Promise<PublisherNewsroom> {
  vi.stubEnv('PUBLISHER_URL', publisherUrl)
  vi.stubEnv('SITE_WEBHOOK_SECRET', secret)
  vi.stubEnv('SITE_WEBHOOK_URL', undefined)
  const { startNewsroom } = await import('./newsroom')
  const { stopTestPayload } = await import('./testPayload')
  const { STAFF_PASSWORD } = await import('./staff')
  const { callApi } = await import('./submissionClient')
  const { payload, staff, base } = await startNewsroom()
  const tokens: Partial<Record<StaffActor, string>> = {}
  for (const actor of ['editor', 'journalist'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: staff[actor].email, password: STAFF_PASSWORD },
    })
    tokens[actor] = token
  }
  return {
    payload,
    staff,
    base,
    call: callApi,
    as: (actor, method = 'GET') => {
      const headers: Record<string, string> =
        actor === 'anonymous' ? {} : { Authorization: `JWT ${tokens[actor]}` }
      return { method, headers }
    },
    stop: async () => {
      vi.unstubAllEnvs()
      await stopTestPayload(payload)
    },
  }
}
