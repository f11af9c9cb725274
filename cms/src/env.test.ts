import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { readEnv } from './env'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redaktion-env-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('readEnv', () => {
  it('listens on loopback and marks the session cookie Secure exactly when SERVER_URL is https', () => {
    const dataDir = tempDir()
    const local = readEnv({ DATA_DIR: dataDir })
    expect(local.host).toBe('127.0.0.1')
    expect(local.isCookieSecure).toBe(false)
    expect(
      readEnv({ DATA_DIR: dataDir, SERVER_URL: 'https://cms.example.se' }).isCookieSecure,
    ).toBe(true)
    const overridden = readEnv({
      DATA_DIR: dataDir,
      CMS_HOST: '0.0.0.0',
      SERVER_URL: 'https://cms.example.se',
      AUTH_COOKIE_SECURE: 'false',
    })
    expect(overridden.host).toBe('0.0.0.0')
    expect(overridden.isCookieSecure).toBe(false)
  })

  it('defaults to a SQLite file in the data folder', () => {
    const dataDir = tempDir()
    const env = readEnv({ DATA_DIR: dataDir })
    expect(env.databaseUrl).toBe(`file:${path.join(dataDir, 'redaktion.db')}`)
    expect(env.isMongo).toBe(false)
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    const dataDir = tempDir()
    expect(
      readEnv({ DATA_DIR: dataDir, DATABASE_URL: 'mongodb://127.0.0.1/redaktion' }).isMongo,
    ).toBe(true)
    expect(
      readEnv({ DATA_DIR: dataDir, DATABASE_URL: 'mongodb+srv://x.example.net/r' }).isMongo,
    ).toBe(true)
  })

  it('names the variable when a value is malformed', () => {
    expect(() => readEnv({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://db/redaktion' })).toThrow(
      /DATABASE_URL: must start with file:/,
    )
    expect(() => readEnv({ DATA_DIR: tempDir(), SERVER_URL: 'inte en adress' })).toThrow(
      /SERVER_URL/,
    )
  })

  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => readEnv({ NODE_ENV: 'production', DATA_DIR: tempDir() })).toThrow(
      /PAYLOAD_SECRET is required/,
    )
  })

  it('generates a development secret once and keeps it in the data folder', () => {
    const dataDir = tempDir()
    const first = readEnv({ DATA_DIR: dataDir }).payloadSecret
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readEnv({ DATA_DIR: dataDir }).payloadSecret).toBe(first)
    expect(readFileSync(path.join(dataDir, '.payload-secret'), 'utf8').trim()).toBe(first)
  })

  it('writes mail into the data folder until an SMTP host is set', () => {
    const dataDir = tempDir()
    const { mail } = readEnv({ DATA_DIR: dataDir })
    expect(mail).toEqual({
      fromAddress: 'redaktion@redaktion.example',
      fromName: 'Redaktion',
      newsdeskAddress: 'nyhetsdesk@redaktion.example',
      dropDir: path.join(dataDir, 'mail'),
      smtp: undefined,
    })
    expect(readEnv({ DATA_DIR: dataDir, SMTP_HOST: '' }).mail.smtp).toBeUndefined()
  })

  it('reads the SMTP server, its login and the sender', () => {
    const { mail } = readEnv({
      DATA_DIR: tempDir(),
      SMTP_HOST: 'smtp.example.se',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'cms',
      SMTP_PASSWORD: 'hemligt',
      MAIL_FROM: '"Tidningen Redaktion" <cms@example.se>',
      NEWSDESK_EMAIL: 'desk@example.se',
    })
    expect(mail).toMatchObject({
      fromAddress: 'cms@example.se',
      fromName: 'Tidningen Redaktion',
      newsdeskAddress: 'desk@example.se',
      smtp: {
        host: 'smtp.example.se',
        port: 465,
        isSecure: true,
        auth: { user: 'cms', pass: 'hemligt' },
      },
    })
  })

  it('names a malformed mail variable', () => {
    expect(() => readEnv({ DATA_DIR: tempDir(), NEWSDESK_EMAIL: 'nyhetsdesken' })).toThrow(
      /NEWSDESK_EMAIL/,
    )
    expect(() => readEnv({ DATA_DIR: tempDir(), MAIL_FROM: 'Redaktion' })).toThrow(/MAIL_FROM/)
    expect(() => readEnv({ DATA_DIR: tempDir(), SUBMISSION_RETENTION_DAYS: '0' })).toThrow(
      /SUBMISSION_RETENTION_DAYS/,
    )
  })

  it('reads the site webhook and the publisher, treating empty values as unset', () => {
    const dataDir = tempDir()
    expect(readEnv({ DATA_DIR: dataDir })).toMatchObject({
      siteWebhook: { url: undefined, secret: undefined },
      publisherUrl: undefined,
    })
    const env = readEnv({
      DATA_DIR: dataDir,
      SITE_WEBHOOK_URL: 'http://127.0.0.1:4322/webhook',
      SITE_WEBHOOK_SECRET: '0123456789abcdef0123',
      PUBLISHER_URL: 'http://127.0.0.1:4322/',
    })
    expect(env.siteWebhook).toEqual({
      url: 'http://127.0.0.1:4322/webhook',
      secret: '0123456789abcdef0123',
    })
    expect(env.publisherUrl).toBe('http://127.0.0.1:4322')
    expect(readEnv({ DATA_DIR: dataDir, SITE_WEBHOOK_URL: '' }).siteWebhook.url).toBeUndefined()
    expect(() => readEnv({ DATA_DIR: dataDir, SITE_WEBHOOK_SECRET: 'kort' })).toThrow(
      /SITE_WEBHOOK_SECRET: must be at least 16/,
    )
  })
})
