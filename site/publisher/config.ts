import path from 'node:path'

import { integerSetting, parseSettings, portSetting } from '@redaktion/content-schemas/settings'
import { z } from 'zod'

import { siteDataFolder } from '../siteDataFolder'
import { repoRoot } from './repoRoot'

export const PUBLISHER_DEFAULTS = {
  PUBLISHER_HOST: '127.0.0.1',
  PUBLISHER_PORT: 4400,
  DATA_DIR: path.join(repoRoot, 'data'),
  // A process kept between builds, with Astro and the last release in memory.
  PUBLISHER_BUILD_SERVER: 'exec node --import tsx site/build/buildServer.ts',
  // What `npm run build -w site` runs, without npm's and tsx's own processes in between.
  PUBLISHER_BUILD_COMMAND: 'exec node --import tsx site/build/build.ts',
  PUBLISHER_DEBOUNCE_MS: 50,
  PUBLISHER_SETTLE_MS: 2000,
  PUBLISHER_MAX_WAIT_MS: 10_000,
  PUBLISHER_KEEP_RELEASES: 5,
  PUBLISHER_MAX_SKEW_SECONDS: 300,
  PUBLISHER_SEEN_TTL_SECONDS: 3600,
  PUBLISHER_RETRY_BASE_MS: 5000,
  PUBLISHER_RETRY_ATTEMPTS: 6,
} as const

export const schema = z.object({
  PUBLISHER_HOST: z.string().min(1).default(PUBLISHER_DEFAULTS.PUBLISHER_HOST),
  PUBLISHER_PORT: portSetting(PUBLISHER_DEFAULTS.PUBLISHER_PORT, { allowAny: true }),
  DATA_DIR: z.string().min(1).default(PUBLISHER_DEFAULTS.DATA_DIR),
  // Empty counts as unset: plain mode.
  SITE_WEBHOOK_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(16).optional(),
  ),
  // Empty: every build runs PUBLISHER_BUILD_COMMAND in a process of its own.
  PUBLISHER_BUILD_SERVER: z.string().default(PUBLISHER_DEFAULTS.PUBLISHER_BUILD_SERVER),
  PUBLISHER_BUILD_COMMAND: z.string().min(1).default(PUBLISHER_DEFAULTS.PUBLISHER_BUILD_COMMAND),
  PUBLISHER_DEBOUNCE_MS: integerSetting({
    min: 0,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_DEBOUNCE_MS,
  }),
  PUBLISHER_SETTLE_MS: integerSetting({ min: 0, fallback: PUBLISHER_DEFAULTS.PUBLISHER_SETTLE_MS }),
  PUBLISHER_MAX_WAIT_MS: integerSetting({
    min: 0,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_MAX_WAIT_MS,
  }),
  PUBLISHER_KEEP_RELEASES: integerSetting({
    min: 1,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_KEEP_RELEASES,
  }),
  PUBLISHER_MAX_SKEW_SECONDS: integerSetting({
    min: 1,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_MAX_SKEW_SECONDS,
  }),
  PUBLISHER_SEEN_TTL_SECONDS: integerSetting({
    min: 1,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_SEEN_TTL_SECONDS,
  }),
  PUBLISHER_RETRY_BASE_MS: integerSetting({
    min: 1,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_RETRY_BASE_MS,
  }),
  // 0: a failed build waits for the next delivery or POST /rebuild.
  PUBLISHER_RETRY_ATTEMPTS: integerSetting({
    min: 0,
    max: 20,
    fallback: PUBLISHER_DEFAULTS.PUBLISHER_RETRY_ATTEMPTS,
  }),
})

export interface PublisherConfig {
  host: string
  /** 0 picks any free port (tests); npm start reserves one and passes it. */
  port: number
  /** `<DATA_DIR>/site`: releases/, the `live` symlink and publisher-state.json. */
  siteDir: string
  /** Unset: plain mode, every well-formed POST is accepted unsigned (static-host build hooks). */
  secret: string | undefined
  /**
   * The build server (site/build/buildServer.ts), run once with `sh -c` in the repo root and
   * sent every build; null: every build runs `buildCommand` instead.
   */
  buildServer: string | null
  /** Run with `sh -c` in the repo root, SITE_OUT_DIR set to the new release's folder. */
  buildCommand: string
  /** How long the first change of an idle publisher waits for company. */
  debounceMs: number
  /**
   * A change that comes while another waits or is being built makes a burst, and the build
   * waits until none has come for this long …
   */
  settleMs: number
  /** … or this long since the burst began. */
  maxWaitMs: number
  keepReleases: number
  maxSkewSeconds: number
  seenTtlSeconds: number
  /** A failed build is tried again after this, doubled for every further failure. */
  retryBaseMs: number
  /** How many times a failed build is tried again before its changes wait for a new delivery. */
  retryAttempts: number
  /** The environment the build command gets (CMS_URL, SITE_URL, …). */
  buildEnv: NodeJS.ProcessEnv
}

export function readPublisherConfig(source: NodeJS.ProcessEnv = process.env): PublisherConfig {
  const vars = parseSettings(schema, source, 'the publisher')
  return {
    host: vars.PUBLISHER_HOST,
    port: vars.PUBLISHER_PORT,
    siteDir: siteDataFolder(path.resolve(vars.DATA_DIR)).root,
    secret: vars.SITE_WEBHOOK_SECRET,
    buildServer: vars.PUBLISHER_BUILD_SERVER || null,
    buildCommand: vars.PUBLISHER_BUILD_COMMAND,
    debounceMs: vars.PUBLISHER_DEBOUNCE_MS,
    settleMs: vars.PUBLISHER_SETTLE_MS,
    maxWaitMs: vars.PUBLISHER_MAX_WAIT_MS,
    keepReleases: vars.PUBLISHER_KEEP_RELEASES,
    maxSkewSeconds: vars.PUBLISHER_MAX_SKEW_SECONDS,
    seenTtlSeconds: vars.PUBLISHER_SEEN_TTL_SECONDS,
    retryBaseMs: vars.PUBLISHER_RETRY_BASE_MS,
    retryAttempts: vars.PUBLISHER_RETRY_ATTEMPTS,
    buildEnv: source,
  }
}
