import { readFileSync, readlinkSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { getJson, login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { getStatus, postSigned, rebuildDelivery, waitForStatus } from './helpers/startPublisher'
import { siteDataFolder } from '../siteDataFolder'

const { cmsUrl, siteUrl, publisherUrl, publisherSecret, dataDir } = serverContext()

describe('npm start’s publisher', () => {
  it('serves the site from the release that live points to', async () => {
    const status = await getStatus(publisherUrl, publisherSecret)
    expect(status.lastRelease).not.toBeNull()
    const target = readlinkSync(siteDataFolder(dataDir).liveLink)
    expect(target).toMatch(/^releases\/\d{8}T\d{9}Z/)
    const home = await fetch(`${siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html')
    expect(
      readFileSync(path.join(siteDataFolder(dataDir).liveLink, 'pagefind', 'pagefind.js')),
    ).toBeTruthy()
  })

  it('keeps the webhook secret private to its owner', () => {
    expect(statSync(path.join(dataDir, '.webhook-secret')).mode & 0o077).toBe(0)
  })

  it('refuses an unsigned rebuild and rebuilds on a signed one, switching live', async () => {
    expect((await fetch(`${publisherUrl}/rebuild`, { method: 'POST' })).status).toBe(401)
    const before = await waitForStatus(
      publisherUrl,
      (status) => status.state === 'idle',
      publisherSecret,
    )
    const body = JSON.stringify(rebuildDelivery())
    const response = await postSigned(`${publisherUrl}/rebuild`, body, { secret: publisherSecret })
    expect(response.status).toBe(202)
    const after = await waitForStatus(
      publisherUrl,
      (status) => status.state === 'idle' && status.builds > before.builds,
      publisherSecret,
    )
    expect(after.lastError).toBeNull()
    expect(after.lastRelease?.id).not.toBe(before.lastRelease?.id)
    expect(readlinkSync(siteDataFolder(dataDir).liveLink)).toBe(
      path.join('releases', after.lastRelease!.id),
    )
    expect((await fetch(`${siteUrl}/`)).status).toBe(200)
  })

  it('puts an article published in the CMS live through the signed webhook', async () => {
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token } = await login(cmsUrl, editor.email, editor.password)
    const { body: categories } = await getJson(`${cmsUrl}/api/categories?limit=1&depth=0`)
    const { body: authors } = await getJson(`${cmsUrl}/api/authors?limit=1&depth=0`)
    const created = await fetch(`${cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        _status: 'published',
        title: 'Publicerad genom webbkroken',
        lead: 'En artikel som testet publicerar och väntar in på den statiska sajten.',
        category: categories.docs[0]!.id,
        authors: [authors.docs[0]!.id],
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { slug: string } }
    for (;;) {
      const page = await fetch(`${siteUrl}/artikel/${doc.slug}/`)
      if (page.status === 200) {
        expect(await page.text()).toContain('Publicerad genom webbkroken')
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const status = await getStatus(publisherUrl, publisherSecret)
    expect(status.lastError).toBeNull()
  })
})
