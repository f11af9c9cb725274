// The publisher's POST /preview and POST /live as its own process, with the fake build server
// (helpers/fakeBuildServer.ts, which answers a preview with the draft's title as the page) or
// the fake build command, held or made to fail by files in a control folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  liveAnswerSchema,
  PREVIEW_MAX_BODY_BYTES,
  previewAnswerSchema,
  type PreviewRequest,
} from '@redaktion/content-schemas/preview'
import { afterEach, describe, expect, it } from 'vitest'

import {
  delivery,
  fakeBuildServerCommand,
  postSigned,
  startPublisher,
  waitForStatus,
  type RunningPublisher,
} from './helpers/startPublisher'

let workDir = ''
let publisher: RunningPublisher | undefined

afterEach(async () => {
  await publisher?.stop()
  publisher = undefined
  rmSync(workDir, { recursive: true, force: true })
})

function setUp() {
  workDir = mkdtempSync(path.join(tmpdir(), 'redaktion-preview-'))
  const control = path.join(workDir, 'control')
  mkdirSync(control)
  return {
    control,
    env: { DATA_DIR: path.join(workDir, 'data'), FAKE_BUILD_CONTROL: control },
    hold: () => {
      rmSync(path.join(control, 'started'), { force: true })
      writeFileSync(path.join(control, 'hold'), '')
    },
    release: () => rmSync(path.join(control, 'hold'), { force: true }),
    started: async () => {
      while (!existsSync(path.join(control, 'started')))
        await new Promise((resolve) => setTimeout(resolve, 20))
    },
    previews: () =>
      existsSync(path.join(control, 'previews'))
        ? readFileSync(path.join(control, 'previews'), 'utf8').trim().split('\n')
        : [],
  }
}

async function startWithRelease(env: Record<string, string>): Promise<RunningPublisher> {
  publisher = await startPublisher(env)
  await waitForStatus(publisher.url, (status) => status.lastRelease !== null)
  return publisher
}

const preview = (title: string, articleId = 'article-1'): PreviewRequest => ({
  article: { id: articleId, title },
  savedAt: '2026-12-01T14:02:11.000+01:00',
})
const post = (running: RunningPublisher, route: string, body: unknown, options = {}) =>
  postSigned(
    `${running.url}${route}`,
    typeof body === 'string' ? body : JSON.stringify(body),
    options,
  )
const messageOf = async (response: Response) =>
  ((await response.json()) as { message: string }).message

