import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { info } from '../lib/log'
import { cmsDir, repoRoot } from '../lib/paths'
import { runProcess } from '../lib/processes'

const BUILD_INPUTS = [
  'cms/src',
  'cms/next.config.mjs',
  'cms/package.json',
  'cms/tsconfig.json',
  'content-schemas/src',
  'package-lock.json',
]
const stampFile = path.join(cmsDir, '.next', 'redaktion-build-hash')

function filesUnder(entry: string): string[] {
  const full = path.join(repoRoot, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(repoRoot, path.join(dirent.parentPath, dirent.name)))
    .sort()
}

/** A hash over everything the CMS build reads, so an unchanged tree is not rebuilt. */
export function cmsSourceHash(): string {
  const hash = createHash('sha256')
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(repoRoot, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

/** Runs `next build` for the CMS unless the last build was of the same sources. */
export async function ensureCmsBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const hash = cmsSourceHash()
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash) {
    info('The CMS build is up to date.')
    return
  }
  const importMap = readFileSync(path.join(cmsDir, 'src/app/(payload)/admin/importMap.js'), 'utf8')
  if (!importMap.includes('RscEntryLexicalField')) {
    throw new Error('The admin import map is empty: run `npm run generate` and commit the result.')
  }
  await runProcess('next', ['build'], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production' },
    prefix: '  [next build]',
    quiet: /Unknown user config "nodedir"/,
  })
  writeFileSync(stampFile, `${hash}\n`)
}
