// `npm run bench:submissions [-- --seconds 30 --connections 50]`: posts valid tips, each with
// its own pre-solved captcha, to a CMS on 127.0.0.1 with autocannon, prints accepted/s and
// latency, then checks that every 201 has its row. Runs on a temporary database; stops by itself.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { parseArgs } from 'node:util'

import { solveChallenge, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import autocannon from 'autocannon'

import { formatSeconds, info, step } from '../src/lib/log'
import { cmsDir, repoRoot } from '../src/lib/paths'
import { runProcess, startProcess, stopProcesses, waitForHttp } from '../src/lib/processes'
import { ensureCmsBuild } from '../src/start/buildCms'
import { listenOnFreePort } from '@redaktion/site/serve'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
  },
})
const seconds = Number(values.seconds)
const connections = Number(values.connections)
/** Enough captchas for 600 accepted/s; the pool running dry ends the run early and says so. */
const POOL_SIZE = seconds * 600
/** The browser's work per captcha; the server's check costs the same at any difficulty. */
const CAPTCHA_COST = 1000
const quiet = /Unknown user config "nodedir"|INFO/
const boundary = 'redaktionbench'

function multipartTip(fields: Record<string, string>): string {
  return (
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`
  )
}

async function solvedCaptchas(cmsUrl: string, count: number): Promise<string[]> {
  const solved: string[] = []
  const worker = async () => {
    while (solved.length < count) {
      const response = await fetch(`${cmsUrl}/api/submissions/challenge`)
      const challenge = (await response.json()) as Challenge
      const solution = await solveChallenge({ challenge, deriveKey })
      solved.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'))
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return solved.slice(0, count)
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN
}

const work = mkdtempSync(path.join(tmpdir(), 'redaktion-bench-submissions-'))
const databaseFile = path.join(work, 'redaktion.db')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATA_DIR: work,
  DATABASE_URL: `file:${databaseFile}`,
  PAYLOAD_SECRET: 'benchmark-secret-0123456789abcdef0123456789',
  SUBMISSION_RATE_LIMIT: String(10_000_000),
  CAPTCHA_COST: String(CAPTCHA_COST),
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
let cms: ReturnType<typeof startProcess> | undefined
try {
  await step('Building the CMS (when stale)', () => ensureCmsBuild(env))
  await step('Preparing a fresh database', () =>
    runProcess(process.execPath, ['--import', 'tsx', 'scripts/src/db/prepareDatabase.ts'], {
      cwd: repoRoot,
      env: { ...env, RUN_JOBS: 'false' },
      prefix: '  [database]',
      quiet,
    }),
  )
  const portServer = createServer()
  const port = await listenOnFreePort(portServer, 3950)
  portServer.close()
  const cmsUrl = `http://127.0.0.1:${port}`
  cms = startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: cmsDir,
    env: { ...env, PORT: String(port), SERVER_URL: cmsUrl },
    prefix: '  [cms]',
    quiet,
  })
  await step('Starting the CMS', () => waitForHttp(`${cmsUrl}/api/articles?limit=1`, 120_000))
  const reference = await step('Reference: GET /api/submissions/challenge for 5 s', () =>
    autocannon({ url: `${cmsUrl}/api/submissions/challenge`, connections, duration: 5 }),
  )
  const captchas = await step(`Solving ${POOL_SIZE} captchas (cost ${CAPTCHA_COST})`, () =>
    solvedCaptchas(cmsUrl, POOL_SIZE),
  )
  const bodies = captchas.map((altcha) => {
    const idempotencyKey = randomUUID()
    return {
      idempotencyKey,
      body: multipartTip({
        idempotencyKey,
        message: `Benchmarktips ${idempotencyKey}: myndigheten svarar inte på begäran om allmän handling.`,
        altcha,
      }),
    }
  })

  const accepted = new Set<string>()
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let poolRanDry = false
  const result = await step(
    `autocannon: ${seconds} s, ${connections} connections`,
    () =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${cmsUrl}/api/submissions/tip`,
            connections,
            duration: seconds,
            headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
            requests: [
              {
                method: 'POST',
                setupRequest: (request, context: { idempotencyKey?: string }) => {
                  const next = bodies.pop()
                  if (!next) {
                    poolRanDry = true
                    return request
                  }
                  context.idempotencyKey = next.idempotencyKey
                  return { ...request, body: next.body }
                },
                onResponse: (status, body, context: { idempotencyKey?: string }) => {
                  statuses.set(status, (statuses.get(status) ?? 0) + 1)
                  if (status === 201) {
                    const receipt = JSON.parse(body) as { reference: string }
                    accepted.add(`${context.idempotencyKey}|${receipt.reference}`)
                  }
                },
              },
            ],
          },
          (error, finished) => (error ? reject(error) : resolve(finished)),
        )
        instance.on('response', (_client, _status, _bytes, responseTime: number) =>
          latencies.push(responseTime),
        )
      }),
  )

  const database = new DatabaseSync(databaseFile, { readOnly: true })
  const rows = database.prepare('select idempotency_key, reference from tips').all()
  database.close()
  const stored = new Set(rows.map((row) => `${row.idempotency_key}|${row.reference}`))
  const lost = [...accepted].filter((receipt) => !stored.has(receipt))
  latencies.sort((a, b) => a - b)
  const acceptedPerSecond = accepted.size / seconds
  const p50 = percentile(latencies, 0.5)
  const p99 = percentile(latencies, 0.99)
  const errors = result.errors + result.timeouts + result.non2xx
  process.stdout.write(`
Submissions benchmark (${formatSeconds(seconds * 1000)} at ${connections} connections, 127.0.0.1)
  accepted (201)     ${accepted.size}  = ${acceptedPerSecond.toFixed(0)}/s   (goal ≥ 300/s: ${acceptedPerSecond >= 300 ? 'met' : 'missed'}, ratio ${(acceptedPerSecond / 300).toFixed(2)})
  latency p50        ${p50.toFixed(0)} ms
  latency p99        ${p99.toFixed(0)} ms   (goal ≤ 100 ms: ${p99 <= 100 ? 'met' : 'missed'}, ratio ${(p99 / 100).toFixed(2)})
  reference          GET challenge (no database): ${reference.requests.average.toFixed(0)} req/s, p50 ${reference.latency.p50} ms, p99 ${reference.latency.p99} ms
  accepted / reference  ${(acceptedPerSecond / reference.requests.average).toFixed(2)}
  errors             ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})
  statuses           ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}
  rows in tips       ${rows.length} (seeded tips included)
  lost (201, no row) ${lost.length}
${poolRanDry ? '  NOTE: the captcha pool ran dry; later requests reused no captcha and were refused.\n' : ''}`)
  info(`database: ${databaseFile}`)
  if (lost.length > 0) process.exitCode = 1
} finally {
  if (cms) await stopProcesses([cms])
  rmSync(work, { recursive: true, force: true })
}
