import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { RawNewsroom } from '../src/lib/newsroomSource'
import { NEWSROOM_FILE, readNewsroomCopy, writeNewsroomCopy } from './site'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A newsroom of `count` articles (more than one batch) with text that JSON must escape. */
function newsroom(count: number): RawNewsroom {
  const articles = Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    title: `Artikel "${index}" – å\u2028ä\\ö`,
    body: { root: { children: [{ text: 'Brödtext\n' }] } },
  }))
  return {
    articles,
    categories: [{ id: 1, title: 'Arbetsliv' }],
    topics: [],
    authors: [],
    media: [],
    corrections: [],
    redirects: [],
    events: [{ id: 'e1', title: 'Seminarium' }],
    documents: [],
    videos: [],
    typeStatements: { id: 't1', nyhet: 'Detta är en nyhetsartikel.', krönika: null },
  } as unknown as RawNewsroom
}

describe('the newsroom copy', () => {
  it('is what JSON.stringify makes of the newsroom, globals included, and reads back the same', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsroom-copy-'))
    const raw = newsroom(1234)
    expect(await writeNewsroomCopy(dir, raw)).toBe(true)
    expect(readFileSync(path.join(dir, NEWSROOM_FILE), 'utf8')).toBe(JSON.stringify(raw))
    expect(readNewsroomCopy(dir)).toEqual(raw)
    expect(readdirSync(dir)).toEqual([NEWSROOM_FILE])
  })

  it('is not written at all when stopped part way, and leaves no partial file', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsroom-copy-'))
    const stop = new AbortController()
    stop.abort()
    const partialFile = path.join(dir, 'partial.json')
    expect(await writeNewsroomCopy(dir, newsroom(1234), { partialFile, signal: stop.signal })).toBe(
      false,
    )
    expect(readdirSync(dir)).toEqual([])
    expect(readNewsroomCopy(dir)).toBeNull()
    expect(existsSync(partialFile)).toBe(false)
  })
})
