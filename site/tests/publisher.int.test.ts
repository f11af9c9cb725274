// The publisher as its own process, with a fake build (helpers/fakeSiteBuild.mjs) whose
// files in a control folder hold it or make it fail, so nothing here depends on timing.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { createLiveSiteHandler } from '../serve/serveSite'
import {
  delivery,
  fakeBuildServerCommand,
  getStatus,
  postSigned,
  rebuildDelivery,
  startPublisher,
  waitForStatus,
  type RunningPublisher,
} from './helpers/startPublisher'
import { siteDataFolder } from '../siteDataFolder'

let workDir = ''
let publisher: RunningPublisher | undefined

afterEach(async () => {
  await publisher?.stop()
  publisher = undefined
  rmSync(workDir, { recursive: true, force: true })
})

function setUp() {
  workDir = mkdtempSync(path.join(tmpdir(), 'redaktion-publisher-'))
  const control = path.join(workDir, 'control')
  mkdirSync(control)
  const dataDir = path.join(workDir, 'data')
  return {
    dataDir,
    env: { DATA_DIR: dataDir, FAKE_BUILD_CONTROL: control },
    hold: () => {
      rmSync(path.join(control, 'started'), { force: true })
      writeFileSync(path.join(control, 'hold'), '')
    },
    release: () => rmSync(path.join(control, 'hold'), { force: true }),
    failBuilds: (isFailing: boolean) =>
      isFailing
        ? writeFileSync(path.join(control, 'fail'), '')
        : rmSync(path.join(control, 'fail'), { force: true }),
    /** The held fake build's process id, once it has started. */
    buildPid: async () => {
      while (!existsSync(path.join(control, 'started')))
        await new Promise((resolve) => setTimeout(resolve, 20))
      return Number(readFileSync(path.join(control, 'started'), 'utf8'))
    },
    liveChanges: () =>
      JSON.parse(
        readFileSync(path.join(siteDataFolder(dataDir).liveLink, 'changes.json'), 'utf8'),
      ) as {
        deliveryId: string
      }[],
    releases: () => readdirSync(siteDataFolder(dataDir).releasesDir).sort(),
  }
}

async function startFirstRelease(env: Record<string, string>) {
  publisher = await startPublisher(env)
  await waitForStatus(publisher.url, (status) => status.lastRelease !== null)
  return publisher
}

const webhook = (running: RunningPublisher) => `${running.url}/webhook`

