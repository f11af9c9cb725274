// The first thing `npm start` and `npm test` run, on whatever Node the machine has (the
// system Node may be too old for the project): Node built-ins only. It installs the pinned
// dependencies when they are missing or stale, then hands over to the pinned Node 24.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const binDir = path.join(root, 'node_modules', '.bin')
const pinnedNode = path.join(binDir, 'node')
const installStamp = path.join(root, 'node_modules', '.redaktion-install')

const COMMANDS = {
  start: [path.join(root, 'scripts', 'src', 'start', 'start.ts')],
  test: [path.join(root, 'scripts', 'src', 'test', 'runTests.ts')],
  'bench-site': [path.join(root, 'scripts', 'bench', 'site.ts')],
  'bench-publish': [path.join(root, 'scripts', 'bench', 'publish.ts')],
  'bench-preview': [path.join(root, 'scripts', 'bench', 'preview.ts')],
  'bench-submissions': [path.join(root, 'scripts', 'bench', 'submissions.ts')],
}

const command = process.argv[2]
if (!(command in COMMANDS)) {
  console.error(`Usage: node scripts/bootstrap.mjs <${Object.keys(COMMANDS).join('|')}> [args…]`)
  process.exit(2)
}

function lockfileHash() {
  return createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex')
}

function isInstalled() {
  return (
    existsSync(pinnedNode) &&
    existsSync(installStamp) &&
    readFileSync(installStamp, 'utf8').trim() === lockfileHash()
  )
}

if (!isInstalled()) {
  const started = Date.now()
  console.log('▸ Installing dependencies with npm ci (first run: about a minute)…')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    console.error(
      '✗ npm ci failed. Check the network access to the npm registry and that package-lock.json is committed, then run the command again.',
    )
    process.exit(result.status ?? 1)
  }
  writeFileSync(installStamp, `${lockfileHash()}\n`)
  console.log(`✓ Dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const child = spawn(
  pinnedNode,
  ['--import', 'tsx', ...COMMANDS[command], ...process.argv.slice(3)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
      NEXT_TELEMETRY_DISABLED: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  },
)

// Ctrl-C reaches the child through the terminal's process group; the child decides how to stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signal !== 'SIGINT') child.kill(signal)
  })
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
