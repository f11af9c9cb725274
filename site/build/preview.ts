// A preview: the article page of a draft, rendered by the build server's kept Astro app with
// the same template, components, CSS and image sizes a publish uses, from the live release's
// newsroom with the draft put in (previewNewsroom.ts). It renders into the renderer's own
// folder, reads the one page and empties the folder again: nothing reaches a release, the
// search shards, the sitemaps or the feeds, and no page key is recorded, so the next build is
// what it would have been without it.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { PreviewAnswer, PreviewRequest } from '@redaktion/content-schemas/preview'

import { NO_HOOKS } from '../src/lib/buildHooks'
import { articlePath } from '../src/lib/paths'
import { previewNewsroom } from './previewNewsroom'
import type { Renderer } from './render'
import type { PreviousRelease } from './site'
import { assetsIn, outputFileOf } from './tree'

export type PreviewOutcome =
  { type: 'previewed'; answer: PreviewAnswer } | { type: 'refused'; message: string }

/** Why a build server without a kept Astro app answers no preview (Swedish, for the journalist). */
export const NO_KEPT_APP_REFUSAL =
  'Förhandsgranskning går inte just nu: byggservern kör utan Astro-adaptern (en annan Astro-version än den adaptern är skriven för) och bygger varje gång hela webbplatsen. Publicering fungerar, men långsammare.'

/**
 * Renders the article page of `preview.article` from `previous` (the live release, its
 * newsroom in memory) with a warm renderer.
 */
export async function renderPreview({
  renderer,
  previous,
  preview,
}: {
  renderer: Renderer
  previous: PreviousRelease
  preview: PreviewRequest
}): Promise<PreviewOutcome> {
  const startedAt = performance.now()
  if (!renderer.isWarm) return { type: 'refused', message: NO_KEPT_APP_REFUSAL }
  if (!previous.newsroom)
    return {
      type: 'refused',
      message:
        'Förhandsgranskning går inte förrän webbplatsen har byggts en gång till (den publicerade versionen saknar sin kopia av innehållet). Försök igen efter nästa publicering.',
    }
  const { newsroom, slug, notes } = await previewNewsroom(previous.newsroom, preview)
  const pagePath = articlePath(slug)
  let html: string
  try {
    await renderer.render({ ...NO_HOOKS, preview: { newsroom, pagePath } })
    const file = path.join(renderer.dir, outputFileOf(pagePath))
    if (!existsSync(file)) throw new Error(`The preview of ${pagePath} wrote no page`)
    html = readFileSync(file, 'utf8')
  } finally {
    rmSync(renderer.dir, { recursive: true, force: true })
  }
  const newAssets = assetsIn(html).filter(
    (asset) => !existsSync(path.join(previous.dir, asset.slice(1))),
  )
  if (newAssets.length > 0)
    notes.push(
      `${newAssets.length} ${newAssets.length === 1 ? 'bild är ny och syns' : 'bilder är nya och syns'} först när artikeln publiceras.`,
    )
  return {
    type: 'previewed',
    answer: { html, path: pagePath, renderMs: performance.now() - startedAt, notes },
  }
}
