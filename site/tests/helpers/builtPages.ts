import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'

import { serverContext } from '../../../scripts/tests/helpers/serverContext'
import { siteDataFolder } from '../../siteDataFolder'

/**
 * The release npm start's publisher had live when the test file started. Other server tests
 * publish, and each publish switches `live` to a new release, so a file's checks pin this one.
 */
export const distDir = realpathSync(siteDataFolder(serverContext().dataDir).liveLink)

/** Every HTML file of the last build, as [path under dist, contents]. */
export function builtPages(): [string, string][] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => [file, readFileSync(path.join(distDir, file), 'utf8')])
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  )
}
