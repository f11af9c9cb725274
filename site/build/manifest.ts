import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { SearchVocabulary } from './searchCompounds'

/** Inside each release; a dotfile, so the static server does not serve it. */
export const MANIFEST_FILE = '.build-manifest.json'

export interface PageRecord {
  /** The page's key (src/lib/pageKeys.ts). */
  key: string
  /** The files under /_astro/ the page's output uses. */
  assets: string[]
}

/** What the search shards hold (search.ts). */
export interface SearchRecord {
  /**
   * The archive shard: when it was made, the key it indexed and its result's id per URL (null:
   * made without reading them, see pagefindInternals.ts), and the folders of its parts
   * (pagefind/, pagefind-2/, …), and the words its compounds were split by, which the recent
   * shard splits by too (searchCompounds.ts).
   */
  archive: {
    madeAt: string
    keys: Record<string, string>
    ids: Record<string, string> | null
    parts: string[]
    vocabulary: SearchVocabulary
  }
  /** The URLs in the recent shard (pagefind-recent/). */
  recent: string[]
}

export interface Manifest {
  version: 1
  codeHash: string
  /** Every page that has a key, by URL path. */
  pages: Record<string, PageRecord>
  search: SearchRecord
}

export function readManifest(releaseDir: string): Manifest | null {
  const file = path.join(releaseDir, MANIFEST_FILE)
  if (!existsSync(file)) return null
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  return manifest.version === 1 ? manifest : null
}

export function writeManifest(releaseDir: string, manifest: Manifest): void {
  writeFileSync(path.join(releaseDir, MANIFEST_FILE), JSON.stringify(manifest))
}
