// Whether the installed Astro and Pagefind are the versions the adapters that use their
// internals (astroInternals.ts, pagefindInternals.ts) were written for. An adapter that is not
// supported is not used: the build takes the slower public-API path instead, so an upgrade can
// make publishing slower but never stop it.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type Support = { isSupported: true } | { isSupported: false; reason: string }

/** The adapters, the version each was written for, and the setting that names another. */
const ADAPTERS = {
  astro: { version: '7.3.5', setting: 'SITE_ASTRO_INTERNALS_VERSION' },
  pagefind: { version: '1.6.0', setting: 'SITE_PAGEFIND_INTERNALS_VERSION' },
} as const

/**
 * The version of `packageName` this process loads, from the package.json above its entry point
 * (Pagefind's exports list neither its package.json nor a `require` entry).
 */
export function installedVersion(packageName: string): string {
  for (
    let dir = path.dirname(fileURLToPath(import.meta.resolve(packageName)));
    ;
    dir = path.dirname(dir)
  ) {
    const file = path.join(dir, 'package.json')
    const manifest = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string })
      : null
    if (manifest?.name === packageName) return manifest.version
    if (dir === path.dirname(dir)) throw new Error(`No package.json of ${packageName} found`)
  }
}

/**
 * Whether the installed package is the one its adapter was written for. The setting (the
 * tests' way to force a mismatch) names another version the adapter is taken to be written for.
 */
export function versionSupport(packageName: keyof typeof ADAPTERS): Support {
  const { version, setting } = ADAPTERS[packageName]
  const supported = process.env[setting] || version
  const installed = installedVersion(packageName)
  return installed === supported
    ? { isSupported: true }
    : {
        isSupported: false,
        reason: `${packageName} ${installed} is installed; the adapter of its internals is written for ${supported}`,
      }
}
