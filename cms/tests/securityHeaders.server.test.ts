import { describe, expect, it } from 'vitest'

import { serverContext } from '../../scripts/tests/helpers/serverContext'

const { cmsUrl } = serverContext()

function expectGuarded(response: Response): void {
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('same-origin')
}

describe('the running CMS', () => {
  it('sends framing, sniffing and referrer headers on admin pages, REST, GraphQL and errors', async () => {
    const answers = await Promise.all([
      fetch(`${cmsUrl}/admin/login`),
      fetch(`${cmsUrl}/api/articles?limit=1&depth=0`),
      fetch(`${cmsUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }),
      }),
      fetch(`${cmsUrl}/api/finns-inte`),
      fetch(`${cmsUrl}/api/media/file/finns-inte.png`),
    ])
    for (const response of answers) {
      await response.body?.cancel()
      expectGuarded(response)
    }
  })

  it('lets the API load and run nothing', async () => {
    const response = await fetch(`${cmsUrl}/api/articles?limit=1&depth=0`)
    await response.body?.cancel()
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
  })

  it('answers a misspelt GraphQL field without suggesting the right one', async () => {
    const response = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles { docs { titel } } }' }),
    })
    const text = await response.text()
    expect(text).toMatch(/titel/)
    expect(text).not.toMatch(/Did you mean/)
  })
})
