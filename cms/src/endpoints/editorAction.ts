import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { isEditorUser } from '../access/roles'

/** A refusal the editor reads as it is written: Swedish, saying what to do. */
export class ActionError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/** The answer of an action: a Swedish message and whatever the button needs next. */
export interface ActionAnswer {
  message: string
  [key: string]: unknown
}

type Run = (args: {
  id: string
  body: Record<string, unknown>
  req: PayloadRequest
}) => Promise<ActionAnswer>

/**
 * One button in the admin doing one thing to one document, as
 * `POST /api/<collection>/:id/<action>`, for editors only. Every answer, success or refusal, is
 * `{ message, … }` with the message in Swedish, so the button can show it as it is.
 */
export function editorAction({ action, run }: { action: string; run: Run }): Endpoint {
  return {
    path: `/:id/${action}`,
    method: 'post',
    handler: async (req) => {
      try {
        if (!req.user) throw new ActionError(401, 'Du är inte inloggad. Logga in och försök igen.')
        if (!isEditorUser(req.user)) {
          throw new ActionError(403, 'Bara redaktörer kan göra det här.')
        }
        const answer = await run({
          id: String(req.routeParams?.id),
          body: await readBody(req),
          req,
        })
        return Response.json(answer)
      } catch (error) {
        if (error instanceof ActionError) {
          return Response.json(
            { ...error.details, message: error.message },
            { status: error.status },
          )
        }
        if (error instanceof APIError && error.status < 500) {
          return Response.json({ message: error.message }, { status: error.status })
        }
        req.payload.logger.error({ err: error }, `Admin action ${action} failed`)
        return Response.json(
          { message: 'Något gick fel hos oss och inget ändrades. Försök igen om en stund.' },
          { status: 500 },
        )
      }
    },
  }
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await req.json?.()
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}
