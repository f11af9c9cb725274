// What the build script (site/build/) and the pages share while Astro renders. The
// script renders in its own process (site/build/render.ts) and hands each build its
// hooks through a global; a bare `astro build` or `astro dev` has none: every page is
// rendered, the newsroom is fetched in full, and nothing is recorded.
import type { SiteChange } from '@redaktion/content-schemas/siteWebhook'

import type { RawNewsroom } from './newsroomSource'

/** One change the publisher's webhook deliveries named ("*": everything). */
export type Change = SiteChange

/** One route's record: every page it has in this build, by its URL path. */
export interface RouteLog {
  route: string
  pages: Record<string, string>
  /** How long computing the keys took, in milliseconds. */
  keyMs: number
}

/**
 * A preview (site/build/preview.ts): one page rendered from a newsroom the build server made
 * (the live release's, with a draft put in), asked of nobody and recorded nowhere.
 */
export interface PreviewHooks {
  newsroom: RawNewsroom
  /** The one page to render, e.g. `/artikel/<slug>/`. */
  pagePath: string
}

export interface BuildHooks {
  /**
   * The previous release's page keys; only pages with a new or changed key are rendered. The
   * very object that was `record` of the build that made it, when this process made it.
   */
  previousPages: Record<string, string> | null
  /** Where this build's page keys are gathered (site/build/site.ts), once every route ran. */
  record?: Record<string, string>
  /** The previous release's newsroom, patched with `changes` instead of fetched in full. */
  previousNewsroom: RawNewsroom | null
  changes: Change[] | null
  onRoute: (log: RouteLog) => void
  /** Files made from the whole newsroom rather than rendered as pages (such as `_redirects`). */
  onSiteFile: (name: string, content: string) => void
  /** The newsroom this build uses, and when it was asked for and how long it took (ms). */
  onNewsroom: (raw: RawNewsroom, timing: { askedAt: number; ms: number }) => void
  /** Set for a preview only: every route returns that one page, if it is one of its own. */
  preview?: PreviewHooks
}

const KEY = Symbol.for('redaktion.buildHooks')
const holder = globalThis as { [KEY]?: BuildHooks }

/** Hooks for a bare `astro build` or `astro dev`: nothing before, nothing recorded. */
export const NO_HOOKS: BuildHooks = {
  previousPages: null,
  previousNewsroom: null,
  changes: null,
  onRoute: () => undefined,
  onSiteFile: () => undefined,
  onNewsroom: () => undefined,
}

/** The hooks of the build running now. */
export function buildHooks(): BuildHooks {
  return holder[KEY] ?? NO_HOOKS
}

/** Sets (or, with null, clears) the hooks of the build about to run. */
export function setBuildHooks(hooks: BuildHooks | null): void {
  if (hooks) holder[KEY] = hooks
  else delete holder[KEY]
}
