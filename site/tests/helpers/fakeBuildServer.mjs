// @ts-check
// A stand-in for the site's build server (site/build/buildServer.ts) in the publisher's
// tests: answers every build message the way the real one does, writing the release's
// index.html and `server.json` (this process's id, how many builds it has made and whether it
// was warmed up). A warm-up writes `warmed` (its process id and the release) into the control
// folder. Controlled by files in FAKE_BUILD_CONTROL: while `hold` exists a request waits;
// `fail` makes a build fail and `fail-warm` a warm-up (and the process exit, as the real one
// does); `stale` (removed when read) makes it answer as a server whose site code changed;
// `crash` makes it exit without an answer.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const control = process.env.FAKE_BUILD_CONTROL ?? ''
const has = (/** @type {string} */ name) => existsSync(path.join(control, name))
let builds = 0
let isWarm = false
/** Set once it answered a failure: it exits, and answers nothing more. */
let isExiting = false

/** @param {(error: Error | null) => void} [callback] */
const send = (/** @type {object} */ message, callback) =>
  callback ? process.send?.(message, callback) : process.send?.(message)

/** @type {Promise<void>} */
let queue = Promise.resolve()

/** @param {{ type: string, outDir: string, previousDir: string }} message */
async function answer(message) {
  if (isExiting) return
  writeFileSync(path.join(control, 'started'), `${process.pid}\n`)
  while (has('hold')) await sleep(20)
  if (has('stale')) {
    rmSync(path.join(control, 'stale'))
    isExiting = true
    send({ type: 'stale' }, () => process.exit(0))
    return
  }
  if (message.type === 'warm') {
    if (has('fail-warm')) {
      process.stderr.write('Injected failure: the fake build server was told not to warm up\n')
      isExiting = true
      send({ type: 'failed', message: 'injected warm-up failure' }, () => process.exit(1))
      return
    }
    isWarm = true
    writeFileSync(path.join(control, 'warmed'), `${process.pid} ${message.previousDir}\n`)
    process.stdout.write(`fake build server warmed up for ${path.basename(message.previousDir)}\n`)
    send({ type: 'warmed' })
    return
  }
  if (has('crash')) {
    process.stderr.write('fake build server crashed\n')
    process.exit(3)
  }
  if (has('fail')) {
    process.stderr.write('Injected failure: the fake build server was told to fail\n')
    isExiting = true
    send({ type: 'failed', message: 'injected' }, () => process.exit(1))
    return
  }
  builds++
  mkdirSync(message.outDir, { recursive: true })
  writeFileSync(path.join(message.outDir, 'index.html'), '<!doctype html><title>Release</title>\n')
  writeFileSync(
    path.join(message.outDir, 'server.json'),
    JSON.stringify({ pid: process.pid, builds, isWarm }),
  )
  process.stdout.write(`fake build server built ${path.basename(message.outDir)}\n`)
  send({ type: 'built' })
}

// One request after the other, in the order they came, as the real server answers them.
process.on(
  'message',
  (/** @type {{ type: string, outDir: string, previousDir: string }} */ message) => {
    if (message.type === 'build' || message.type === 'warm')
      queue = queue.then(() => answer(message))
  },
)
process.on('disconnect', () => process.exit(0))
