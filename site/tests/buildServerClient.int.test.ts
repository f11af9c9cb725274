// The publisher's side of the build server (publisher/buildServerClient.ts), with a fake server
// (helpers/fakeBuildServer.ts) that control files hold, fail, crash or make stale.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createBuildServer, type BuildServer } from '../publisher/buildServerClient'
import { fakeBuildServerCommand } from './helpers/startPublisher'

let workDir = ''
let control = ''
let server: BuildServer
let releases = 0

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'redaktion-build-server-'))
  control = path.join(workDir, 'control')
  mkdirSync(control)
  server = createBuildServer(fakeBuildServerCommand, {
    ...process.env,
    FAKE_BUILD_CONTROL: control,
  })
})

afterEach(() => {
  server.stop()
  rmSync(workDir, { recursive: true, force: true })
})

const setControl = (name: string, isSet: boolean) =>
  isSet
    ? writeFileSync(path.join(control, name), '')
    : rmSync(path.join(control, name), { force: true })

/** Starts a build of a new release; `lines` collects what the server printed for it. */
function build() {
  const outDir = path.join(workDir, 'releases', String(++releases))
  const lines: string[] = []
  const run = server.build({
    outDir,
    previousDir: null,
    changesFile: path.join(workDir, 'changes.json'),
    searchStore: path.join(workDir, 'search'),
    onLine: (line) => lines.push(line),
  })
  const served = () =>
    JSON.parse(readFileSync(path.join(outDir, 'server.json'), 'utf8')) as {
      pid: number
      builds: number
      isWarm: boolean
    }
  return { run, lines, served }
}

async function untilStarted(): Promise<void> {
  while (!existsSync(path.join(control, 'started')))
    await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('the build server', () => {
  it('builds one release after another in the same process, passing on its output', async () => {
    const first = build()
    await first.run.done
    const second = build()
    await second.run.done
    expect(second.served().pid).toBe(first.served().pid)
    expect(second.served().builds).toBe(2)
    expect(first.run.pid).toBe(first.served().pid)
    expect(first.lines).toEqual(['fake build server built 1'])
    expect(second.lines).toEqual(['fake build server built 2'])
  })

  it('matches each answer and output line to its request by id, in whatever order they come', async () => {
    writeFileSync(path.join(control, 'newest-first'), '2')
    const first = build()
    const second = build()
    const answered: string[] = []
    /** Whether each release was there when its build was reported done. */
    const whole: boolean[] = []
    const settled = [first, second].map(({ run, served }, at) =>
      run.done.then(() => {
        answered.push(at === 0 ? 'first' : 'second')
        whole[at] = served().pid > 0
      }),
    )
    await Promise.all(settled)
    expect(answered).toEqual(['second', 'first'])
    expect(whole).toEqual([true, true])
    expect(second.served().builds).toBe(1)
    expect(first.served()).toMatchObject({ pid: second.served().pid, builds: 2 })
    expect(first.lines).toEqual([`fake build server built ${releases - 1}`])
    expect(second.lines).toEqual([`fake build server built ${releases}`])
  })

  it('reports a failed build with its output, and builds the next in a fresh process', async () => {
    const first = build()
    await first.run.done
    setControl('fail', true)
    await expect(build().run.done).rejects.toThrow(
      /The build failed: injected\nInjected failure: the fake build server was told to fail/,
    )
    setControl('fail', false)
    const next = build()
    await next.run.done
    expect(next.served().pid).not.toBe(first.served().pid)
    expect(next.served().builds).toBe(1)
  })

  it('sends the build to a fresh process when the server finds the site code changed', async () => {
    const first = build()
    await first.run.done
    setControl('stale', true)
    const next = build()
    await next.run.done
    expect(next.served().pid).not.toBe(first.served().pid)
    expect(existsSync(path.join(control, 'stale'))).toBe(false)
  })

  it('sends the builds after one whose server said it was exiting to a fresh server', async () => {
    setControl('one-build', true)
    const first = build()
    const second = build()
    await Promise.all([first.run.done, second.run.done])
    const third = build()
    await third.run.done
    const pids = [first, second, third].map(({ served }) => served().pid)
    expect(new Set(pids).size).toBe(3)
    expect(third.run.pid).toBe(third.served().pid)
    expect(second.lines).toEqual([`fake build server built ${releases - 1}`])
  })

  it('rejects a build whose server exits without answering, and starts a new one', async () => {
    setControl('crash', true)
    await expect(build().run.done).rejects.toThrow(
      /The build server \(.*\) exited with 3:\nfake build server crashed/,
    )
    setControl('crash', false)
    await build().run.done
  })

  it('kills a running build with its server; the next build starts a new one', async () => {
    const first = build()
    await first.run.done
    setControl('hold', true)
    rmSync(path.join(control, 'started'))
    const held = build()
    await untilStarted()
    expect(held.run.kill()).toBe(true)
    await expect(held.run.done).rejects.toThrow(/exited with SIGKILL/)
    setControl('hold', false)
    const next = build()
    await next.run.done
    expect(next.served().pid).not.toBe(first.served().pid)
  })

  describe('warming up', () => {
    const live = () => path.join(workDir, 'releases', 'live-release')
    const warmedPid = () => Number(readFileSync(path.join(control, 'warmed'), 'utf8').split(' ')[0])

    it('readies a server for the live release, which then builds the next one', async () => {
      const lines: string[] = []
      await server.warm(live(), (line) => lines.push(line))
      expect(lines).toEqual(['fake build server warmed up for live-release'])
      expect(readFileSync(path.join(control, 'warmed'), 'utf8')).toContain(live())
      const next = build()
      await next.run.done
      expect(next.served()).toMatchObject({ pid: warmedPid(), builds: 1, isWarm: true })
      expect(next.lines).toEqual([expect.stringMatching(/^fake build server built \d+$/)])
    })

    it('builds what was asked for during the warm-up after it, in the same server', async () => {
      setControl('hold', true)
      const warmLines: string[] = []
      const warming = server.warm(live(), (line) => warmLines.push(line))
      await untilStarted()
      const next = build()
      setControl('hold', false)
      await warming
      await next.run.done
      expect(next.served()).toMatchObject({ pid: warmedPid(), isWarm: true })
      expect(next.run.pid).toBe(warmedPid())
      expect(warmLines).toEqual(['fake build server warmed up for live-release'])
      expect(next.lines).toEqual([expect.stringMatching(/^fake build server built \d+$/)])
    })

    it('reports a failed warm-up, and a build asked for meanwhile goes to a fresh server', async () => {
      setControl('hold', true)
      setControl('fail-warm', true)
      const warming = server.warm(live(), () => undefined)
      await untilStarted()
      const next = build()
      setControl('hold', false)
      await expect(warming).rejects.toThrow(
        /The warm-up failed: injected warm-up failure\nInjected failure: the fake build server was told not to warm up/,
      )
      setControl('fail-warm', false)
      await next.run.done
      expect(next.served()).toMatchObject({ builds: 1, isWarm: false })
      expect(existsSync(path.join(control, 'warmed'))).toBe(false)
    })

    it('has a server whose site code changed exit, and the next build starts a fresh one', async () => {
      const first = build()
      await first.run.done
      setControl('stale', true)
      await server.warm(live(), () => undefined)
      // A stale server answers the warm-up as stale and exits; nothing was warmed.
      expect(existsSync(path.join(control, 'warmed'))).toBe(false)
      const next = build()
      await next.run.done
      expect(next.served().pid).not.toBe(first.served().pid)
    })
  })
})
