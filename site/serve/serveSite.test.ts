import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLiveSiteHandler, createSiteHandler } from './serveSite'

let siteDir: string
let server: Server
let siteUrl: string

function write(relative: string, content: string | Buffer) {
  const file = path.join(siteDir, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

beforeAll(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'redaktion-serve-'))
  write('index.html', '<h1>Start</h1>')
  write('404.html', '<h1>Sidan finns inte</h1>')
  write('sok/index.html', '<h1>Sök</h1>')
  write('_astro/app.abc123.js', 'console.log(1)')
  write('rss.xml', '<rss/>')
  write('evenemang/kalender.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
  write('dokument/abc/presentation.pdf', '%PDF-1.4')
  write('rss.xml.br', brotliCompressSync('<rss/>'))
  write('.newsroom.json', '{"secret":"not for readers"}')
  write('.well-known/security.txt', 'Contact: mailto:redaktionen@example.org')
  server = createServer(createSiteHandler(siteDir))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(siteDir, { recursive: true, force: true })
})

/** No page may be framed (the meta tag cannot say so), and nothing is sniffed or leaks a URL. */
function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp.split(';').map((directive) => directive.trim())).toEqual(
    expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]),
  )
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
}

describe('the static site handler', () => {
  it('serves pages and directory pages, revalidated by ETag', async () => {
    const home = await fetch(`${siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toBe('<h1>Start</h1>')
    expect(home.headers.get('cache-control')).toBe('no-cache')
    const etag = home.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await fetch(`${siteUrl}/`, { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(await (await fetch(`${siteUrl}/sok/`)).text()).toBe('<h1>Sök</h1>')
  })

  it('lets browsers keep hashed assets for a year', async () => {
    const response = await fetch(`${siteUrl}/_astro/app.abc123.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('serves calendars as UTF-8 iCalendar and documents as PDF, to be shown inline', async () => {
    const calendar = await fetch(`${siteUrl}/evenemang/kalender.ics`)
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await calendar.text()).toContain('BEGIN:VCALENDAR')
    const document = await fetch(`${siteUrl}/dokument/abc/presentation.pdf`)
    expect(document.headers.get('content-type')).toBe('application/pdf')
    expect(document.headers.get('content-disposition')).toBeNull()
  })

  it('serves the precompressed copy to a client that accepts it', async () => {
    const response = await fetch(`${siteUrl}/rss.xml`, { headers: { 'Accept-Encoding': 'br' } })
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(await response.text()).toBe('<rss/>')
  })

  it('finds a file written after it was created, without indexing the folder again', async () => {
    write('artikel/ny-artikel/index.html', '<h1>Ny</h1>')
    const response = await fetch(`${siteUrl}/artikel/ny-artikel/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<h1>Ny</h1>')
  })

  it.each(['/.newsroom.json', '/%2Enewsroom.json', '/artikel/../.newsroom.json', '/finns-inte/'])(
    'answers %s with the 404 page',
    async (pathname) => {
      const response = await fetch(`${siteUrl}${pathname}`)
      expect(response.status).toBe(404)
      const body = await response.text()
      expect(body).toBe('<h1>Sidan finns inte</h1>')
      expect(body).not.toContain('secret')
    },
  )

  it('serves /.well-known/', async () => {
    const response = await fetch(`${siteUrl}/.well-known/security.txt`)
    expect(response.status).toBe(200)
  })

  it.each(['/', '/sok/', '/_astro/app.abc123.js', '/rss.xml', '/.newsroom.json', '/finns-inte/'])(
    'sends the security headers with %s',
    async (pathname) => {
      const response = await fetch(`${siteUrl}${pathname}`)
      expectSecurityHeaders(response)
    },
  )

  it('sends them with a 304 and with the answer before the first release', async () => {
    const etag = (await fetch(`${siteUrl}/`)).headers.get('etag')!
    expectSecurityHeaders(await fetch(`${siteUrl}/`, { headers: { 'If-None-Match': etag } }))
    const live = createServer(createLiveSiteHandler(path.join(siteDir, 'no-live-link-yet')))
    await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve))
    try {
      const response = await fetch(`http://127.0.0.1:${(live.address() as AddressInfo).port}/`)
      expect(response.status).toBe(503)
      expectSecurityHeaders(response)
    } finally {
      await new Promise<void>((resolve) => live.close(() => resolve()))
    }
  })

  it('does not serve files outside its folder', async () => {
    const response = await fetch(`${siteUrl}/%2e%2e/%2e%2e/etc/passwd`)
    expect(response.status).toBe(404)
  })
})
