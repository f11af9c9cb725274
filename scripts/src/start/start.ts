// `npm start`: builds what is stale, prepares the database (migrations, first-run seed) and
// serves the CMS until Ctrl-C. The site and the publisher join here in later steps.
import { createServer, type RequestListener } from 'node:http'
import path from 'node:path'

import { fail, formatSeconds, step } from '../lib/log'
import { repoRoot } from '../lib/paths'
import { runProcess, waitForHttp } from '../lib/processes'
import { readDemoLogins } from '../seed/demoLogins'
import { ensureCmsBuild } from './buildCms'
import { readStartConfig } from './config'
import { createSiteHandler, listenOnFreePort } from './serveSite'
import { superviseCms } from './superviseCms'

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

let isStopping = false
const cms = superviseCms({
  env: { ...config.childEnv, PORT: String(config.cmsPort), SITE_URL: siteUrl },
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

// The first API request also starts Payload, and with it the jobs runner (scheduled publishing).
await step('Starting the CMS', () =>
  waitForHttp(`${config.cmsUrl}/api/articles?limit=1`, 120_000),
).catch(async (error: Error) => {
  isStopping = true
  siteServer.close()
  await cms.stop()
  fail(error.message, `Is port ${config.cmsPort} free? Set CMS_PORT to use another one.`)
})

await step('Building the site (Astro + Pagefind)', () =>
  runProcess('npm', ['run', '--silent', 'build', '-w', 'site'], {
    cwd: repoRoot,
    env: { ...config.childEnv, NODE_ENV: 'production', SITE_URL: siteUrl },
    prefix: '  [site]',
    quiet: NPM_NOISE,
  }),
).catch(async (error: Error) => {
  isStopping = true
  siteServer.close()
  await cms.stop()
  fail(
    `The site build failed: ${error.message}`,
    'Read the [site] lines above, fix the cause and run npm start again.',
  )
})
siteHandler = createSiteHandler(path.join(repoRoot, 'site', 'dist'))

const logins = readDemoLogins(config.dataDir)
process.stdout.write(`
Redaktion is running (ready in ${formatSeconds(Date.now() - started)}).

  News site   ${siteUrl}/
  CMS admin   ${config.cmsUrl}/admin
  REST API    ${config.cmsUrl}/api/articles
  GraphQL     ${config.cmsUrl}/api/graphql

${logins.length ? 'Demo log-ins:\n' + logins.map((login) => `  ${login.role.padEnd(11)} ${login.email.padEnd(30)} ${login.password}`).join('\n') : 'No demo log-ins (the database was not seeded by npm start).'}

Press Ctrl-C to stop.
`)

async function shutdown(signal: string): Promise<void> {
  if (isStopping) return
  isStopping = true
  process.stdout.write(`\n▸ Stopping (${signal})…\n`)
  siteServer.close()
  await cms.stop()
  process.stdout.write('✓ Stopped.\n')
  process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
