type Handler = (request: Request) => Promise<Response>

const HINT = /\s*Did you mean [\s\S]*$/

/**
 * GraphQL's validation answers a misspelt field or type with "Did you mean …?", which walks an
 * anonymous caller through the schema one guess at a time (graphql 16 cannot turn it off).
 * The hint is cut from every error message; the error itself stays.
 */
export function withoutSchemaHints(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    if (!response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    let body = text
    try {
      const json = JSON.parse(text) as { errors?: { message?: unknown }[] }
      for (const error of json.errors ?? []) {
        if (typeof error.message === 'string') error.message = error.message.replace(HINT, '')
      }
      body = JSON.stringify(json)
    } catch {
      // Not JSON after all: pass it on unchanged.
    }
    return new Response(body, { status: response.status, headers })
  }
}
