// @ts-check
// A stand-in for the site's build server (site/scripts/buildServer.ts) in the publisher's
// tests: answers every build message the way the real one does, writing the release's
// index.html and `server.json` (this process's id and how many builds it has made). Controlled
// by files in FAKE_BUILD_CONTROL: while `hold` exists a build waits; `fail` makes it fail (and
// the process exit, as the real one does); `stale` (removed when read) makes it answer as a
// server whose site code changed; `crash` makes it exit without an answer.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const control = process.env.FAKE_BUILD_CONTROL ?? ''
const has = (/** @type {string} */ name) => existsSync(path.join(control, name))
let builds = 0

/** @param {(error?: Error | null) => void} [callback] */
const send = (/** @type {object} */ message, callback) => process.send?.(message, callback)

process.on('message', async (/** @type {{ type: string, outDir: string }} */ message) => {
  if (message.type !== 'build') return
  writeFileSync(path.join(control, 'started'), `${process.pid}\n`)
  while (has('hold')) await sleep(20)
  if (has('stale')) {
    rmSync(path.join(control, 'stale'))
    send({ type: 'stale' }, () => process.exit(0))
    return
  }
  if (has('crash')) {
    process.stderr.write('fake build server crashed\n')
    process.exit(3)
  }
  if (has('fail')) {
    process.stderr.write('Injected failure: the fake build server was told to fail\n')
    send({ type: 'failed', message: 'injected' }, () => process.exit(1))
    return
  }
  builds++
  mkdirSync(message.outDir, { recursive: true })
  writeFileSync(path.join(message.outDir, 'index.html'), '<!doctype html><title>Release</title>\n')
  writeFileSync(
    path.join(message.outDir, 'server.json'),
    JSON.stringify({ pid: process.pid, builds }),
  )
  process.stdout.write(`fake build server built ${path.basename(message.outDir)}\n`)
  send({ type: 'built' })
})
process.on('disconnect', () => process.exit(0))