describe('the publisher', () => {
  it('builds a first release on start when none is live', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    const status = await getStatus(running.url)
    expect(status).toMatchObject({ state: 'idle', builds: 1, lastError: null })
    expect(status.pending.changes).toBe(0)
    expect(site.liveChanges().map((change) => change)).toMatchObject([{ event: 'initial' }])
  })

  it('warms up its build server at start when a release is live, and builds with it', async () => {
    const site = setUp()
    const env = { ...site.env, PUBLISHER_BUILD_SERVER: fakeBuildServerCommand }
    const warmed = path.join(site.env.FAKE_BUILD_CONTROL, 'warmed')
    await (await startFirstRelease(env)).stop()
    // The first release was built cold: there was nothing live to warm up for.
    expect(existsSync(warmed)).toBe(false)
    const [liveRelease] = site.releases()

    const running = (publisher = await startPublisher(env))
    while (!running.output().includes('The build server is ready'))
      await new Promise((resolve) => setTimeout(resolve, 20))
    const [warmedPid, warmedFor] = readFileSync(warmed, 'utf8').trim().split(' ')
    expect(warmedFor).toBe(path.join(siteDataFolder(site.dataDir).releasesDir, liveRelease!))
    expect((await postSigned(webhook(running), JSON.stringify(delivery()))).status).toBe(202)
    await waitForStatus(running.url, (status) => status.builds === 1 && status.state === 'idle')
    const served = JSON.parse(
      readFileSync(path.join(siteDataFolder(site.dataDir).liveLink, 'server.json'), 'utf8'),
    ) as { pid: number; isWarm: boolean }
    expect(served).toMatchObject({ pid: Number(warmedPid), isWarm: true })
  })

  it('rejects missing, wrong and stale signatures with 401 and queues nothing', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    const body = JSON.stringify(delivery())
    const unsigned = await fetch(webhook(running), { method: 'POST', body })
    expect(unsigned.status).toBe(401)
    expect(
      (await postSigned(webhook(running), body, { secret: 'not-the-secret-at-all' })).status,
    ).toBe(401)
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60
    expect((await postSigned(webhook(running), body, { timestamp: sixMinutesAgo })).status).toBe(
      401,
    )
    const inSixMinutes = Math.floor(Date.now() / 1000) + 6 * 60
    expect((await postSigned(webhook(running), body, { timestamp: inSixMinutes })).status).toBe(401)
    const rebuild = await fetch(`${running.url}/rebuild`, { method: 'POST' })
    expect(rebuild.status).toBe(401)
    expect((await getStatus(running.url)).pending.changes).toBe(0)
  })

  it('refuses a signed /webhook body on /rebuild, and a /rebuild body on /webhook', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    const rebuildUrl = `${running.url}/rebuild`
    const change = JSON.stringify(delivery())
    const moved = await postSigned(rebuildUrl, change, { signedFor: webhook(running) })
    expect(moved.status).toBe(401)
    const rebuild = JSON.stringify(rebuildDelivery())
    expect((await postSigned(webhook(running), rebuild, { signedFor: rebuildUrl })).status).toBe(
      401,
    )
    expect((await getStatus(running.url)).pending.changes).toBe(0)
    expect(await getStatus(running.url)).toMatchObject({ builds: 1, state: 'idle' })
  })

  it('takes a signed rebuild once: a replay, also with another delivery header, is refused', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    site.hold()
    const rebuildUrl = `${running.url}/rebuild`
    const first = rebuildDelivery()
    const body = JSON.stringify(first)
    const timestamp = Math.floor(Date.now() / 1000)
    const sent = await postSigned(rebuildUrl, body, { timestamp, deliveryId: first.deliveryId })
    expect(sent.status).toBe(202)
    await waitForStatus(running.url, (status) => status.state === 'building')
    const replays = [
      await postSigned(rebuildUrl, body, { timestamp, deliveryId: first.deliveryId }),
      await postSigned(rebuildUrl, body, { timestamp, deliveryId: randomUUID() }),
      await postSigned(rebuildUrl, body, { timestamp }),
    ]
    expect(replays.map((response) => response.status)).toEqual([200, 400, 200])
    expect((await getStatus(running.url)).pending.changes).toBe(0)
    site.release()
    await waitForStatus(running.url, (status) => status.builds === 2 && status.state === 'idle')
    expect(site.liveChanges().map((change) => change.deliveryId)).toEqual([
      expect.any(String),
      first.deliveryId,
    ])
  })

  it('answers GET /status only when signed with the secret', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    expect((await fetch(`${running.url}/status`)).status).toBe(401)
    const wrong = getStatus(running.url, 'not-the-secret-at-all')
    await expect(wrong).rejects.toThrow(/answered 401/)
    expect((await getStatus(running.url)).lastRelease).not.toBeNull()
  })

  it('answers malformed deliveries with 400 and oversized ones with 413', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    expect((await postSigned(webhook(running), '{not json')).status).toBe(400)
    const noIds = JSON.stringify({ ...delivery(), ids: undefined })
    expect((await postSigned(webhook(running), noIds)).status).toBe(400)
    const notUuid = JSON.stringify(delivery({ deliveryId: 'abc' }))
    expect((await postSigned(webhook(running), notUuid)).status).toBe(400)
    const huge = JSON.stringify(delivery({ slugs: ['x'.repeat(70 * 1024)] }))
    expect((await postSigned(webhook(running), huge)).status).toBe(413)
  })

  it('answers 202 before the build runs and 200 "duplicate" for a delivery id seen before', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    site.hold()
    const first = delivery()
    const body = JSON.stringify(first)
    const accepted = await postSigned(webhook(running), body, { deliveryId: first.deliveryId })
    expect(accepted.status).toBe(202)
    const building = await waitForStatus(running.url, (status) => status.state === 'building')
    expect(building.building?.changes).toBe(1)
    const again = await postSigned(webhook(running), body)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ ignored: 'duplicate' })
    site.release()
    await waitForStatus(running.url, (status) => status.builds === 2 && status.state === 'idle')
    expect((await postSigned(webhook(running), body)).status).toBe(200)
    expect(
      site.liveChanges().filter((change) => change.deliveryId === first.deliveryId),
    ).toHaveLength(1)
  })

  it('coalesces a burst of 50 deliveries into at most 2 builds, all 50 live afterwards', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    site.hold()
    const burst = Array.from({ length: 50 }, (_, n) => delivery({ ids: [String(n)] }))
    for (const entry of burst) {
      expect((await postSigned(webhook(running), JSON.stringify(entry))).status).toBe(202)
    }
    const during = await getStatus(running.url)
    expect(during.pending.changes + (during.building?.changes ?? 0)).toBe(50)
    site.release()
    const after = await waitForStatus(
      running.url,
      (status) => status.state === 'idle' && status.pending.changes === 0 && status.builds >= 2,
    )
    expect(after.builds - 1).toBeLessThanOrEqual(2)
    const live = new Set(site.liveChanges().map((change) => change.deliveryId))
    for (const entry of burst) expect(live.has(entry.deliveryId)).toBe(true)
  })

  it('builds a stream of deliveries in one build once it settles', async () => {
    const site = setUp()
    const running = await startFirstRelease({
      ...site.env,
      PUBLISHER_DEBOUNCE_MS: '300',
      PUBLISHER_SETTLE_MS: '800',
    })
    // One every 200 ms for 2 s, each while the one before still waits for its build: a
    // build takes less than 200 ms, yet they all wait until none has come for 800 ms.
    const stream = Array.from({ length: 10 }, (_, n) => delivery({ ids: [String(n)] }))
    for (const entry of stream) {
      expect((await postSigned(webhook(running), JSON.stringify(entry))).status).toBe(202)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const after = await waitForStatus(
      running.url,
      (status) => status.state === 'idle' && status.pending.changes === 0,
    )
    expect(after.builds - 1).toBeLessThanOrEqual(2)
    const live = new Set(site.liveChanges().map((change) => change.deliveryId))
    for (const entry of stream) expect(live.has(entry.deliveryId)).toBe(true)
  })

  it('builds a stream that does not settle at least every PUBLISHER_MAX_WAIT_MS', async () => {
    const site = setUp()
    const running = await startFirstRelease({
      ...site.env,
      PUBLISHER_SETTLE_MS: '800',
      PUBLISHER_MAX_WAIT_MS: '1000',
    })
    // 3 s of deliveries 200 ms apart never settle: the wait is cut short after 1 s.
    for (let n = 0; n < 15; n++) {
      const entry = delivery({ ids: [String(n)] })
      expect((await postSigned(webhook(running), JSON.stringify(entry))).status).toBe(202)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const during = await getStatus(running.url)
    expect(during.builds - 1).toBeGreaterThanOrEqual(2)
  })

  it('keeps the previous release serving with 200 when a build fails, and records the error', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    const before = await getStatus(running.url)
    const server = createServer(createLiveSiteHandler(siteDataFolder(site.dataDir).liveLink))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      site.failBuilds(true)
      const failing = delivery()
      expect((await postSigned(webhook(running), JSON.stringify(failing))).status).toBe(202)
      const failed = await waitForStatus(running.url, (status) => status.builds === 2)
      expect(failed.lastError?.message).toContain('Injected failure')
      expect(failed.lastRelease).toEqual(before.lastRelease)
      expect(failed.pending.deliveries).toEqual([failing.deliveryId])
      expect((await fetch(siteUrl)).status).toBe(200)
      expect(site.releases()).toEqual([before.lastRelease!.id])

      site.failBuilds(false)
      expect((await fetch(`${running.url}/rebuild`, { method: 'POST' })).status).toBe(401)
      expect(
        (await postSigned(`${running.url}/rebuild`, JSON.stringify(rebuildDelivery()))).status,
      ).toBe(202)
      const recovered = await waitForStatus(running.url, (status) => status.builds === 3)
      expect(recovered.lastRelease?.id).not.toBe(before.lastRelease!.id)
      expect(site.liveChanges().map((change) => change.deliveryId)).toContain(failing.deliveryId)
      expect((await fetch(siteUrl)).status).toBe(200)
    } finally {
      server.close()
    }
  })

  it('stops the interrupted build and builds its change again after being killed during it', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    site.hold()
    const interrupted = delivery()
    expect((await postSigned(webhook(running), JSON.stringify(interrupted))).status).toBe(202)
    await waitForStatus(running.url, (status) => status.state === 'building')
    const buildPid = await site.buildPid()
    await running.kill()
    expect(isAlive(buildPid)).toBe(true)

    publisher = await startPublisher(site.env)
    await waitUntilGone(buildPid)
    site.release()
    await waitForStatus(publisher.url, (status) => status.builds === 1 && status.state === 'idle')
    expect((await getStatus(publisher.url)).lastError).toBeNull()
    expect(site.liveChanges().map((change) => change.deliveryId)).toContain(interrupted.deliveryId)
    expect(site.releases()).toHaveLength(2)
  })

  it('keeps the last 5 releases', async () => {
    const site = setUp()
    const running = await startFirstRelease(site.env)
    for (let build = 2; build <= 7; build++) {
      await postSigned(webhook(running), JSON.stringify(delivery()))
      await waitForStatus(running.url, (status) => status.builds === build)
    }
    // Old releases are deleted after the new one went live, in the background.
    await expect.poll(() => site.releases(), { timeout: 10_000 }).toHaveLength(5)
    expect(site.releases().at(-1)).toBe((await getStatus(running.url)).lastRelease?.id)
  })

  it('accepts unsigned posts in plain mode, an empty one as a full rebuild', async () => {
    const site = setUp()
    const running = await startFirstRelease({ ...site.env, SITE_WEBHOOK_SECRET: '' })
    const plain = await fetch(webhook(running), {
      method: 'POST',
      body: JSON.stringify(delivery()),
    })
    expect(plain.status).toBe(202)
    await waitForStatus(running.url, (status) => status.builds === 2)
    expect((await fetch(webhook(running), { method: 'POST' })).status).toBe(202)
    await waitForStatus(running.url, (status) => status.builds === 3)
    expect(site.liveChanges().at(-1)).toMatchObject({ event: 'rebuild' })
    expect((await fetch(webhook(running), { method: 'POST', body: '{"x":1}' })).status).toBe(400)
  })
})

