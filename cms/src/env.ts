import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Every environment variable the CMS reads, with its default. Documented in .env.example. */
export const ENV_DEFAULTS = {
  DATA_DIR: path.join(repoRoot, 'data'),
  SERVER_URL: 'http://localhost:3000',
  // The CMS serves the newsroom and the readers' submissions through a proxy or `npm start`;
  // like the publisher and the site server it listens on loopback unless told otherwise.
  CMS_HOST: '127.0.0.1',
  LOGIN_RATE_LIMIT: '10',
  LOGIN_RATE_WINDOW_SECONDS: '900',
  // Every second: a publish reaches the site within a second of being saved. Idle, a tick costs
  // about 3–4 ms of CPU (two small queries): under 1 % of a core.
  JOBS_CRON: '* * * * * *',
  RUN_JOBS: 'true',
  SITE_URL: 'http://localhost:4321',
  SUBMISSION_RATE_LIMIT: '10',
  SUBMISSION_RATE_WINDOW_SECONDS: '600',
  CAPTCHA_COST: '50000',
  CAPTCHA_TTL_SECONDS: '600',
  SMTP_PORT: '587',
  SMTP_SECURE: 'false',
  MAIL_FROM: 'Redaktion <redaktion@redaktion.example>',
  NEWSDESK_EMAIL: 'nyhetsdesk@redaktion.example',
  SUBMISSION_RETENTION_DAYS: '90',
  REGISTRATION_RETENTION_DAYS: '30',
} as const

/** A whole-number setting with a default and a lower bound. */
const integerSetting = (fallback: string, min: number) =>
  z.coerce.number().int().min(min).default(Number(fallback))

/** An optional URL: unset and empty both mean "not configured". */
const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional())

const databaseUrl = z
  .string()
  .refine((url) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(url), {
    message: 'must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
  })

