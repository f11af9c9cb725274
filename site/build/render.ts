// Astro, run inside the build's own process. The first render of a renderer is an ordinary
// `astro build` (Vite bundles the site, then every page the hooks select is rendered). The
// renderer keeps what that build prerendered with, Astro's prerender app, and every later
// render reuses it: only the routes' getStaticPaths and the selected pages run, as in the
// build itself, without starting Astro and bundling the site again (5 of the 14 s a publish
// took at 10,000 articles). The publisher's build server (site/build/buildServer.ts) keeps
// one renderer for as long as the site's code does not change.
//
// Astro has no public API for rendering again after a build: this reaches into its build
// internals (astro/dist/…, pinned with the exact astro version in site/package.json). The
// incremental build test (site/tests/incrementalBuild.server.test.ts) compares what the
// reused app renders with a fresh full build, file for file.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'astro'
import type { AstroIntegration } from 'astro'

import { setBuildHooks, type BuildHooks } from '../src/lib/buildHooks'
import { filesUnder } from './precompress.mjs'

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))
/** A module of Astro's build internals (the package's exports do not list them). */
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

const assetGlobal = () => (globalThis as { astroAsset?: AstroAssetGlobal }).astroAsset

/** Astro's prerender app and what a render after the build needs of it. */
interface Warm {
  prerenderer: Prerenderer
  /** Astro's hook for optimized images, which it removes from the global after its build. */
  addStaticImage: unknown
  /** The files Vite put under /_astro/ (scripts, styles, fonts): every release keeps them. */
  bundleAssets: string[]
}

export interface RenderResult {
  /** The names of the bundle's files under /_astro/ (whatever this render wrote). */
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
  /** True once a render has bundled the site: later renders reuse Astro's app. */
  readonly isWarm: boolean
}

/** A renderer for the site in `siteDir` that renders into `dir`. */
export function createRenderer(siteDir: string, dir: string): Renderer {
  let warm: Warm | null = null

  /** The first render: `astro build`, with a prerenderer that keeps Astro's app afterwards. */
  async function bundleAndRender(): Promise<RenderResult> {
    let captured: Warm | null = null
    const keepApp: AstroIntegration = {
      name: 'redaktion:keep-prerender-app',
      hooks: {
        'astro:build:start': ({ setPrerenderer }) =>
          setPrerenderer((standard) => {
            const prerenderer = standard as unknown as Prerenderer
            return {
              ...standard,
              name: 'redaktion:kept',
              async setup() {
                await prerenderer.setup()
                captured = {
                  prerenderer,
                  addStaticImage: assetGlobal()?.addStaticImage,
                  bundleAssets: [],
                }
              },
              // Astro deletes the prerender bundle after the build: every module of it is
              // loaded now, so that a later render finds each one it asks for in memory.
              async teardown() {
                const { getPrerenderOutputDirectory } =
                  await astroInternal<PrerenderUtils>('prerender/utils.js')
                const options = prerenderer.app.getOptions()
                const bundleDir = fileURLToPath(getPrerenderOutputDirectory(options.settings))
                for (const file of filesUnder(bundleDir).filter((name) => name.endsWith('.mjs')))
                  await import(pathToFileURL(file).href)
                // Before Astro makes the optimized images: /_astro/ holds the bundle alone.
                captured!.bundleAssets = readdirSync(path.join(dir, '_astro'))
              },
            }
          }),
      },
    }
    await build({
      root: siteDir,
      outDir: dir,
      logLevel: 'error',
      integrations: [keepApp],
    })
    if (!captured) throw new Error('Astro built the site without prerendering any page')
    warm = captured
    return { bundleAssets: (captured as Warm).bundleAssets }
  }

  /** A later render, with the app of the first. */
  async function renderAgain({ prerenderer, addStaticImage, bundleAssets }: Warm) {
    const [{ renderPath }, images] = await Promise.all([
      astroInternal<Generate>('core/build/generate.js'),
      astroInternal<GenerateImages>('assets/build/generate.js'),
    ])
    const { app } = prerenderer
    const options = app.getOptions()
    const outDir = options.settings.config.outDir.href
    // What the previous render left: the routes' static paths, the images it asked for.
    app.routeCache.clearAll()
    for (const { routeData } of app.manifest.routes) delete routeData.distURL
    const assets = assetGlobal()!
    assets.addStaticImage = addStaticImage
    assets.staticImages?.clear()

    for (const { pathname, route } of await prerenderer.getStaticPaths()) {
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
    const staticImages = [...(assets.staticImages ?? [])]
    if (staticImages.length > 0) {
      const count = staticImages.reduce((sum, [, image]) => sum + image.transforms.size, 0)
      const env = await images.prepareAssetsGenerationEnv(options, count)
      for (const [original, transforms] of staticImages)
        await images.generateImagesForPath(original, transforms, env)
    }
    delete assets.addStaticImage
    return { bundleAssets }
  }

  return {
    dir,
    get isWarm() {
      return warm !== null
    },
    async render(hooks) {
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      setBuildHooks(hooks)
      try {
        return warm ? await renderAgain(warm) : await bundleAndRender()
      } finally {
        setBuildHooks(null)
        // Every page's props (at 100,000 articles, gigabytes): the next render makes them anew.
        warm?.prerenderer.app.routeCache.clearAll()
      }
    },
  }
}
