// `npm run bench:preview [-- --articles 10000 --edits 20 --publishes 3 --archive file]`: on a
// synthetic archive, with the publishing pipeline running as npm start runs it
// (publishPipeline.ts, shared with bench:publish), a journalist edits a published article's
// body again and again: each edit is an autosave through the CMS's REST API (PATCH
// ?draft=true&autosave=true, a new sentence in the body), and is timed from the start of the
// save until the preview's HTML holds the new sentence, fetched through the CMS's
// GET /api/articles/<id>/preview (staff only) or, where the CMS has no such route, from the
// publisher's POST /preview with the draft as the CMS would send it. Then a few publishes are
// timed to live in the same run, so both are printed side by side with the build server's
// render times. Everything runs on 127.0.0.1 and stops by itself.
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'

import { textToLexical } from '@redaktion/cms/textToLexical'
import { previewAnswerSchema } from '@redaktion/content-schemas/preview'
import { siteRequestHeaders } from '@redaktion/content-schemas/siteWebhook'
import { z } from 'zod'

import { fail, formatSeconds, info, step } from '../src/lib/log'
import { runBench, sleep } from './benchRun'
import { formatPreviewReport, type PreviewTiming } from './previewReport'
import { nonsenseWord, type Pipeline, publishAndWait, startPipeline } from './publishPipeline'
import { seconds } from './publishReport'

const PREVIEW_TIMEOUT_MS = 60_000
const USAGE =
  'Example: npm run bench:preview -- --articles 10000 [--edits 20] [--publishes 3] [--archive data/archive.db] (see scripts/README.md, "Preview benchmark")'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '20' },
    publishes: { type: 'string', default: '3' },
    archive: { type: 'string' },
  },
})
const parsedOptions = z
  .object({
    articles: z.coerce.number().int().min(1).max(1_000_000),
    edits: z.coerce.number().int().min(1).max(1000),
    publishes: z.coerce.number().int().min(1).max(100),
    archive: z.string().min(1).optional(),
  })
  .safeParse(values)
