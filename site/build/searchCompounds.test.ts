// The compound parts as Pagefind 1.6 indexes them: pages indexed with its node API into a
// temporary folder and searched with the pagefind.js written there, in Node (its files read
// from disk in place of fetch).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import * as pagefind from 'pagefind'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createCompoundSplitter } from '../src/lib/search/compoundSplit'
import { foldExcerpt } from '../src/lib/search/foldExcerpt'
import { fragmentContents } from './pagefindInternals'
import {
  collectVocabulary,
  PART_WEIGHT,
  splitterFor,
  vocabularyRecord,
  withCompoundParts,
} from './searchCompounds'

const page = (body: string, outside = '') =>
  `<!doctype html><html lang="sv"><head><title>Sida</title></head><body>${outside}<article data-pagefind-body>${body}</article></body></html>`

const parts = (text: string) => `<span data-pagefind-weight="${PART_WEIGHT}"> ⟨${text}⟩ </span>`

describe('the compound parts of a page', () => {
  const split = createCompoundSplitter(['tillit', 'delegation', 'ledning', 'grupp', 'skola'])

  it('precede each compound of the indexed text, and nothing else', () => {
    const html = page(
      '<p class="Tillitsdelegationen" title="Skolverket">Om (Tillitsdelegationen), och <b>ledningsgruppen</b>.</p>' +
        '<div data-pagefind-ignore="all"><p>Tillitsdelegationen</p></div><script>"ledningsgruppen"</script>',
      '<nav>Tillitsdelegationen</nav>',
    )
    expect(withCompoundParts(html, split)).toBe(
      page(
        `<p class="Tillitsdelegationen" title="Skolverket">Om ${parts('tillit delegationen')}(Tillitsdelegationen), och <b>${parts('ledning gruppen')}ledningsgruppen</b>.</p>` +
          '<div data-pagefind-ignore="all"><p>Tillitsdelegationen</p></div><script>"ledningsgruppen"</script>',
        '<nav>Tillitsdelegationen</nav>',
      ),
    )
  })

  it('takes the delimiters out of the text, so that the excerpt fold is unambiguous', () => {
    expect(withCompoundParts(page('<p>Ett ⟨tecken⟩ &amp; ord</p>'), split)).toBe(
      page('<p>Ett tecken &amp; ord</p>'),
    )
  })

  it('in a heading that is the title, leave the title to a copy of the heading without them', () => {
    const html = page('<h1 data-pagefind-meta="title">Ny <i>ledningsgrupp</i></h1><p>Text</p>')
    expect(withCompoundParts(html, split)).toBe(
      page(
        `<h1 data-pagefind-meta="title">Ny <i>${parts('ledning grupp')}ledningsgrupp</i></h1>` +
          '<span data-pagefind-ignore data-pagefind-meta="title">Ny <i>ledningsgrupp</i></span><p>Text</p>',
      ),
    )
    const plain = page('<h1 data-pagefind-meta="title">Ny grupp</h1>')
    expect(withCompoundParts(plain, split)).toBe(plain)
  })
})

describe("a page's vocabulary", () => {
  it('holds the words of its indexed text, lower-case, and the names of its authors', () => {
    const vocabulary = { words: new Set<string>(), names: new Set<string>() }
    collectVocabulary(
      page(
        '<h1>Tillit &amp; Ledning</h1><p data-pagefind-ignore>dolt</p><div data-pagefind-ignore="all">Av <a href="/skribent/eva-lind/">Eva Lindqvist</a></div>',
        '<p>utanför</p>',
      ),
      vocabulary,
    )
    expect(vocabularyRecord(vocabulary)).toEqual({
      words: ['ledning', 'tillit'],
      names: ['eva', 'lindqvist'],
    })
  })
})

