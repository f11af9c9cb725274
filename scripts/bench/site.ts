// `npm run bench:site [-- --sizes 1000,10000]`: builds the site from synthetic archives and
// prints build time, Pagefind time, peak memory, pages, sizes and transfer weights, with the
// ratio of each size to the smallest one. Everything runs on 127.0.0.1 and stops by itself.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { formatSeconds, info, step } from '../src/lib/log'
import { binDir, cmsDir, repoRoot } from '../src/lib/paths'
import { runProcess, startProcess, stopProcesses, waitForHttp } from '../src/lib/processes'
import { ensureCmsBuild } from '../src/start/buildCms'
import { createSiteHandler, listenOnFreePort } from '@redaktion/site/serve'
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../tests/helpers/browser'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } })
const sizes = values.sizes.split(',').map(Number)
const quiet = /Unknown user config "nodedir"|INFO/
const secret = 'benchmark-secret-0123456789abcdef0123456789'

interface Measurement {
  articles: number
  astroSeconds: number
  astroPeakMb: number
  pagefindSeconds: number
  pages: number
  distMb: number
  indexMb: number
  firstQueryKb: number
  articlePageKb: number
  lighthouse: Record<string, string>
}

/** Lighthouse's four category scores for each page, as "performance/accessibility/best practices/SEO". */
async function lighthouseScores(siteUrl: string, paths: string[]): Promise<Record<string, string>> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS,
  })
  try {
    const scores: Record<string, string> = {}
    for (const pagePath of paths) {
      const result = await lighthouse(`${siteUrl}${pagePath}`, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const categories = result?.lhr.categories ?? {}
      scores[pagePath] = ['performance', 'accessibility', 'best-practices', 'seo']
        .map((name) => Math.round((categories[name]?.score ?? 0) * 100))
        .join('/')
    }
    return scores
  } finally {
    chrome.kill()
  }
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

/** Runs a command under GNU time; returns its wall time and peak resident memory. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<{ seconds: number; peakMb: number }>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIMED %e %M', command, ...args], {
      cwd,
      env: { ...env, PATH: `${binDir}:${env.PATH}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => {
      const match = /TIMED ([\d.]+) (\d+)/.exec(stderr)
      if (code !== 0 || !match)
        return reject(new Error(`${command} failed (${code}):\n${stderr.slice(-3000)}`))
      resolve({ seconds: Number(match[1]), peakMb: Number(match[2]) / 1024 })
    })
  })
}

/** Bytes a browser fetches from /pagefind/ for its first query, and an article page's weight. */
async function measureInBrowser(siteUrl: string, articlePath: string) {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const searchBytes: [string, number][] = []
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/'))
        searchBytes.push([
          new URL(response.url()).pathname,
          (await response.request().sizes()).responseBodySize,
        ])
    })
    await page.goto(`${siteUrl}/sok/?q=myndighet`)
    await page.locator('#sokresultat li').first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')

    const weights: number[] = []
    const articlePage = await browser.newPage()
    articlePage.on('response', async (response) => {
      const type = response.request().resourceType()
      if (['document', 'stylesheet', 'script'].includes(type))
        weights.push((await response.request().sizes()).responseBodySize)
    })
    await articlePage.goto(`${siteUrl}${articlePath}`)
    await articlePage.waitForLoadState('networkidle')
    const sum = (list: number[]) => list.reduce((total, value) => total + value, 0) / 1024
    const largest = [...searchBytes].sort((a, b) => b[1] - a[1]).slice(0, 4)
    info(
      `first query's largest downloads: ${largest.map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(0)} kB`).join(', ')}`,
    )
    return { firstQueryKb: sum(searchBytes.map(([, bytes]) => bytes)), articlePageKb: sum(weights) }
  } finally {
    await browser.close()
  }
}

async function benchmark(articles: number): Promise<Measurement> {
  const work = mkdtempSync(path.join(tmpdir(), `redaktion-bench-${articles}-`))
  const databaseUrl = `file:${path.join(work, 'archive.db')}`
  const outDir = path.join(work, 'dist')
  const env = {
    ...process.env,
    DATA_DIR: work,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: secret,
    RUN_JOBS: 'false',
  }
  try {
    await step(`${articles} articles: writing the archive`, () =>
      runProcess(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/src/archive/cli.ts',
          '--articles',
          String(articles),
          '--database-url',
          databaseUrl,
        ],
        {
          cwd: repoRoot,
          env,
          prefix: '  [archive]',
          quiet,
        },
      ),
    )
    const portServer = createServer()
    const cmsPort = await listenOnFreePort(portServer, 3900)
    portServer.close()
    const cms = startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: cmsDir,
      env: {
        ...env,
        NODE_ENV: 'production',
        PORT: String(cmsPort),
        SERVER_URL: `http://127.0.0.1:${cmsPort}`,
      },
      prefix: '  [cms]',
      quiet,
    })
    try {
      await waitForHttp(`http://127.0.0.1:${cmsPort}/api/articles?limit=1`, 120_000)
      const siteEnv: NodeJS.ProcessEnv = {
        ...env,
        NODE_ENV: 'production',
        CMS_URL: `http://127.0.0.1:${cmsPort}`,
        SITE_URL: 'http://127.0.0.1',
        SITE_OUT_DIR: outDir,
      }
      const astro = await step(`${articles} articles: astro build`, () =>
        timed('astro', ['build'], siteEnv, path.join(repoRoot, 'site')),
      )
      const pagefind = await step(`${articles} articles: pagefind`, () =>
        timed('pagefind', ['--site', outDir, '--silent'], siteEnv, repoRoot),
      )
      await runProcess('node', ['scripts/precompress.mjs', outDir], {
        cwd: path.join(repoRoot, 'site'),
        env: siteEnv,
        prefix: '  [precompress]',
      })
      const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.html'),
      ).length
      const server = createServer(createSiteHandler(outDir))
      const sitePort = await listenOnFreePort(server, 4400)
      const sampleArticle = `/artikel/${readdirSync(path.join(outDir, 'artikel')).sort()[0]}/`
      const siteUrl = `http://127.0.0.1:${sitePort}`
      const browser = await measureInBrowser(siteUrl, sampleArticle)
      const scores = await step(`${articles} articles: Lighthouse`, () =>
        lighthouseScores(siteUrl, ['/', sampleArticle, '/sok/']),
      )
      server.close()
      return {
        articles,
        astroSeconds: astro.seconds,
        astroPeakMb: astro.peakMb,
        pagefindSeconds: pagefind.seconds,
        pages,
        distMb: sizeOf(outDir) / 1024 / 1024,
        indexMb: sizeOf(path.join(outDir, 'pagefind')) / 1024 / 1024,
        ...browser,
        lighthouse: scores,
      }
    } finally {
      await stopProcesses([cms])
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const started = Date.now()
await step('Checking the CMS build', () =>
  ensureCmsBuild({ ...process.env, NODE_ENV: 'production' }),
)
const results: Measurement[] = []
for (const size of sizes) results.push(await benchmark(size))

const reference = results[0]!
const rows: [string, (m: Measurement) => number, number][] = [
  ['astro build (s)', (m) => m.astroSeconds, 1],
  ['astro peak memory (MB)', (m) => m.astroPeakMb, 0],
  ['pagefind (s)', (m) => m.pagefindSeconds, 2],
  ['pages', (m) => m.pages, 0],
  ['dist size (MB)', (m) => m.distMb, 1],
  ['search index (MB)', (m) => m.indexMb, 1],
  ['first query transfer (kB)', (m) => m.firstQueryKb, 1],
  ['article page transfer (kB)', (m) => m.articlePageKb, 1],
]
process.stdout.write(
  `\n${'measure'.padEnd(28)}${results.map((m) => `${m.articles} art.`.padStart(14)).join('')}${results
    .slice(1)
    .map((m) => `${`×${m.articles}/${reference.articles}`.padStart(14)}`)
    .join('')}\n`,
)
for (const [label, get, digits] of rows) {
  const cells = results.map((m) => get(m).toFixed(digits).padStart(14)).join('')
  const ratios = results
    .slice(1)
    .map((m) => `${(get(m) / get(reference)).toFixed(2)}×`.padStart(14))
    .join('')
  process.stdout.write(`${label.padEnd(28)}${cells}${ratios}\n`)
}
for (const result of results) {
  for (const [pagePath, scores] of Object.entries(result.lighthouse)) {
    process.stdout.write(
      `Lighthouse ${result.articles} art. ${pagePath.slice(0, 40).padEnd(42)} ${scores} (perf/a11y/bp/seo)\n`,
    )
  }
}
info(`\nBenchmark finished in ${formatSeconds(Date.now() - started)}.`)