if (!parsedOptions.success)
  fail(
    `Invalid options: ${parsedOptions.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    USAGE,
  )
const { articles, edits, publishes, archive } = parsedOptions.data
if (archive && !existsSync(archive)) fail(`No archive at ${archive}`, USAGE)

type Article = { id: string; slug: string; updatedAt: string } & Record<string, unknown>

/** One way of fetching a preview's HTML for the benchmark, with the render time if it says. */
type FetchPreview = (article: Article) => Promise<{ html: string; renderMs: number | null }>

/** Through the CMS's preview route, as the admin's pane does. */
function throughCms(pipeline: Pipeline): FetchPreview {
  return async ({ id }) => {
    const response = await fetch(`${pipeline.cmsUrl}/api/articles/${id}/preview`, {
      headers: { Authorization: `JWT ${pipeline.token}` },
    })
    if (!response.ok) throw new Error(`GET /api/articles/${id}/preview: ${response.status}`)
    const renderMs = Number(response.headers.get('X-Preview-Render-Ms'))
    return {
      html: await response.text(),
      renderMs: Number.isFinite(renderMs) && renderMs > 0 ? renderMs : null,
    }
  }
}

/** From the publisher, with the newest draft as the CMS sends it (depth 0, signed). */
function fromPublisher(pipeline: Pipeline): FetchPreview {
  return async ({ id }) => {
    const article = await pipeline.api<Article>('GET', `articles/${id}?draft=true&depth=0`)
    const url = `${pipeline.publisherUrl}/preview`
    const rawBody = JSON.stringify({ article, savedAt: article.updatedAt })
    const headers = siteRequestHeaders({
      method: 'POST',
      url,
      rawBody,
      secret: pipeline.publisherSecret,
    })
    const response = await fetch(url, { method: 'POST', headers, body: rawBody })
    if (!response.ok) throw new Error(`POST /preview: ${response.status} ${await response.text()}`)
    const answer = previewAnswerSchema.parse(await response.json())
    return { html: answer.html, renderMs: answer.renderMs }
  }
}

/** The CMS's route when it has one (any answer but 404), else the publisher's. */
async function previewRoute(
  pipeline: Pipeline,
  article: Article,
): Promise<{ route: string; fetchPreview: FetchPreview }> {
  const probe = await fetch(`${pipeline.cmsUrl}/api/articles/${article.id}/preview`, {
    headers: { Authorization: `JWT ${pipeline.token}` },
  })
  await probe.body?.cancel()
  return probe.status === 404
    ? {
        route: "the publisher's POST /preview (the CMS has no preview route)",
        fetchPreview: fromPublisher(pipeline),
      }
    : { route: "the CMS's GET /api/articles/<id>/preview", fetchPreview: throughCms(pipeline) }
}

/** One autosave with a new sentence, timed until the preview holds it. */
async function editAndPreview(
  pipeline: Pipeline,
  article: Article,
  fetchPreview: FetchPreview,
): Promise<PreviewTiming> {
  const word = nonsenseWord()
  const started = performance.now()
  await pipeline.api('PATCH', `articles/${article.id}?draft=true&autosave=true&depth=0`, {
    body: textToLexical([
      { kind: 'p', text: `Redaktören lade till en mening om ${word} i utkastet.` },
      { kind: 'p', text: 'Förbundet välkomnar beslutet men efterlyser mer resurser.' },
    ]),
  })
  const saveMs = performance.now() - started
  for (;;) {
    const { html, renderMs } = await fetchPreview(article)
    if (html.includes(word)) return { saveMs, previewMs: performance.now() - started, renderMs }
    if (performance.now() - started > PREVIEW_TIMEOUT_MS)
      throw new Error(
        `The preview of ${article.slug} lacked the new sentence after ${PREVIEW_TIMEOUT_MS / 1000} s`,
      )
    await sleep(20)
  }
}

async function main(): Promise<void> {
  const startedAt = Date.now()
  const loadAtStart = loadavg()[0]!
  const { pipeline } = await startPipeline({ name: 'preview', articles, archive })
  if (!pipeline) throw new Error('The pipeline did not start')
  const { docs } = await pipeline.api<{ docs: Article[] }>(
    'GET',
    'articles?depth=0&limit=1&sort=-publishedAt&where[_status][equals]=published',
  )
  const article = docs[0]
  if (!article) throw new Error('The archive has no published article to edit')
  const { route, fetchPreview } = await previewRoute(pipeline, article)
  info(`Editing /artikel/${article.slug}/; previews through ${route}`)
  // The first preview after the warm-up is not an edit a journalist waits for twice.
  await fetchPreview(article)

  const previews: PreviewTiming[] = []
  await step(`(a) ${edits} edits, each previewed`, async () => {
    for (let index = 0; index < edits; index++) {
      const timing = await editAndPreview(pipeline, article, fetchPreview)
      previews.push(timing)
      info(
        `edit ${index + 1}/${edits}: preview after ${seconds(timing.previewMs)} (save ${seconds(timing.saveMs)}, render ${timing.renderMs === null ? '–' : seconds(timing.renderMs)})`,
      )
    }
  })
  const publishLiveMs: number[] = []
  await step(`(b) ${publishes} publishes, one at a time`, async () => {
    for (let index = 0; index < publishes; index++) {
      const timing = await publishAndWait(pipeline, index)
      publishLiveMs.push(timing.liveMs)
      info(`publish ${index + 1}/${publishes}: live after ${seconds(timing.liveMs)}`)
    }
  })
  process.stdout.write(
    formatPreviewReport({
      articles,
      route,
      previews,
      publishLiveMs,
      load: [loadAtStart, loadavg()[0]!],
    }),
  )
  info(`Benchmark finished in ${formatSeconds(Date.now() - startedAt)}.`)
}

await runBench(main)
