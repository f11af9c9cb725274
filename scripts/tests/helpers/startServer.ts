// Vitest global setup for the `server` project: runs `npm start`'s script for real, on a free
// port and an empty data folder, and stops it with Ctrl-C (SIGINT) afterwards.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { binDir, repoRoot } from '../../src/lib/paths'
import { loadOrCreateWebhookSecret } from '../../src/start/config'
import './serverContext'

// Generous: on a loaded two-core machine the first next build and site build took 7–8 minutes.
const STARTUP_TIMEOUT_MS = 15 * 60 * 1000

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      )
    })
  })
}

/** The `server` project's global setup: npm start on its default database (SQLite in DATA_DIR). */
export default function startServerOnSqlite(project: TestProject) {
  return startServer(project)
}

/** Starts npm start for a project's tests; `databaseUrl` overrides its default database. */
export async function startServer(
  project: TestProject,
  { databaseUrl }: { databaseUrl?: string } = {},
): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'redaktion-server-'))
  const serverLog = path.join(dataDir, 'server.log')
  const port = await freePort()
  const sitePort = await freePort()
  const publisherPort = await freePort()
  const log = createWriteStream(serverLog)
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'scripts/src/start/start.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: `${binDir}:${process.env.PATH}`,
        NODE_ENV: 'production',
        CMS_PORT: String(port),
        SITE_PORT: String(sitePort),
        PUBLISHER_PORT: String(publisherPort),
        DATA_DIR: dataDir,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        JOBS_CRON: '*/2 * * * * *',
        // Every test's submissions come from 127.0.0.1; the limit itself is tested on its own.
        SUBMISSION_RATE_LIMIT: '500',
        // Long enough for a test to find the CMS down after killing it (see readerForms).
        CMS_RESTART_DELAY_MS: '8000',
        // Small, so that the tests' few publishes also exercise the background search compaction.
        SITE_SEARCH_COMPACT_AT: '3',
        // Small, so that the demo's archive search shard comes in several parts.
        SITE_SEARCH_PART_SIZE: '15',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a failed start can be cleared away with everything it spawned.
      detached: true,
    },
  )
  const killAll = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  child.stdout.pipe(log)
  child.stderr.pipe(log)

  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      killAll()
      reject(new Error(`npm start did not get ready; see ${serverLog}`))
    }, STARTUP_TIMEOUT_MS)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(
        new Error(
          `npm start exited with ${code} before it was ready:\n${readFileSync(serverLog, 'utf8')}`,
        ),
      )
    })
  })

  const siteUrl = /News site\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1]
  const publisherUrl = /Publisher\s+(http:\/\/\S+?)\/status\s/.exec(output)?.[1]
  if (!siteUrl || !publisherUrl) {
    killAll()
    throw new Error(`npm start did not print the site's and the publisher's addresses:\n${output}`)
  }
  project.provide('cmsUrl', `http://127.0.0.1:${port}`)
  project.provide('siteUrl', siteUrl.replace('localhost', '127.0.0.1'))
  project.provide('publisherUrl', publisherUrl)
  project.provide('publisherSecret', loadOrCreateWebhookSecret(dataDir))
  project.provide('dataDir', dataDir)
  project.provide('serverLog', serverLog)

  return async () => {
    child.removeAllListeners('exit')
    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code))
      child.kill('SIGINT')
    })
    const output = readFileSync(serverLog, 'utf8')
    // KEEP_SERVER_DATA=1 leaves the data folder (database, releases, log) for a post-mortem.
    if (!process.env.KEEP_SERVER_DATA) rmSync(dataDir, { recursive: true, force: true })
    if (exitCode !== 0 || !output.includes('✓ Stopped.')) {
      throw new Error(
        `npm start did not stop cleanly on Ctrl-C (exit ${exitCode}):\n${output.slice(-2000)}`,
      )
    }
  }
}
