// @ts-check
// A stand-in for the site build in the publisher's tests (PUBLISHER_BUILD_COMMAND): writes an
// index.html and changes.json (every change of the previous release plus this build's), so a
// test can see which deliveries a release covers. Controlled by files in FAKE_BUILD_CONTROL:
// while `hold` exists the build waits; when `fail` exists it fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const control = process.env.FAKE_BUILD_CONTROL ?? ''
const outDir = process.env.SITE_OUT_DIR ?? ''
const previous = process.env.PUBLISHER_PREVIOUS_RELEASE ?? ''

writeFileSync(path.join(control, 'started'), `${process.pid}\n`)
while (existsSync(path.join(control, 'hold'))) await sleep(50)
if (existsSync(path.join(control, 'fail'))) {
  process.stderr.write('Injected failure: the fake build was told to fail\n')
  process.exit(1)
}
const given = JSON.parse(readFileSync(process.env.PUBLISHER_CHANGES_FILE ?? '', 'utf8'))
const earlier = previous
  ? JSON.parse(readFileSync(path.join(previous, 'changes.json'), 'utf8'))
  : []
mkdirSync(outDir, { recursive: true })
writeFileSync(path.join(outDir, 'changes.json'), JSON.stringify([...earlier, ...given]))
writeFileSync(path.join(outDir, 'index.html'), `<!doctype html><title>Release</title>\n`)
writeFileSync(path.join(outDir, '404.html'), `<!doctype html><title>Saknas</title>\n`)
process.stdout.write(`fake build wrote ${given.length} changes\n`)
