// `npm start`: builds what is stale, prepares the database (migrations, first-run seed), runs
// the CMS and the publisher (which builds the site into releases) and serves the live release
// until Ctrl-C.
import { createServer, type RequestListener } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import path from 'node:path'

import { fail, formatSeconds, step } from '../lib/log'
import { repoRoot } from '../lib/paths'
import { runProcess, waitForHttp } from '../lib/processes'
import { stopSearchCompaction } from '@redaktion/site/publisher/runBuild'
import { readDemoLogins } from '../seed/demoLogins'
import { ensureCmsBuild } from './buildCms'
import { readStartConfig } from './config'
import { waitForFirstRelease } from './waitForFirstRelease'
import { createLiveSiteHandler, listenOnFreePort } from '@redaktion/site/serve'
import { siteDataFolder } from '@redaktion/site/siteDataFolder'
import { superviseCms } from './superviseCms'
import { supervisePublisher } from './supervisePublisher'

const NPM_NOISE = /Unknown user config "nodedir"/
const started = Date.now()
const config = (() => {
  try {
    return readStartConfig()
  } catch (error) {
    return fail(
      (error as Error).message,
      'Fix the variable named above (see README.md) and run npm start again.',
    )
  }
})()

await step('Building the CMS (next build)', () => ensureCmsBuild(config.childEnv)).catch(
  (error: Error) =>
    fail(
      `The CMS build failed: ${error.message}`,
      'Read the [next build] lines above; fix the error and run npm start again.',
    ),
)
await step('Preparing the database', () =>
  runProcess(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'scripts/src/db/prepareDatabase.ts')],
    {
      cwd: repoRoot,
      env: { ...config.childEnv, RUN_JOBS: 'false' },
      prefix: '  [database]',
      quiet: NPM_NOISE,
    },
  ),
).catch((error: Error) =>
  fail(
    `Preparing the database failed: ${error.message}`,
    `Read the [database] lines above. To start over with fresh demo content, stop, delete ${config.dataDir} and run npm start again.`,
  ),
)

// The site's port is taken first: the CMS accepts reader submissions from the site's origin
// only, and the site build needs to know the address it will be served at.
let siteHandler: RequestListener = (_, response) => {
  response.statusCode = 503
  response.end('Sajten byggs, försök igen om en stund.')
}
const siteServer = createServer((request, response) => siteHandler(request, response))
const sitePort = await listenOnFreePort(siteServer, config.sitePort)
const siteUrl = `http://localhost:${sitePort}`

// The CMS reads the publisher's address at start-up, so its port is found before either runs.
const publisherPort = await (async () => {
  const probe = createNetServer()
  const port = await listenOnFreePort(probe, config.publisherPort)
  await new Promise((resolve) => probe.close(resolve))
  return port
})()
const publisherUrl = `http://127.0.0.1:${publisherPort}`

let isStopping = false
const cms = superviseCms({
  env: {
    ...config.childEnv,
    PORT: String(config.cmsPort),
    SITE_URL: siteUrl,
    SITE_WEBHOOK_URL: `${publisherUrl}/webhook`,
    SITE_WEBHOOK_SECRET: config.webhookSecret,
    PUBLISHER_URL: publisherUrl,
  },
  dataDir: config.dataDir,
  restartDelayMs: config.cmsRestartDelayMs,
  quiet: NPM_NOISE,
  onGiveUp: (code) => {
    if (!isStopping)
      fail(
        `The CMS keeps stopping (last exit ${code}).`,
        'Read the [cms] lines above, then run npm start again.',
      )
  },
})

// Everything npm start runs, stopped together on Ctrl-C or a failed start.
const supervised = [cms]
async function stopAll(): Promise<void> {
  isStopping = true
  siteServer.close()
  await Promise.all(supervised.map((child) => child.stop()))
  // A background search compaction runs detached from the publisher: it stops with the rest.
  stopSearchCompaction(siteDataFolder(config.dataDir).searchStore)
}

// The first API request also starts Payload, and with it the jobs runner (scheduled publishing).
await step('Starting the CMS', () =>
  waitForHttp(`${config.cmsUrl}/api/articles?limit=1`, 120_000),
).catch(async (error: Error) => {
  await stopAll()
  fail(error.message, `Is port ${config.cmsPort} free? Set CMS_PORT to use another one.`)
})

const publisher = supervisePublisher({
  env: {
    ...config.childEnv,
    SITE_URL: siteUrl,
    PUBLISHER_HOST: '127.0.0.1',
    PUBLISHER_PORT: String(publisherPort),
    SITE_WEBHOOK_SECRET: config.webhookSecret,
  },
  dataDir: config.dataDir,
  // Its queue is on disk, so a quick restart loses nothing.
  restartDelayMs: 1000,
  quiet: NPM_NOISE,
  onGiveUp: (code) => {
    if (!isStopping)
      fail(
        `The publisher keeps stopping (last exit ${code}).`,
        'Read the [publisher] lines above, then run npm start again.',
      )
  },
})
supervised.push(publisher)
await step('Building the site (Astro + Pagefind, by the publisher)', () =>
  waitForFirstRelease({ publisherUrl, secret: config.webhookSecret }),
).catch(async (error: Error) => {
  await stopAll()
  fail(
    `The site build failed: ${error.message}`,
    'Read the [publisher] lines above, fix the cause and run npm start again.',
  )
})
siteHandler = createLiveSiteHandler(siteDataFolder(config.dataDir).liveLink)

const logins = readDemoLogins(config.dataDir)
process.stdout.write(`
Redaktion is running (ready in ${formatSeconds(Date.now() - started)}).

  News site   ${siteUrl}/
  CMS admin   ${config.cmsUrl}/admin
  Publisher   ${publisherUrl}/status
  REST API    ${config.cmsUrl}/api/articles
  GraphQL     ${config.cmsUrl}/api/graphql

${logins.length ? 'Demo log-ins:\n' + logins.map((login) => `  ${login.role.padEnd(11)} ${login.email.padEnd(30)} ${login.password}`).join('\n') : 'No demo log-ins (the database was not seeded by npm start).'}

Press Ctrl-C to stop.
`)

async function shutdown(signal: string): Promise<void> {
  if (isStopping) return
  isStopping = true
  process.stdout.write(`\n▸ Stopping (${signal})…\n`)
  await stopAll()
  process.stdout.write('✓ Stopped.\n')
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