describe('a failed build', () => {
  const ids = (changes: { deliveryId: string }[]) => changes.map((change) => change.deliveryId)

  it('is tried again after a doubling wait until it succeeds, which clears the error', async () => {
    const site = setUp()
    const running = await startFirstRelease({ ...site.env, PUBLISHER_RETRY_BASE_MS: '1500' })
    const before = await getStatus(running.url)
    site.failBuilds(true)
    const failing = delivery()
    expect((await postSigned(webhook(running), JSON.stringify(failing))).status).toBe(202)

    const first = await waitForStatus(running.url, (status) => status.builds === 2)
    expect(first).toMatchObject({
      state: 'retry',
      retry: { attempt: 1, attempts: 6 },
      lastRelease: before.lastRelease,
      pending: { deliveries: [failing.deliveryId] },
    })
    expect(first.lastError?.message).toContain('Injected failure')
    expect(Date.parse(first.retry!.at) - Date.parse(first.lastError!.at)).toBe(1500)

    const second = await waitForStatus(running.url, (status) => status.builds === 3)
    expect(second).toMatchObject({ state: 'retry', retry: { attempt: 2 } })
    expect(Date.parse(second.retry!.at) - Date.parse(second.lastError!.at)).toBe(3000)
    expect(second.lastRelease).toEqual(before.lastRelease)

    site.failBuilds(false)
    const recovered = await waitForStatus(running.url, (status) => status.builds === 4)
    expect(recovered).toMatchObject({
      state: 'idle',
      retry: null,
      lastError: null,
      pending: { changes: 0 },
    })
    expect(recovered.lastRelease?.id).not.toBe(before.lastRelease?.id)
    expect(ids(site.liveChanges())).toContain(failing.deliveryId)
  })

  it('builds the deliveries that arrive while it waits together with the retry', async () => {
    const site = setUp()
    const running = await startFirstRelease({ ...site.env, PUBLISHER_RETRY_BASE_MS: '4000' })
    site.failBuilds(true)
    const failing = delivery()
    await postSigned(webhook(running), JSON.stringify(failing))
    const waiting = await waitForStatus(running.url, (status) => status.builds === 2)
    expect(waiting.state).toBe('retry')

    site.failBuilds(false)
    const later = [delivery(), delivery()]
    for (const entry of later)
      expect((await postSigned(webhook(running), JSON.stringify(entry))).status).toBe(202)
    expect(await getStatus(running.url)).toMatchObject({
      state: 'retry',
      builds: 2,
      retry: waiting.retry,
      pending: { deliveries: ids([failing, ...later]) },
    })

    const done = await waitForStatus(
      running.url,
      (status) => status.state === 'idle' && status.pending.changes === 0,
    )
    expect(done).toMatchObject({ builds: 3, lastError: null, lastRelease: { changes: 3 } })
    // Built by the retry, not by a debounced build of its own.
    expect(Date.parse(done.lastRelease!.finishedAt)).toBeGreaterThanOrEqual(
      Date.parse(waiting.retry!.at),
    )
    expect(ids(site.liveChanges())).toEqual(expect.arrayContaining(ids([failing, ...later])))
  })

  it('waits for the next delivery once every retry has failed', async () => {
    const site = setUp()
    const running = await startFirstRelease({
      ...site.env,
      PUBLISHER_RETRY_BASE_MS: '200',
      PUBLISHER_RETRY_ATTEMPTS: '2',
    })
    site.failBuilds(true)
    const failing = delivery()
    await postSigned(webhook(running), JSON.stringify(failing))
    const gaveUp = await waitForStatus(running.url, (status) => status.builds === 4)
    expect(gaveUp).toMatchObject({
      state: 'idle',
      retry: null,
      pending: { deliveries: [failing.deliveryId] },
    })
    expect(gaveUp.lastError?.message).toContain('Injected failure')
    // A third retry would have started 800 ms after the last failure.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(await getStatus(running.url)).toMatchObject({ builds: 4, lastError: gaveUp.lastError })

    site.failBuilds(false)
    const next = delivery()
    await postSigned(webhook(running), JSON.stringify(next))
    const built = await waitForStatus(running.url, (status) => status.builds === 5)
    expect(built).toMatchObject({ state: 'idle', lastError: null, pending: { changes: 0 } })
    expect(ids(site.liveChanges())).toEqual(expect.arrayContaining(ids([failing, next])))
  })

  it('keeps waiting for its retry after a restart, and "Bygg om nu" does not wait', async () => {
    const site = setUp()
    const env = { ...site.env, PUBLISHER_RETRY_BASE_MS: String(10 * 60_000) }
    const running = await startFirstRelease(env)
    site.failBuilds(true)
    const failing = delivery()
    await postSigned(webhook(running), JSON.stringify(failing))
    const waiting = await waitForStatus(running.url, (status) => status.builds === 2)
    expect(waiting.state).toBe('retry')

    await running.stop()
    publisher = await startPublisher(env)
    expect(await getStatus(publisher.url)).toMatchObject({
      state: 'retry',
      builds: 0,
      retry: waiting.retry,
      lastError: waiting.lastError,
      pending: { deliveries: [failing.deliveryId] },
    })

    site.failBuilds(false)
    expect(
      (await postSigned(`${publisher.url}/rebuild`, JSON.stringify(rebuildDelivery()))).status,
    ).toBe(202)
    const rebuilt = await waitForStatus(publisher.url, (status) => status.builds === 1)
    expect(rebuilt).toMatchObject({ state: 'idle', retry: null, lastError: null })
    expect(site.liveChanges().map((change) => change.deliveryId)).toContain(failing.deliveryId)
  })
})

/** Running, not a zombie: a killed orphan may wait a while for init to reap it. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20))
}
