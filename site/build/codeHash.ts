import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** The environment a page's output depends on besides its data. */
const ENV_INPUTS = ['SITE_URL', 'CMS_URL', 'PUBLIC_CMS_URL'] as const

/**
 * A hash of everything besides the newsroom's data that the output depends on: the site's
 * code, the shared schemas, the locked dependencies and the addresses. An incremental build
 * reuses pages only from a release with the same hash.
 */
export function codeHash(siteDir: string): string {
  const repoRoot = path.dirname(siteDir)
  const inputs = [
    path.join(siteDir, 'src'),
    path.join(siteDir, 'public'),
    path.join(siteDir, 'build'),
    path.join(siteDir, 'astro.config.mjs'),
    path.join(siteDir, 'package.json'),
    path.join(repoRoot, 'content-schemas', 'src'),
    path.join(repoRoot, 'package-lock.json'),
  ]
  const hash = createHash('sha256')
  for (const input of inputs) {
    for (const file of filesOf(input)) {
      hash
        .update(path.relative(repoRoot, file))
        .update('\0')
        .update(readFileSync(file))
        .update('\0')
    }
  }
  for (const name of ENV_INPUTS) hash.update(`${name}=${process.env[name] ?? ''}\0`)
  return hash.digest('base64url')
}

function filesOf(input: string): string[] {
  if (!existsSync(input)) return []
  if (!statSync(input).isDirectory()) return [input]
  return readdirSync(input, { recursive: true, encoding: 'utf8' })
    .filter(
      (entry) => !entry.split(path.sep).includes('node_modules') && !/\.test\.ts$/.test(entry),
    )
    .map((entry) => path.join(input, entry))
    .filter((file) => statSync(file).isFile())
    .sort()
}
