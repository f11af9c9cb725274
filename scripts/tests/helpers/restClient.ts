/** The parts of Payload's REST answers that server tests read. */
export interface ApiBody {
  totalDocs: number
  docs: { id: string }[]
  _status?: string
}

/** Small helpers for talking to the running CMS over HTTP in server tests. */
export async function getJson(
  url: string,
  token?: string,
): Promise<{ status: number; body: ApiBody }> {
  const response = await fetch(url, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  return { status: response.status, body: (await response.json()) as ApiBody }
}

export async function login(cmsUrl: string, email: string, password: string) {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; user?: { id: string; role: string } }
  if (!response.ok || !body.token || !body.user)
    throw new Error(`Login as ${email} failed: ${response.status}`)
  return { token: body.token, user: body.user }
}

/** Whether the CMS answers a REST read within 5 s (false while it is down or restarting). */
export async function cmsAnswers(cmsUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${cmsUrl}/api/articles?limit=1&depth=0`, {
      signal: AbortSignal.timeout(5_000),
    })
    return response.ok
  } catch {
    return false
  }
}