describe('the splitter of a build', () => {
  const archive = { words: ['skola', 'skolverket', 'verket'], names: [] }

  it("splits a word the archive knows as the archive did, and a new word with the changed pages' words", () => {
    const changed = {
      words: new Set(['skol', 'tillit', 'reformen']),
      names: new Set<string>(),
    }
    const split = splitterFor(archive, changed)
    expect(split('Skolverket')).toEqual(['skola', 'verket'])
    expect(createCompoundSplitter([...archive.words, 'skol'])('skolverket')).toEqual([
      'skol',
      'verket',
    ])
    expect(split('tillitsreformen')).toEqual(['tillit', 'reformen'])
    expect(splitterFor(archive)('tillitsreformen')).toEqual([])
  })

  it('keeps the names of people whole', () => {
    const split = splitterFor({ words: ['lind', 'berga', 'kvist'], names: ['lindkvist'] })
    expect(split('Lindkvist')).toEqual([])
  })
})

describe('compound parts in a Pagefind index', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redaktion-compounds-'))
  const pages: Record<string, string> = {
    '/artikel/delegationen/': page(
      '<h1 data-pagefind-meta="title">Tillitsdelegationen lämnar sitt betänkande</h1><p>Ledningsgruppen möttes i dag.</p>',
    ),
    '/artikel/delegation/': page(
      '<h1 data-pagefind-meta="title">Delegationen ger råd</h1><p>Delegationen har en ledning och tillit. Gruppen är liten.</p>',
    ),
    '/artikel/skippat/': page(
      ['footer', 'nav', 'form', 'label', 'noscript', 'template', 'style', 'iframe', 'svg']
        .map((name) => `<${name}>ord${name}</${name}>`)
        .join('') + '<header><p>Rubrikord</p></header><p>Vanlig text</p>',
    ),
  }
  let search: (term: string) => Promise<{ url: string; excerpt: string; title?: string }[]>

  beforeAll(async () => {
    const vocabulary = { words: new Set<string>(), names: new Set<string>() }
    for (const html of Object.values(pages)) collectVocabulary(html, vocabulary)
    const split = splitterFor(vocabularyRecord(vocabulary))
    const { index } = await pagefind.createIndex({})
    for (const [url, html] of Object.entries(pages))
      expect(
        (await index!.addHTMLFile({ url, content: withCompoundParts(html, split) })).errors,
      ).toEqual([])
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([])
    await pagefind.close()
    vi.stubGlobal('fetch', async (input: string | URL) => {
      const file = fileURLToPath(new URL(String(input)))
      return new Response(readFileSync(file))
    })
    const module = (await import(
      /* @vite-ignore */ pathToFileURL(path.join(dir, 'pagefind.js')).href
    )) as {
      options(options: object): Promise<void>
      search(term: string): Promise<{
        results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[]
      }>
    }
    await module.options({ excerptLength: 24, noWorker: true })
    search = async (term) => {
      const { results } = await module.search(term)
      return Promise.all(
        results.map(async (result) => {
          const data = await result.data()
          return { url: data.url, excerpt: data.excerpt, title: data.meta.title }
        }),
      )
    }
  })
  afterAll(() => {
    vi.unstubAllGlobals()
    rmSync(dir, { recursive: true, force: true })
  })

  it('finds a page by a part of a compound, an exact match ranked above it', async () => {
    expect((await search('delegationen')).map((result) => result.url)).toEqual([
      '/artikel/delegation/',
      '/artikel/delegationen/',
    ])
    expect((await search('gruppen')).map((result) => result.url)).toEqual([
      '/artikel/delegation/',
      '/artikel/delegationen/',
    ])
  })

  it('gives an excerpt that folds to the text, with the compound marked, and a clean title', async () => {
    const [, compound] = await search('delegationen')
    expect(compound!.title).toBe('Tillitsdelegationen lämnar sitt betänkande')
    expect(compound!.excerpt).toContain('⟨tillit <mark>delegationen⟩</mark> Tillitsdelegationen')
    expect(foldExcerpt(compound!.excerpt)).toBe(
      '<mark>Tillitsdelegationen</mark> lämnar sitt betänkande. Ledningsgruppen möttes i dag.',
    )
  })

  it('indexes neither the delimiters nor the text of the elements it skips', () => {
    const contents = fragmentContents(dir)
    expect(contents['/artikel/skippat/']).toBe('Rubrikord. Vanlig text.')
    expect(contents['/artikel/delegationen/']).toContain(
      '⟨tillit delegationen⟩ Tillitsdelegationen lämnar',
    )
  })
})
