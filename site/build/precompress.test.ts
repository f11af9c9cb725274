import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { filesUnder, precompressFiles } from './precompress.mjs'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('precompression of a built site', () => {
  it('writes .br and .gz beside text files, and skips small files, binaries and dotfiles', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'redaktion-precompress-'))
    const page = `<!doctype html><p>${'Myndigheterna flyttar. '.repeat(100)}</p>`
    writeFileSync(path.join(dir, 'index.html'), page)
    writeFileSync(path.join(dir, 'liten.txt'), 'kort')
    writeFileSync(path.join(dir, 'bild.png'), Buffer.alloc(4096, 1))
    writeFileSync(path.join(dir, '.newsroom.json'), JSON.stringify({ text: page }))

    expect(await precompressFiles(filesUnder(dir))).toBe(1)
    const file = path.join(dir, 'index.html')
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page)
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page)
    for (const name of ['liten.txt', 'bild.png', '.newsroom.json'])
      expect(existsSync(path.join(dir, `${name}.br`))).toBe(false)
  })

  it('compresses Pagefind index files, but writes no sibling that saves nothing', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'redaktion-precompress-'))
    const index = Buffer.from(`pagefind_dcd${'myndighet '.repeat(300)}`)
    writeFileSync(path.join(dir, 'pagefind.sv_0123456789.pf_meta'), index)
    writeFileSync(path.join(dir, 'sv_0123456.pf_index'), randomBytes(4096))

    expect(await precompressFiles(filesUnder(dir))).toBe(2)
    const meta = path.join(dir, 'pagefind.sv_0123456789.pf_meta.br')
    expect(brotliDecompressSync(readFileSync(meta)).equals(index)).toBe(true)
    expect(existsSync(path.join(dir, 'sv_0123456.pf_index.br'))).toBe(false)
    expect(existsSync(path.join(dir, 'sv_0123456.pf_index.gz'))).toBe(false)
  })
})
