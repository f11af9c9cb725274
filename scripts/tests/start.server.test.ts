import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '@redaktion/cms/payload.config'
import { queueScheduledPublish } from '@redaktion/cms/queueScheduledPublish'

import { readDemoLogins } from '../src/seed/demoLogins'
import { getJson, login } from './helpers/restClient'
import { serverContext } from './helpers/serverContext'
import { solvedCaptcha } from './helpers/solveCaptcha'

const { cmsUrl, dataDir, serverLog } = serverContext()

describe('npm start', () => {
  it('serves the admin, in Swedish by default', async () => {
    const admin = await fetch(`${cmsUrl}/admin`, {
      headers: { 'Accept-Language': 'en-US,en;q=0.9' },
    })
    expect(admin.status).toBe(200)
    const loginPage = await fetch(`${cmsUrl}/admin/login`, {
      headers: { 'Accept-Language': 'en-US,en;q=0.9' },
    })
    expect(loginPage.status).toBe(200)
    const html = await loginPage.text()
    expect(html).toContain('Logga in')
    expect(html).toContain('Lösenord')
  })

  it('serves the seeded demo newsroom through the REST API', async () => {
    const articles = await getJson(`${cmsUrl}/api/articles?limit=1&depth=0`)
    expect(articles.status).toBe(200)
    expect(articles.body.totalDocs).toBeGreaterThanOrEqual(40)
    const counts = await Promise.all(
      ['categories', 'topics', 'authors'].map(
        async (collection) => (await getJson(`${cmsUrl}/api/${collection}?limit=1`)).body.totalDocs,
      ),
    )
    expect(counts[0]).toBeGreaterThanOrEqual(6)
    expect(counts[1]).toBeGreaterThanOrEqual(3)
    expect(counts[2]).toBeGreaterThanOrEqual(6)
    const notices = await getJson(`${cmsUrl}/api/corrections?depth=0`)
    expect(notices.body.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('lets the printed demo log-ins sign in with their roles', async () => {
    const logins = readDemoLogins(dataDir)
    expect(logins.map((entry) => entry.role)).toEqual(['admin', 'editor', 'journalist'])
    for (const entry of logins) {
      const { user } = await login(cmsUrl, entry.email, entry.password)
      expect(user.role).toBe(entry.role)
    }
  })

  it('publishes a scheduled article through the jobs runner inside the server', async () => {
    const editorLogin = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token, user } = await login(cmsUrl, editorLogin.email, editorLogin.password)
    const { body: categories } = await getJson(`${cmsUrl}/api/categories?limit=1&depth=0`)
    const { body: authors } = await getJson(`${cmsUrl}/api/authors?limit=1&depth=0`)
    const created = await fetch(`${cmsUrl}/api/articles?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        _status: 'draft',
        title: 'Schemalagd artikel från testet',
        category: categories.docs[0]!.id,
        authors: [authors.docs[0]!.id],
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }

    // The admin's "schedule publish" queues this job; the test queues it the same way.
    const payload = await getPayload({ config })
    await queueScheduledPublish(payload, {
      articleId: doc.id,
      userId: user.id,
      at: new Date(Date.now() + 1000),
    })
    await payload.destroy()

    const deadline = Date.now() + 60_000
    let status: string | undefined = 'draft'
    while (status !== 'published' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await getJson(`${cmsUrl}/api/articles/${doc.id}?depth=0`, token)).body._status
    }
    expect(status).toBe('published')
  })

  it('stores no IP address or user agent of a tipster, in the database or the log', async () => {
    const userAgent = 'TipsterBrowser/9.9 (unique-agent-7f3a)'
    const ip = '203.0.113.77'
    const form = new FormData()
    form.append('idempotencyKey', randomUUID())
    form.append('message', 'Ett anonymt tips om upphandlingen.')
    form.append('anonymous', 'on')
    form.append('altcha', await solvedCaptcha(cmsUrl))
    const response = await fetch(`${cmsUrl}/api/submissions/tip`, {
      method: 'POST',
      headers: { 'User-Agent': userAgent, 'X-Forwarded-For': ip, 'X-Real-IP': ip },
      body: form,
    })
    expect(response.status).toBe(201)
    const stored = databaseBytes()
    expect(stored).toContain('Ett anonymt tips om upphandlingen')
    for (const trace of ['unique-agent-7f3a', ip]) {
      expect(stored).not.toContain(trace)
      expect(readFileSync(serverLog, 'utf8')).not.toContain(trace)
    }
  })

  it('keeps no client address or browser name in any submission stored during the tests', () => {
    const database = new DatabaseSync(path.join(dataDir, 'redaktion.db'), { readOnly: true })
    const rows = ['tips', 'corrections', 'debate_submissions'].flatMap((table) =>
      database.prepare(`select * from ${table}`).all(),
    )
    database.close()
    const text = JSON.stringify(rows)
    expect(rows.length).toBeGreaterThan(0)
    for (const trace of ['127.0.0.1', '::1', '::ffff:', 'HeadlessChrome', 'Mozilla/5.0']) {
      expect(text).not.toContain(trace)
    }
    const log = readFileSync(serverLog, 'utf8')
    expect(log).not.toContain('HeadlessChrome')
    expect(log).not.toContain('Mozilla/5.0')
  })
})

/** The raw SQLite file and its write-ahead log, as bytes read as text. */
function databaseBytes(): string {
  return ['redaktion.db', 'redaktion.db-wal']
    .map((file) => {
      try {
        return readFileSync(path.join(dataDir, file)).toString('latin1')
      } catch {
        return ''
      }
    })
    .join('')
}
