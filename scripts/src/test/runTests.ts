// `npm test`: static checks, then every Vitest project (unit, integration on SQLite and, when
// MONGODB_URL is set, MongoDB, and the server + browser tests against a real `npm start`).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { formatSeconds, step } from '../lib/log'
import { repoRoot } from '../lib/paths'
import { runProcess } from '../lib/processes'

const started = Date.now()
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }
const quiet = /Unknown user config "nodedir"/
const vitestArgs = process.argv.slice(2)
const resultsFile = path.join(mkdtempSync(path.join(tmpdir(), 'redaktion-test-')), 'results.json')

/** One plain closing line that any CI can read, whatever the reporter printed above it. */
function printTotals(): void {
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numPendingTests: number
      numTodoTests: number
    }
    const skipped = results.numPendingTests + results.numTodoTests
    process.stdout.write(
      `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    )
  } catch {
    process.stdout.write('Tests: no results were written (Vitest did not finish)\n')
  }
}

try {
  if (vitestArgs.length === 0) {
    await step('Type checking every package', () =>
      runProcess('npm', ['run', '--silent', 'typecheck'], {
        cwd: repoRoot,
        env,
        prefix: '  [typecheck]',
        quiet,
      }),
    )
    await step('Linting and format check', () =>
      runProcess('npm', ['run', '--silent', 'lint'], {
        cwd: repoRoot,
        env,
        prefix: '  [lint]',
        quiet,
      }),
    )
  }
  process.stdout.write(
    '  Ids: SQLite runs with text ids (UUIDs), so every suite sees ids of the shape MongoDB gives.\n',
  )
  process.stdout.write(
    process.env.MONGODB_URL
      ? '  MongoDB: the integration suites and the site-build suites (publish journey, incremental build, reader forms) also run against MONGODB_URL.\n'
      : '  MongoDB: the integration and site-build suites are SKIPPED on MongoDB (MONGODB_URL is not set); they run on SQLite.\n',
  )
  await step('Running the tests (Vitest)', () =>
    runProcess(
      'vitest',
      [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${resultsFile}`,
        ...vitestArgs,
      ],
      { cwd: repoRoot, env, prefix: '', quiet },
    ).finally(printTotals),
  )
  process.stdout.write(`✓ npm test passed in ${formatSeconds(Date.now() - started)}\n`)
} catch (error) {
  process.stderr.write(
    `✗ npm test failed after ${formatSeconds(Date.now() - started)}: ${(error as Error).message}\n  → Read the output above; rerun one project with: npm test -- --project int-sqlite\n`,
  )
  process.exit(1)
}
