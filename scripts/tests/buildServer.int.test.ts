// The publisher's side of the build server (src/publisher/buildServer.ts), with a fake server
// (helpers/fakeBuildServer.mjs) that control files hold, fail, crash or make stale.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { repoRoot } from '../src/lib/paths'
import { createBuildServer, type BuildServer } from '../src/publisher/buildServer'

const command = `exec node ${path.join(repoRoot, 'scripts/tests/helpers/fakeBuildServer.mjs')}`
let workDir = ''
let control = ''
let server: BuildServer
let releases = 0

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'redaktion-build-server-'))
  control = path.join(workDir, 'control')
  mkdirSync(control)
  server = createBuildServer(command, { ...process.env, FAKE_BUILD_CONTROL: control })
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
})
