import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Role } from '@redaktion/content-schemas/options'

export interface DemoLogin {
  role: Role
  name: string
  email: string
  password: string
}

const DEMO_USERS: Omit<DemoLogin, 'password'>[] = [
  { role: 'admin', name: 'Alva Administratör', email: 'admin@redaktion.example' },
  { role: 'editor', name: 'Erik Redaktör', email: 'redaktor@redaktion.example' },
  { role: 'journalist', name: 'Jasmin Journalist', email: 'journalist@redaktion.example' },
]

const loginsFile = (dataDir: string) => path.join(dataDir, 'demo-logins.json')

/** Demo accounts get random passwords per installation, kept beside the database. */
export function createDemoLogins(dataDir: string): DemoLogin[] {
  const logins = DEMO_USERS.map((user) => ({
    ...user,
    password: randomBytes(9).toString('base64url'),
  }))
  writeFileSync(loginsFile(dataDir), `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 })
  return logins
}

export function readDemoLogins(dataDir: string): DemoLogin[] {
  const file = loginsFile(dataDir)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoLogin[]) : []
}
