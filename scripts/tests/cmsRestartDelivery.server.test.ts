// A publish whose site webhook delivery has not gone out when the CMS dies: the job row
// survives in the database, and the CMS that npm start brings back delivers it, so the article
// goes live without anyone touching the CMS again. The CMS sends a delivery within milliseconds
// of the change, so the test holds it back the way it happens: the publisher is down (killed;
// npm start brings it back too) when the delivery is tried, and the CMS dies before the retry.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { loadState } from '@redaktion/site/publisher/queueStore'
import { readDemoLogins } from '../src/seed/demoLogins'
import { cmsAnswers, getJson, login } from './helpers/restClient'
import { serverContext } from './helpers/serverContext'
import { deliveryJobsFor, waitForNoDueSiteJobs } from './helpers/siteJobs'
import { waitForQuiet } from '../../site/tests/helpers/startPublisher'
import { siteDataFolder } from '@redaktion/site/siteDataFolder'

const { cmsUrl, siteUrl, publisherUrl, publisherSecret, dataDir } = serverContext()
/** The delivery ids the publisher has accepted, from its persisted state. */
const acceptedDeliveries = () =>
  Object.keys(loadState(siteDataFolder(dataDir).stateFile).queue.seen)

const pidOf = (name: 'cms' | 'publisher') =>
  Number(readFileSync(path.join(dataDir, 'run', `${name}.pid`), 'utf8'))

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function pageStatus(url: string): Promise<number> {
  return (await fetch(url)).status
}

describe('a CMS restarted with an undelivered site webhook job', () => {
  it('delivers it after the restart, and the article goes live', async () => {
    // Not while the demo's scheduled publish may run: a kill would strand that job.
    await waitForNoDueSiteJobs(dataDir)
    await waitForQuiet(publisherUrl, publisherSecret)
    const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
    const { token } = await login(cmsUrl, editor.email, editor.password)
    const { body: categories } = await getJson(`${cmsUrl}/api/categories?limit=1&depth=0`)
    const { body: authors } = await getJson(`${cmsUrl}/api/authors?limit=1&depth=0`)
    const title = `Publicerad strax före ett avbrott ${Date.now()}`
    const killedPid = pidOf('cms')

    // The publisher goes down; npm start brings it back a second or more later.
    const publisherPid = pidOf('publisher')
    process.kill(publisherPid, 'SIGKILL')
    await expect.poll(() => isRunning(publisherPid), { timeout: 10_000, interval: 20 }).toBe(false)
    const created = await fetch(`${cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        _status: 'published',
        title,
        lead: 'En artikel vars leverans till webbplatsen väntar medan CMS:et startas om.',
        category: categories.docs[0]!.id,
        authors: [authors.docs[0]!.id],
      }),
    })
    const body = (await created.json()) as { doc: { id: string; slug: string } }
    expect(created.status).toBe(201)
    // The delivery was tried at once, found no publisher and waits for its retry (in 5 s):
    // the CMS dies now.
    await expect
      .poll(() => deliveryJobsFor(dataDir, body.doc.id)[0], { timeout: 10_000, interval: 20 })
      .toMatchObject({ totalTried: 1, isProcessing: false })
    process.kill(killedPid, 'SIGKILL')
    await expect.poll(() => isRunning(killedPid), { timeout: 10_000, interval: 50 }).toBe(false)

    const [job, ...others] = deliveryJobsFor(dataDir, body.doc.id)
    expect(others).toEqual([])
    expect(job, 'the delivery had not gone out when the CMS was killed').toMatchObject({
      completedAt: null,
      totalTried: 1,
      isProcessing: false,
      hasError: false,
      input: { event: 'publish', slugs: [body.doc.slug] },
    })
    const { deliveryId } = job!.input
    expect(acceptedDeliveries()).not.toContain(deliveryId)
    const articleUrl = `${siteUrl}/artikel/${body.doc.slug}/`
    expect(await pageStatus(articleUrl)).toBe(404)

    // Nothing asks the CMS anything until the delivery has gone out: the restarted CMS must
    // start its jobs runner by itself.
    await expect
      .poll(() => acceptedDeliveries().includes(deliveryId), { timeout: 180_000, interval: 500 })
      .toBe(true)
    expect(pidOf('cms')).not.toBe(killedPid)
    await expect.poll(() => pageStatus(articleUrl), { timeout: 180_000, interval: 500 }).toBe(200)
    expect(await (await fetch(articleUrl)).text()).toContain(title)
    expect(deliveryJobsFor(dataDir, body.doc.id).filter((entry) => !entry.completedAt)).toEqual([])

    expect(await cmsAnswers(cmsUrl)).toBe(true)
    expect((await waitForQuiet(publisherUrl, publisherSecret)).lastError).toBeNull()
  }, 600_000)
})
