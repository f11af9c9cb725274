import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { loadOrCreateDevSecret } from '@redaktion/cms/env'
import { integerSetting, parseSettings, portSetting } from '@redaktion/content-schemas/settings'
import { z } from 'zod'

import { repoRoot } from '../lib/paths'

export const START_DEFAULTS = {
  CMS_PORT: 3000,
  SITE_PORT: 4321,
  PUBLISHER_PORT: 4400,
  DATA_DIR: path.join(repoRoot, 'data'),
  CMS_RESTART_DELAY_MS: 2000,
} as const

export const schema = z.object({
  CMS_PORT: portSetting(START_DEFAULTS.CMS_PORT),
  SITE_PORT: portSetting(START_DEFAULTS.SITE_PORT),
  PUBLISHER_PORT: portSetting(START_DEFAULTS.PUBLISHER_PORT),
  DATA_DIR: z.string().min(1).default(START_DEFAULTS.DATA_DIR),
  // Empty: plain mode, unsigned deliveries (README, "Publishing").
  SITE_WEBHOOK_SECRET: z.union([z.literal(''), z.string().min(16)]).optional(),
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().optional(),
  SERVER_URL: z.url().optional(),
  CMS_RESTART_DELAY_MS: integerSetting({ min: 0, fallback: START_DEFAULTS.CMS_RESTART_DELAY_MS }),
})

export interface StartConfig {
  cmsPort: number
  sitePort: number
  /** The first port tried for the publisher; the next free one above it is taken. */
  publisherPort: number
  /** Shared by the CMS (signs deliveries) and the publisher (verifies them); '' = plain mode. */
  webhookSecret: string
  cmsUrl: string
  dataDir: string
  /** How long npm start waits before starting a CMS that died. */
  cmsRestartDelayMs: number
  /** The environment every child process gets: the CMS's variables, resolved once. */
  childEnv: NodeJS.ProcessEnv
}

export function readStartConfig(source: NodeJS.ProcessEnv = process.env): StartConfig {
  const vars = parseSettings(schema, source, 'npm start')
  const dataDir = path.resolve(vars.DATA_DIR)
  const cmsUrl = vars.SERVER_URL ?? `http://localhost:${vars.CMS_PORT}`
  return {
    cmsPort: vars.CMS_PORT,
    sitePort: vars.SITE_PORT,
    publisherPort: vars.PUBLISHER_PORT,
    webhookSecret: vars.SITE_WEBHOOK_SECRET ?? loadOrCreateWebhookSecret(dataDir),
    cmsUrl,
    dataDir,
    cmsRestartDelayMs: vars.CMS_RESTART_DELAY_MS,
    childEnv: {
      ...source,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: vars.DATABASE_URL ?? `file:${path.join(dataDir, 'redaktion.db')}`,
      PAYLOAD_SECRET: vars.PAYLOAD_SECRET ?? loadOrCreateDevSecret(dataDir),
      SERVER_URL: cmsUrl,
      CMS_URL: cmsUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  }
}

/** The webhook secret of this data folder, made once and kept in `<dataDir>/.webhook-secret`. */
export function loadOrCreateWebhookSecret(dataDir: string): string {
  const file = path.join(dataDir, '.webhook-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
