import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

const entry = (slug: string, props: object) => ({ params: { slug }, props })
const pathOf = (page: { params: { slug: string } }) => `/artikel/${page.params.slug}/`

/** A fresh copy of the module: it reads the previous keys once per build. */
async function load() {
  vi.resetModules()
  return import('./pageKeys')
}

describe('page keys', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-keys-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    vi.unstubAllEnvs()
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }))
  })

  it('changes when any rendered data changes, and counts a shared document by its content', async () => {
    const { keyOf, markShared } = await load()
    const article = markShared({ id: 1, title: 'Före', body: 'text' })
    const before = keyOf({ related: [article] })
    expect(keyOf({ related: [{ ...article }] })).not.toBe(before)
    expect(keyOf({ related: [markShared({ id: 1, title: 'Före', body: 'text' })] })).toBe(before)
    expect(keyOf({ related: [markShared({ id: 1, title: 'Efter', body: 'text' })] })).not.toBe(
      before,
    )
  })

  it('renders every page and logs every key when there is no previous build', async () => {
    const log = tempDir()
    vi.stubEnv('SITE_PAGE_LOG', log)
    const { selectPages } = await load()
    const pages = [entry('a', { title: 'A' }), entry('b', { title: 'B' })]
    expect(selectPages('article', pages, { pathOf, shared: null })).toEqual(pages)
    const logged = JSON.parse(readFileSync(path.join(log, 'routes', 'article.json'), 'utf8'))
    expect(Object.keys(logged.pages)).toEqual(['/artikel/a/', '/artikel/b/'])
  })

  it('renders only new and changed pages when given the previous keys', async () => {
    const log = tempDir()
    vi.stubEnv('SITE_PAGE_LOG', log)
    const first = await load()
    first.selectPages('article', [entry('a', { title: 'A' }), entry('b', { title: 'B' })], {
      pathOf,
      shared: { menu: ['x'] },
    })
    const previous = path.join(tempDir(), 'previous.json')
    writeFileSync(
      previous,
      JSON.stringify(
        JSON.parse(readFileSync(path.join(log, 'routes', 'article.json'), 'utf8')).pages,
      ),
    )
    vi.stubEnv('SITE_PREVIOUS_PAGES', previous)
    const { selectPages } = await load()
    const next = [
      entry('a', { title: 'A' }),
      entry('b', { title: 'B2' }),
      entry('c', { title: 'C' }),
    ]
    const rendered = selectPages('article', next, { pathOf, shared: { menu: ['x'] } })
    expect(rendered.map((page) => page.params.slug)).toEqual(['b', 'c'])
    // What every page shows (the menu) changed: every page is rendered again.
    const all = selectPages('article', next, { pathOf, shared: { menu: ['x', 'y'] } })
    expect(all.map((page) => page.params.slug)).toEqual(['a', 'b', 'c'])
  })
})
