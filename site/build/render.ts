// Astro, run inside the build's own process, through its public API: every render is an
// `astro build()` of the pages the build hooks select. The build server's renderer may be given
// an app keeper (astroInternals.ts, the one module that uses Astro's internals): it keeps the
// first build's prerender app, and every later render reuses it instead of building again. The
// publisher's build server (site/build/buildServer.ts) keeps one renderer for as long as the
// site's code does not change; `npm run build -w site` (build.ts) renders once, without one.
// Without a kept app, render once per process: a second astro build() in the same process
// would load the first one's unchanged modules from Node's import cache, with the static paths
// they cached (the build server exits after such a build).
import { mkdirSync, rmSync } from 'node:fs'

import { build } from 'astro'

import { setBuildHooks, type BuildHooks } from '../src/lib/buildHooks'
import type { AppKeeper, KeptApp } from './astroInternals'

export interface RenderResult {
  /**
   * The names of the bundle's files under /_astro/ when the render did not write them (it
   * reused a kept app); a build writes them into the render folder itself.
   */
  bundleAssets: string[]
}

export interface Renderer {
  /**
   * Renders the pages the hooks select into the render folder, which it empties first;
   * optimized images new to these pages are made there too.
   */
  render: (hooks: BuildHooks) => Promise<RenderResult>
  /** The folder every render writes into (Astro's outDir, fixed for the renderer's life). */
  dir: string
  /** True once a render has kept Astro's app: later renders reuse it. */
  readonly isWarm: boolean
  /** Whether renders after the first can reuse Astro's app (false: each one is a build). */
  readonly canKeepApp: boolean
}

export interface RendererOptions {
  /** Keeps the first build's app for later renders (astroInternals.ts); none: build each time. */
  keepApp?: (dir: string) => AppKeeper
  /** Says why a build's app could not be kept. */
  log?: (message: string) => void
}

/** A renderer for the site in `siteDir` that renders into `dir`. */
export function createRenderer(
  siteDir: string,
  dir: string,
  { keepApp, log = () => undefined }: RendererOptions = {},
): Renderer {
  let app: KeptApp | null = null
  let canKeepApp = keepApp !== undefined

  async function buildWithAstro(): Promise<RenderResult> {
    const keeper = canKeepApp ? keepApp?.(dir) : undefined
    await build({
      root: siteDir,
      outDir: dir,
      logLevel: 'error',
      integrations: keeper ? [keeper.integration] : [],
    })
    const kept = keeper?.kept()
    if (kept && 'app' in kept) app = kept.app
    else if (kept) {
      canKeepApp = false
      log(`${kept.reason}: every build renders with Astro's build()`)
    }
    return { bundleAssets: [] }
  }

  return {
    dir,
    get isWarm() {
      return app !== null
    },
    get canKeepApp() {
      return canKeepApp
    },
    async render(hooks) {
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      // A preview is one page: a whole astro build() for it would also write the rest.
      if (hooks.preview && !app) throw new Error('A preview needs a kept Astro app')
      setBuildHooks(hooks)
      try {
        return app
          ? { bundleAssets: await app.renderAgain({ onlyPath: hooks.preview?.pagePath }) }
          : await buildWithAstro()
      } finally {
        setBuildHooks(null)
        // Every page's props (at 100,000 articles, gigabytes): the next render makes them anew.
        app?.clearRouteCache()
      }
    },
  }
}