/** `Name <address>` or a bare address. */
const MAILBOX =
  /^\s*(?:(?<name>[^<>]*?)\s*<(?<address>[^<>\s]+@[^<>\s]+)>|(?<bare>[^<>\s]+@[^<>\s]+))\s*$/

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default(ENV_DEFAULTS.DATA_DIR),
  DATABASE_URL: databaseUrl.optional(),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SERVER_URL: z.url().default(ENV_DEFAULTS.SERVER_URL),
  CMS_HOST: z.string().min(1).default(ENV_DEFAULTS.CMS_HOST),
  AUTH_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(Number(ENV_DEFAULTS.LOGIN_RATE_LIMIT)),
  LOGIN_RATE_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(Number(ENV_DEFAULTS.LOGIN_RATE_WINDOW_SECONDS)),
  JOBS_CRON: z.string().min(9).default(ENV_DEFAULTS.JOBS_CRON),
  RUN_JOBS: z.enum(['true', 'false']).default(ENV_DEFAULTS.RUN_JOBS),
  SITE_URL: z.url().default(ENV_DEFAULTS.SITE_URL),
  SUBMISSION_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(Number(ENV_DEFAULTS.SUBMISSION_RATE_LIMIT)),
  SUBMISSION_RATE_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(Number(ENV_DEFAULTS.SUBMISSION_RATE_WINDOW_SECONDS)),
  CAPTCHA_COST: z.coerce.number().int().min(10).default(Number(ENV_DEFAULTS.CAPTCHA_COST)),
  CAPTCHA_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .default(Number(ENV_DEFAULTS.CAPTCHA_TTL_SECONDS)),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(Number(ENV_DEFAULTS.SMTP_PORT)),
  SMTP_SECURE: z.enum(['true', 'false']).default(ENV_DEFAULTS.SMTP_SECURE),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z
    .string()
    .regex(MAILBOX, 'must be an address, optionally with a name: Redaktion <redaktion@example.se>')
    .default(ENV_DEFAULTS.MAIL_FROM),
  NEWSDESK_EMAIL: z.email().default(ENV_DEFAULTS.NEWSDESK_EMAIL),
  SUBMISSION_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .default(Number(ENV_DEFAULTS.SUBMISSION_RETENTION_DAYS)),
  REGISTRATION_RETENTION_DAYS: integerSetting(ENV_DEFAULTS.REGISTRATION_RETENTION_DAYS, 0),
  SITE_WEBHOOK_URL: optionalUrl,
  SITE_WEBHOOK_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 32`)').optional(),
  ),
  PUBLISHER_URL: optionalUrl,
})

export interface Env {
  nodeEnv: 'development' | 'production' | 'test'
  dataDir: string
  uploadsDir: string
  databaseUrl: string
  isMongo: boolean
  payloadSecret: string
  serverUrl: string
  /** The interface `npm run serve` listens on. */
  host: string
  /** The session cookie is sent over https only (the default when SERVER_URL is https). */
  isCookieSecure: boolean
  /** Log-in attempts one client address may make in a row without a success, per window. */
  login: { rateLimit: number; rateWindowSeconds: number }
  jobsCron: string
  isRunningJobs: boolean
  /** The static site's origin: the only one allowed to send submissions from a browser. */
  siteOrigin: string
  submissions: {
    rateLimit: number
    rateWindowSeconds: number
    /** Upper bound of the proof-of-work counter: the reader's browser tries about half. */
    captchaCost: number
    captchaTtlSeconds: number
    /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
    isTrustingProxy: boolean
    /** Closed tips and handled error reports are deleted (or erased) this many days later. */
    retentionDays: number
    /** An event's registrations are deleted this many days after it ends. */
    registrationRetentionDays: number
  }
  mail: MailSettings
  siteWebhook: SiteWebhookSettings
  /** The publisher's address, for the admin's "Webbplatsen" panel and its rebuild button. */
  publisherUrl?: string
}

export interface SiteWebhookSettings {
  /** Every public change is POSTed here; unset, no deliveries are queued at all. */
  url?: string
  /** Signs deliveries (and rebuild requests); unset, they go out unsigned. */
  secret?: string
}

export interface MailSettings {
  fromAddress: string
  fromName: string
  /** Where every new submission is announced. */
  newsdeskAddress: string
  /** Without SMTP, mails are written as .eml files into this folder instead of being sent. */
  dropDir: string
  smtp?: {
    host: string
    port: number
    /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
    isSecure: boolean
    auth?: { user: string; pass: string }
  }
}

/**
 * The development secret is generated once and kept beside the database, so sessions survive
 * restarts without anyone having to invent a secret. Production must bring its own.
 */
export function loadOrCreateDevSecret(dataDir: string): string {
  const file = path.join(dataDir, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/** Parses the environment once; a missing or malformed variable stops start-up, naming it. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(
      `Redaktion CMS: invalid environment:\n${problems.join('\n')}\nSee .env.example for every variable.`,
    )
  }
  const vars = parsed.data
  const dataDir = path.resolve(vars.DATA_DIR)
  // `next build` evaluates the config without serving anything; the secret is a runtime concern.
  const isBuilding = source.NEXT_PHASE === 'phase-production-build'
  if (vars.NODE_ENV === 'production' && !vars.PAYLOAD_SECRET && !isBuilding) {
    throw new Error(
      'Redaktion CMS: PAYLOAD_SECRET is required when NODE_ENV=production (use 32+ random characters, e.g. `openssl rand -hex 32`).',
    )
  }
  const databaseUrl = vars.DATABASE_URL ?? `file:${path.join(dataDir, 'redaktion.db')}`
  return {
    nodeEnv: vars.NODE_ENV,
    dataDir,
    uploadsDir: path.join(dataDir, 'uploads'),
    databaseUrl,
    isMongo: databaseUrl.startsWith('mongodb'),
    payloadSecret:
      vars.PAYLOAD_SECRET ??
      (isBuilding ? 'build-time-placeholder-never-served' : loadOrCreateDevSecret(dataDir)),
    serverUrl: vars.SERVER_URL,
    host: vars.CMS_HOST,
    isCookieSecure: vars.AUTH_COOKIE_SECURE
      ? vars.AUTH_COOKIE_SECURE === 'true'
      : new URL(vars.SERVER_URL).protocol === 'https:',
    login: { rateLimit: vars.LOGIN_RATE_LIMIT, rateWindowSeconds: vars.LOGIN_RATE_WINDOW_SECONDS },
    jobsCron: vars.JOBS_CRON,
    isRunningJobs: vars.RUN_JOBS === 'true',
    siteOrigin: new URL(vars.SITE_URL).origin,
    submissions: {
      rateLimit: vars.SUBMISSION_RATE_LIMIT,
      rateWindowSeconds: vars.SUBMISSION_RATE_WINDOW_SECONDS,
      captchaCost: vars.CAPTCHA_COST,
      captchaTtlSeconds: vars.CAPTCHA_TTL_SECONDS,
      isTrustingProxy: vars.TRUST_PROXY === 'true',
      retentionDays: vars.SUBMISSION_RETENTION_DAYS,
      registrationRetentionDays: vars.REGISTRATION_RETENTION_DAYS,
    },
    mail: {
      ...parseMailbox(vars.MAIL_FROM),
      newsdeskAddress: vars.NEWSDESK_EMAIL,
      dropDir: path.join(dataDir, 'mail'),
      smtp: vars.SMTP_HOST
        ? {
            host: vars.SMTP_HOST,
            port: vars.SMTP_PORT,
            isSecure: vars.SMTP_SECURE === 'true',
            auth: vars.SMTP_USER
              ? { user: vars.SMTP_USER, pass: vars.SMTP_PASSWORD ?? '' }
              : undefined,
          }
        : undefined,
    },
    siteWebhook: { url: vars.SITE_WEBHOOK_URL, secret: vars.SITE_WEBHOOK_SECRET },
    publisherUrl: vars.PUBLISHER_URL?.replace(/\/+$/, ''),
  }
}

function parseMailbox(mailbox: string): { fromAddress: string; fromName: string } {
  const groups = MAILBOX.exec(mailbox)?.groups ?? {}
  return {
    fromAddress: groups.address ?? groups.bare ?? mailbox,
    fromName: groups.name?.replace(/^"|"$/g, '') || 'Redaktion',
  }
}
