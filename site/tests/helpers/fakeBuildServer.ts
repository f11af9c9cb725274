// A stand-in for the site's build server (site/build/buildServer.ts) in the publisher's tests,
// speaking the same protocol through the same server end (build/buildServerProtocol.ts; Node
// runs this file with its type stripping): answers every request the way the real one does,
// writing the release's index.html and `server.json` (this process's id, how many builds it
// has made and whether it was warmed up). A warm-up writes `warmed` (its process id and the
// release) into the control folder. Controlled by files in FAKE_BUILD_CONTROL: while `hold`
// exists a request waits; `fail` makes a build fail and `fail-warm` a warm-up (and the process
// exit, as the real one does); `refuse-preview` makes it refuse previews (a preview is
// otherwise answered with the draft's title as the page, and appended to `previews`); `stale` (removed when read) makes it answer as a server whose
// site code changed; `crash` makes it exit without an answer; `one-build` makes it say it is
// exiting, answer a build and exit (as the real one does without a kept Astro app); `newest-first` holding a number
// n (removed when read) makes it wait for n requests and start with the last one.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { type RequestMessage, serveRequests } from '../../build/buildServerProtocol.ts'

const control = process.env.FAKE_BUILD_CONTROL ?? ''
const has = (name: string) => existsSync(path.join(control, name))
let builds = 0
let isWarm = false
/** Set once it answered a failure: it exits, and answers nothing more. */
let isExiting = false
/** The requests received and not yet taken. */
const pending: RequestMessage[] = []
let isWorking = false

const end = serveRequests((message) => {
  pending.push(message)
  void work()
})

/** The next request to answer: the oldest, or the newest of a batch `newest-first` asks for. */
async function nextRequest(): Promise<RequestMessage> {
  const batch = has('newest-first') ? Number(readFileSync(path.join(control, 'newest-first'))) : 0
  if (batch === 0) return pending.shift()!
  while (pending.length < batch) await sleep(20)
  rmSync(path.join(control, 'newest-first'))
  return pending.pop()!
}

async function work(): Promise<void> {
  if (isWorking) return
  isWorking = true
  while (pending.length > 0 && !isExiting) await answer(await nextRequest())
  isWorking = false
}

async function answer({ id, request }: RequestMessage): Promise<void> {
  await end.start(id)
  writeFileSync(path.join(control, 'started'), `${process.pid}\n`)
  while (has('hold')) await sleep(20)
  if (has('stale')) {
    rmSync(path.join(control, 'stale'))
    isExiting = true
    await end.reply(id, { type: 'stale' })
    process.exit(0)
  }
  if (request.type === 'preview') {
    // Each rendered preview is a line of `previews`: the article's title, as the draft had it.
    const title = String(request.preview.article.title)
    writeFileSync(path.join(control, 'previews'), `${title}\n`, { flag: 'a' })
    if (has('refuse-preview')) {
      await end.reply(id, { type: 'refused', message: 'Förhandsgranskning går inte just nu.' })
      return
    }
    await end.reply(id, {
      type: 'previewed',
      answer: { html: `<h1>${title}</h1>`, path: '/artikel/utkast/', renderMs: 1, notes: [] },
    })
    return
  }
  if (request.type === 'warm') {
    if (has('fail-warm')) {
      process.stderr.write('Injected failure: the fake build server was told not to warm up\n')
      isExiting = true
      await end.reply(id, { type: 'failed', message: 'injected warm-up failure' })
      process.exit(1)
    }
    isWarm = true
    writeFileSync(path.join(control, 'warmed'), `${process.pid} ${request.previousDir}\n`)
    process.stdout.write(`fake build server warmed up for ${path.basename(request.previousDir)}\n`)
    await end.reply(id, { type: 'warmed' })
    return
  }
  if (has('crash')) {
    // As a crashed runtime's own output does, this reaches the pipe, not the protocol.
    writeSync(2, 'fake build server crashed\n')
    process.exit(3)
  }
  if (has('fail')) {
    process.stderr.write('Injected failure: the fake build server was told to fail\n')
    isExiting = true
    await end.reply(id, { type: 'failed', message: 'injected' })
    process.exit(1)
  }
  builds++
  mkdirSync(request.outDir, { recursive: true })
  writeFileSync(path.join(request.outDir, 'index.html'), '<!doctype html><title>Release</title>\n')
  writeFileSync(
    path.join(request.outDir, 'server.json'),
    JSON.stringify({ pid: process.pid, builds, isWarm }),
  )
  process.stdout.write(`fake build server built ${path.basename(request.outDir)}\n`)
  if (has('one-build')) {
    isExiting = true
    await end.exiting()
    await end.reply(id, { type: 'built' })
    process.exit(0)
  }
  await end.reply(id, { type: 'built' })
}