describe('the publisher: previews and live status', () => {
  it('refuses unsigned, badly signed, stale, oversized and malformed /preview and /live requests in Swedish', async () => {
    const site = setUp()
    const running = await startWithRelease({
      ...site.env,
      PUBLISHER_BUILD_SERVER: fakeBuildServerCommand,
    })
    const valid = { '/preview': preview('Rubrik'), '/live': { collection: 'articles', ids: ['a'] } }
    for (const [route, body] of Object.entries(valid)) {
      const unsigned = await fetch(`${running.url}${route}`, {
        method: 'POST',
        body: JSON.stringify(body),
      })
      expect(unsigned.status).toBe(401)
      expect(await messageOf(unsigned)).toContain('Signaturen saknas')
      const wrong = await post(running, route, body, { secret: 'not-the-secret-at-all' })
      expect(wrong.status).toBe(401)
      expect(await messageOf(wrong)).toContain('Signaturen stämmer inte')
      const otherRoute = await post(running, route, body, { signedFor: `${running.url}/webhook` })
      expect(otherRoute.status).toBe(401)
      const stale = await post(running, route, body, {
        timestamp: Math.floor(Date.now() / 1000) - 3600,
      })
      expect(stale.status).toBe(401)
      expect(await messageOf(stale)).toContain('Tidsstämpeln')
      const notJson = await post(running, route, '{not json')
      expect(notJson.status).toBe(400)
      expect(await messageOf(notJson)).toBe('Kroppen är inte JSON.')
      expect((await fetch(`${running.url}${route}`)).status).toBe(405)
    }
    const noSavedAt = await post(running, '/preview', { article: { id: 'a' } })
    expect(noSavedAt.status).toBe(400)
    expect(await messageOf(noSavedAt)).toBe('Fältet savedAt saknas eller har fel typ.')
    const emptyId = await post(running, '/preview', { ...preview('x'), article: { id: '' } })
    expect(await messageOf(emptyId)).toMatch(/^Fältet article\.id är för litet/)
    const badDate = await post(running, '/preview', { ...preview('x'), savedAt: 'igår' })
    expect(await messageOf(badDate)).toMatch(/^Fältet savedAt har fel format/)
    const tooMany = await post(running, '/live', {
      collection: 'articles',
      ids: Array.from({ length: 101 }, (_, n) => `id-${n}`),
    })
    expect(tooMany.status).toBe(400)
    expect(await messageOf(tooMany)).toMatch(/^Fältet ids är för stort/)
    const huge = JSON.stringify({
      ...preview('x'),
      article: { id: 'a', body: 'x'.repeat(PREVIEW_MAX_BODY_BYTES) },
    })
    const oversized = await post(running, '/preview', huge)
    expect(oversized.status).toBe(413)
    expect(await messageOf(oversized)).toContain('större än')
    expect(site.previews(), 'nothing refused reached the build server').toEqual([])
  })

  it('answers a preview from the build server, and coalesces previews of one article that wait', async () => {
    const site = setUp()
    const running = await startWithRelease({
      ...site.env,
      PUBLISHER_BUILD_SERVER: fakeBuildServerCommand,
    })
    site.hold()
    const first = post(running, '/preview', preview('Första'))
    await site.started()
    // These wait while the first renders: of one article only the newest is rendered.
    const second = post(running, '/preview', preview('Andra'))
    const other = post(running, '/preview', preview('Annan artikel', 'article-2'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const third = post(running, '/preview', preview('Tredje'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    site.release()
    const answers = await Promise.all([first, second, other, third])
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200])
    const pages = await Promise.all(
      answers.map(async (response) => previewAnswerSchema.parse(await response.json()).html),
    )
    expect(pages).toEqual([
      '<h1>Första</h1>',
      '<h1>Tredje</h1>',
      '<h1>Annan artikel</h1>',
      '<h1>Tredje</h1>',
    ])
    // The first, then the two that waited (in the order their requests arrived): not 'Andra'.
    const [rendered, ...afterwards] = site.previews()
    expect([rendered, ...afterwards.sort()]).toEqual(['Första', 'Annan artikel', 'Tredje'])
  })

  it('passes on the build server’s refusal, and refuses previews without a build server', async () => {
    const site = setUp()
    writeFileSync(path.join(site.control, 'refuse-preview'), '')
    let running = await startWithRelease({
      ...site.env,
      PUBLISHER_BUILD_SERVER: fakeBuildServerCommand,
    })
    const refused = await post(running, '/preview', preview('Rubrik'))
    expect(refused.status).toBe(503)
    expect(await messageOf(refused)).toBe('Förhandsgranskning går inte just nu.')
    await running.stop()
    running = await startWithRelease(site.env)
    const withoutServer = await post(running, '/preview', preview('Rubrik'))
    expect(withoutServer.status).toBe(503)
    expect(await messageOf(withoutServer)).toContain('PUBLISHER_BUILD_SERVER')
  })

  it('says where each document’s newest delivery stands, failures in Swedish, and keeps it over a restart', async () => {
    const site = setUp()
    // A failed build's retry waits long enough not to come during the test.
    const env = { ...site.env, PUBLISHER_RETRY_BASE_MS: '600000' }
    let running = await startWithRelease(env)
    const live = async (...ids: string[]) => {
      const response = await post(running, '/live', { collection: 'articles', ids })
      expect(response.status).toBe(200)
      return liveAnswerSchema.parse(await response.json()).documents
    }
    expect(await live('a')).toEqual([
      { id: 'a', state: 'unknown', changedAt: null, liveAt: null, releaseId: null, error: null },
    ])
    site.hold()
    const published = delivery({ ids: ['a', 'b'] })
    expect((await post(running, '/webhook', published)).status).toBe(202)
    expect((await live('a'))[0]?.state).toMatch(/^(pending|building)$/)
    await waitForStatus(running.url, (status) => status.state === 'building')
    expect((await live('a'))[0]?.state).toBe('building')
    site.release()
    // The first build was the first release, made at start.
    const built = await waitForStatus(
      running.url,
      (status) => status.builds === 2 && status.state === 'idle',
    )
    const expected = {
      state: 'live',
      changedAt: published.time,
      liveAt: built.lastRelease!.finishedAt,
      releaseId: built.lastRelease!.id,
      error: null,
    }
    expect(await live('a', 'b')).toEqual([
      { id: 'a', ...expected },
      { id: 'b', ...expected },
    ])

    writeFileSync(path.join(site.control, 'fail'), '')
    expect((await post(running, '/webhook', delivery({ ids: ['b'] }))).status).toBe(202)
    await waitForStatus(running.url, (status) => status.builds === 3)
    const [failedB] = await live('b')
    expect(failedB).toMatchObject({ state: 'failed', liveAt: null, releaseId: null })
    expect(failedB?.error).toMatch(
      /^Bygget misslyckades, och den förra versionen av webbplatsen ligger kvar/,
    )

    await running.stop()
    rmSync(path.join(site.control, 'fail'))
    running = publisher = await startPublisher(env)
    expect(await live('a')).toEqual([{ id: 'a', ...expected }])
    expect((await live('b'))[0]?.state).toBe('failed')
  })
})
