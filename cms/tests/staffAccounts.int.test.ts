import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startNewsroom, type Newsroom } from './helpers/newsroom'
import { articleData } from './helpers/samples'
import { STAFF_PASSWORD } from './helpers/staff'
import { staffApi, type StaffApi } from './helpers/staffApi'
import { stopTestPayload } from './helpers/testPayload'

let room: Newsroom
let api: StaffApi

beforeAll(async () => {
  room = await startNewsroom()
  api = await staffApi(room.payload, room.staff)
})
afterAll(() => stopTestPayload(room.payload))

/** A journalist of the test's own, so changing their password or locking them spoils nothing. */
async function newJournalist() {
  const email = `journalist-${randomUUID()}@test.example`
  const user = await room.payload.create({
    collection: 'users',
    data: { email, password: STAFF_PASSWORD, name: 'Egen', role: 'journalist' },
  })
  return { id: user.id, email }
}

const logIn = (email: string, password: string, address = '198.51.100.7') =>
  api.rest('POST', '/users/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': address },
  })

async function tokenOf(email: string): Promise<string> {
  const answer = await logIn(email, STAFF_PASSWORD, `203.0.113.${Math.floor(Math.random() * 250)}`)
  return answer.body.token as string
}

const me = (token: string) => api.rest('GET', '/users/me', { token })

describe('sessions', () => {
  it('cannot be searched through a where on createdBy, and createdBy is not public', async () => {
    const made = await api.rest('POST', '/articles', {
      actor: 'editor',
      body: { ...articleData(room.base, 'published'), title: 'Redaktörens artikel' },
    })
    const id = (made.body.doc as { id: number | string }).id
    const probe = await api.rest(
      'GET',
      `/articles?depth=0&where[id][equals]=${id}&where[createdBy.sessions.expiresAt][greater_than]=2000-01-01`,
    )
    expect(probe.status === 200 ? (probe.body.docs as unknown[]).length : 0).toBe(0)
    const { body } = await api.rest('GET', `/articles/${id}?depth=1`)
    expect(body.title).toBe('Redaktörens artikel')
    expect(body).not.toHaveProperty('createdBy')
  })

  it('of one user are not readable by another', async () => {
    const { body } = await api.rest('GET', `/users/${room.staff.editor.id}`, {
      actor: 'journalist',
    })
    expect(body.sessions ?? []).toEqual([])
  })
})

describe('durable credentials', () => {
  it('an API key cannot be given to oneself', async () => {
    const answer = await api.rest('PATCH', `/users/${room.staff.journalist.id}`, {
      actor: 'journalist',
      body: { enableAPIKey: true, apiKey: randomUUID() },
    })
    const stored = await room.payload.db.findOne<{ id: number; enableAPIKey?: boolean | null }>({
      collection: 'users',
      where: { id: { equals: room.staff.journalist.id } },
    })
    expect(answer.status === 403 || answer.status === 200).toBe(true)
    expect(Boolean(stored?.enableAPIKey)).toBe(false)
  })

  it('changing one’s password needs the current one, and ends the other sessions', async () => {
    const { id, email } = await newJournalist()
    const first = await tokenOf(email)
    const second = await tokenOf(email)
    const refused = await api.rest('PATCH', `/users/${id}`, {
      token: first,
      body: { password: 'ett-helt-nytt-losenord-1' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/nuvarande lösenord/)
    expect((await logIn(email, 'ett-helt-nytt-losenord-1')).status).toBe(401)

    const changed = await api.rest('PATCH', `/users/${id}`, {
      token: first,
      body: { password: 'ett-helt-nytt-losenord-1', currentPassword: STAFF_PASSWORD },
    })
    expect(changed.status).toBe(200)
    expect((await me(second)).body.user).toBeNull()
  })

  it('changing one’s e-mail address needs the current password', async () => {
    const { id, email } = await newJournalist()
    const token = await tokenOf(email)
    const refused = await api.rest('PATCH', `/users/${id}`, {
      token,
      body: { email: `kapad-${randomUUID()}@example.se` },
    })
    expect(refused.status).toBe(400)
    const stored = await room.payload.findByID({ collection: 'users', id })
    expect(stored.email).toBe(email)
  })
})

describe('log-in', () => {
  it('answers an unknown address, a wrong password and a locked account with one message', async () => {
    const { id, email } = await newJournalist()
    const wrong = await logIn(email, 'fel-losenord', '198.51.100.20')
    const unknown = await logIn(`ingen-${randomUUID()}@test.example`, 'fel', '198.51.100.21')
    await room.payload.db.updateOne({
      collection: 'users',
      id,
      data: { lockUntil: new Date(Date.now() + 600_000).toISOString(), loginAttempts: 30 },
    })
    const locked = await logIn(email, STAFF_PASSWORD, '198.51.100.22')
    expect([wrong.status, unknown.status, locked.status]).toEqual([401, 401, 401])
    expect(unknown.body).toEqual(wrong.body)
    expect(locked.body).toEqual(wrong.body)
  })

  // Processor time, not wall time (tests never time the clock): the process's CPU, the libuv
  // threads that derive password keys included, does not depend on what else the machine runs.
  it('spends as much work on an unknown address as on a wrong password', async () => {
    const { email } = await newJournalist()
    const time = async (address: string) => {
      const started = process.cpuUsage()
      await logIn(address, 'fel-losenord', '198.51.100.30')
      const spent = process.cpuUsage(started)
      return spent.user + spent.system
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 5; round++) {
      known.push(await time(email))
      unknown.push(await time(`ingen-${randomUUID()}@test.example`))
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[2]!
    // Before: about 8 ms against 350 ms (a ratio near 0.03). Both now run one password hash.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5)
  })

  it('limits the attempts one address makes without a success, and not another address', async () => {
    const { email } = await newJournalist()
    const address = '2001:db8:77:1::5'
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await logIn(email, 'fel-losenord', address)).status).toBe(401)
    }
    const limited = await logIn(email, STAFF_PASSWORD, '2001:db8:77:1::6')
    expect(limited.status).toBe(429)
    expect(String(limited.body.errors && JSON.stringify(limited.body.errors))).toMatch(
      /För många inloggningsförsök/,
    )
    expect((await logIn(email, STAFF_PASSWORD, '198.51.100.40')).status).toBe(200)
  })

  it('does not let one address lock someone else out', async () => {
    const { email } = await newJournalist()
    for (let attempt = 0; attempt < 12; attempt++) await logIn(email, 'fel', '198.51.100.50')
    expect((await logIn(email, STAFF_PASSWORD, '198.51.100.51')).status).toBe(200)
  })
})
