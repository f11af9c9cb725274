// The contract of the Pagefind adapter with the installed Pagefind: indexed with the public
// node API, pages are found in the fragment files with an id each.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { checkPagefindInternals, readResultIds } from './pagefindInternals'

const page = (title: string) =>
  `<!doctype html><html lang="sv"><body><main data-pagefind-body><h1>${title}</h1><p>${title} handlar om regionernas budget.</p></main></body></html>`

let dir = ''
afterEach(async () => {
  vi.unstubAllEnvs()
  await pagefind.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe("the Pagefind adapter's contract", () => {
  it('reads the result id of every page Pagefind indexed, a different one each', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'redaktion-pagefind-contract-'))
    const { index } = await pagefind.createIndex({})
    const urls = ['/artikel/forsta/', '/artikel/andra/']
    for (const [at, url] of urls.entries())
      expect((await index!.addHTMLFile({ url, content: page(`Artikel ${at}`) })).errors).toEqual([])
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([])
    const ids = readResultIds(dir, urls)
    expect(Object.keys(ids ?? {}).sort()).toEqual([...urls].sort())
    expect(ids![urls[0]!]).toMatch(/^[\w-]+$/)
    expect(ids![urls[0]!]).not.toBe(ids![urls[1]!])
    // A page Pagefind did not index has no id: the adapter does not guess.
    expect(readResultIds(dir, [...urls, '/artikel/saknas/'])).toBeNull()
  })

  it('passes its check with the installed Pagefind', async () => {
    expect(await checkPagefindInternals()).toEqual({ isSupported: true })
  })

  it('fails its check, saying why, when Pagefind is not the version it is written for', async () => {
    vi.stubEnv('SITE_PAGEFIND_INTERNALS_VERSION', '0.9.0')
    expect(await checkPagefindInternals()).toEqual({
      isSupported: false,
      reason: 'pagefind 1.6.0 is installed; the adapter of its internals is written for 0.9.0',
    })
  })
})
