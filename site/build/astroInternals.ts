// The one module that uses Astro's internals: rendering again after a build, which Astro has
// no public API for. The first build of the build server's renderer (render.ts) is an ordinary
// `astro build()` with a prerenderer (the public `astro:build:start` hook) that keeps Astro's
// prerender app; every later render reuses that app: only the routes' getStaticPaths and the
// selected pages run, without starting Astro and bundling the site again (5 of the 14 s a
// publish took at 10,000 articles). It reaches into astro/dist/… (the package's exports do not
// list those modules), the `globalThis.astroAsset` hook for optimized images and the app's
// route manifest.
//
// Guarded three ways: the build server uses it only when checkAstroInternals() passes (the
// installed version is the one it is written for, and the modules it imports export what it
// calls; astroInternals.test.ts runs the same check), the kept app is checked for the shape
// used before it is kept, and the incremental build test (site/tests/incrementalBuild.server
// .test.ts) compares what the kept app renders with a fresh full build, file for file.
// Otherwise the renderer builds with `astro build()` every time: slower, never broken.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { AstroIntegration } from 'astro'

import { type Support, versionSupport } from './internalsSupport'
import { filesUnder } from './precompress.mjs'

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))
/** A module of Astro's build internals. */
const astroInternal = <T>(file: string): Promise<T> =>
  import(pathToFileURL(path.join(astroDir, 'dist', file)).href) as Promise<T>

/** What this file uses of Astro's internals; `options` is Astro's StaticBuildOptions. */
interface Options {
  settings: { config: { outDir: URL } }
  logger: unknown
}
interface RouteData {
  distURL?: URL[]
}
interface StaticPath {
  pathname: string
  route: RouteData
}
interface Prerenderer {
  app: {
    getOptions: () => Options
    routeCache: { clearAll: () => void }
    manifest: { routes: { routeData: RouteData }[] }
  }
  setup: () => Promise<void>
  getStaticPaths: () => Promise<StaticPath[]>
  teardown?: () => Promise<void>
}
interface ImageTransforms {
  transforms: Map<string, unknown>
}
interface AstroAssetGlobal {
  addStaticImage?: unknown
  staticImages?: Map<string, ImageTransforms>
}
interface Generate {
  renderPath: (input: {
    prerenderer: Prerenderer
    pathname: string
    route: RouteData
    options: Options
    logger: unknown
    collectMetadata: boolean
  }) => Promise<{ body: string | Uint8Array; outFile: URL } | null>
}
interface GenerateImages {
  prepareAssetsGenerationEnv: (options: Options, totalCount: number) => Promise<unknown>
  generateImagesForPath: (
    originalPath: string,
    transforms: ImageTransforms,
    env: unknown,
  ) => Promise<void>
}
interface PrerenderUtils {
  getPrerenderOutputDirectory: (settings: Options['settings']) => URL
}

/** The internal modules and the functions of each this file calls. */
const USED_MODULES: Record<string, string[]> = {
  'core/build/generate.js': ['renderPath'],
  'assets/build/generate.js': ['prepareAssetsGenerationEnv', 'generateImagesForPath'],
  'prerender/utils.js': ['getPrerenderOutputDirectory'],
}

const assetGlobal = () => (globalThis as { astroAsset?: AstroAssetGlobal }).astroAsset

/**
 * Whether this module can be used with the installed Astro: its version is the one it is
 * written for, and each internal module it imports exports the functions it calls.
 */
export async function checkAstroInternals(): Promise<Support> {
  const version = versionSupport('astro')
  if (!version.isSupported) return version
  for (const [file, names] of Object.entries(USED_MODULES)) {
    let loaded: Record<string, unknown>
    try {
      loaded = await astroInternal<Record<string, unknown>>(file)
    } catch (error) {
      return { isSupported: false, reason: `astro/dist/${file}: ${(error as Error).message}` }
    }
    const missing = names.filter((name) => typeof loaded[name] !== 'function')
    if (missing.length)
      return { isSupported: false, reason: `astro/dist/${file} has no ${missing.join(', ')}` }
  }
  return { isSupported: true }
}

/** Why Astro's default prerenderer is not the shape this module uses; null when it is. */
function shapeProblem(prerenderer: Partial<Prerenderer>): string | null {
  const { app } = prerenderer
  if (typeof prerenderer.getStaticPaths !== 'function') return 'it has no getStaticPaths()'
  if (typeof app?.getOptions !== 'function') return 'its app has no getOptions()'
  if (typeof app.routeCache?.clearAll !== 'function') return 'its app has no routeCache.clearAll()'
  if (!Array.isArray(app.manifest?.routes)) return "its app's manifest has no routes"
  return null
}

/** A render after the first, with the app the first build kept. */
/** What one render with the kept app is limited to (a preview's one page). */
export interface RenderLimits {
  /** Render only the page with this path (e.g. `/artikel/<slug>/`) and make no images. */
  onlyPath?: string
}

export interface KeptApp {
  /**
   * Renders the pages the build hooks select into the renderer's folder (emptied by the
   * caller), and the optimized images new to them; returns the bundle's files under /_astro/.
   */
  renderAgain: (limits?: RenderLimits) => Promise<string[]>
  /** Drops every page's props the last render cached (at 100,000 articles, gigabytes). */
  clearRouteCache: () => void
}

/** An integration for the first build that keeps Astro's app, and what it kept. */
export interface AppKeeper {
  integration: AstroIntegration
  /** The kept app, or why none was kept (the renderer then builds with astro build()). */
  kept: () => { app: KeptApp } | { reason: string }
}

/** Keeps the prerender app of a build that renders into `dir`. */
export function keepPrerenderApp(dir: string): AppKeeper {
  let prerenderer: Prerenderer | null = null
  let addStaticImage: unknown
  let bundleAssets: string[] = []
  let problem = 'Astro built the site without its prerenderer'
  const integration: AstroIntegration = {
    name: 'redaktion:keep-prerender-app',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((standard) => {
          const candidate = standard as unknown as Prerenderer
          if (typeof candidate.setup !== 'function') {
            problem = "Astro's prerenderer has no setup()"
            return standard
          }
          return {
            ...standard,
            name: 'redaktion:kept',
            // Its app exists once it is set up.
            async setup() {
              await candidate.setup()
              const shape = shapeProblem(candidate)
              if (shape) problem = `Astro's prerenderer is not as expected: ${shape}`
              else prerenderer = candidate
              addStaticImage = assetGlobal()?.addStaticImage
            },
            // Astro deletes the prerender bundle after the build: every module of it is loaded
            // now, so that a later render finds each one it asks for in memory.
            // (Its own teardown would end the app: it runs only when the app is not kept.)
            async teardown() {
              if (!prerenderer) return candidate.teardown?.()
              const { getPrerenderOutputDirectory } =
                await astroInternal<PrerenderUtils>('prerender/utils.js')
              const options = candidate.app.getOptions()
              const bundleDir = fileURLToPath(getPrerenderOutputDirectory(options.settings))
              for (const file of filesUnder(bundleDir).filter((name) => name.endsWith('.mjs')))
                await import(pathToFileURL(file).href)
              // Before Astro makes the optimized images: /_astro/ holds the bundle alone.
              const bundle = path.join(dir, '_astro')
              bundleAssets = existsSync(bundle) ? readdirSync(bundle) : []
            },
          }
        }),
    },
  }
  return {
    integration,
    kept: () =>
      prerenderer
        ? { app: keptApp(prerenderer, addStaticImage, bundleAssets) }
        : { reason: problem },
  }
}

function keptApp(
  prerenderer: Prerenderer,
  addStaticImage: unknown,
  bundleAssets: string[],
): KeptApp {
  const { app } = prerenderer
  return {
    clearRouteCache: () => app.routeCache.clearAll(),
    async renderAgain({ onlyPath }: RenderLimits = {}) {
      const [{ renderPath }, images] = await Promise.all([
        astroInternal<Generate>('core/build/generate.js'),
        astroInternal<GenerateImages>('assets/build/generate.js'),
      ])
      const options = app.getOptions()
      const outDir = options.settings.config.outDir.href
      // What the previous render left: the routes' static paths, the images it asked for.
      app.routeCache.clearAll()
      for (const { routeData } of app.manifest.routes) delete routeData.distURL
      const assets = assetGlobal()!
      assets.addStaticImage = addStaticImage
      assets.staticImages?.clear()

      const withoutSlash = (pagePath: string) => pagePath.replace(/\/+$/, '')
      for (const { pathname, route } of await prerenderer.getStaticPaths()) {
        if (onlyPath !== undefined && withoutSlash(pathname) !== withoutSlash(onlyPath)) continue
        const page = await renderPath({
          prerenderer,
          pathname,
          route,
          options,
          logger: options.logger,
          collectMetadata: false,
        })
        if (!page) continue
        const file = fileURLToPath(page.outFile)
        if (!page.outFile.href.startsWith(outDir)) throw new Error(`Astro wrote outside: ${file}`)
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, page.body)
      }
      // A preview's new images would only be thrown away: its page points where the publish
      // will put them.
      const staticImages = onlyPath === undefined ? [...(assets.staticImages ?? [])] : []
      if (staticImages.length > 0) {
        const count = staticImages.reduce((sum, [, image]) => sum + image.transforms.size, 0)
        const env = await images.prepareAssetsGenerationEnv(options, count)
        for (const [original, transforms] of staticImages)
          await images.generateImagesForPath(original, transforms, env)
      }
      delete assets.addStaticImage
      return bundleAssets
    },
  }
}
