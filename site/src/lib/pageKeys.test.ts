import { afterEach, describe, expect, it, vi } from 'vitest'

import { NO_HOOKS, setBuildHooks, type BuildHooks, type RouteLog } from './buildHooks'

const entry = (slug: string, props: object) => ({ params: { slug }, props })
const pathOf = (page: { params: { slug: string } }) => `/artikel/${page.params.slug}/`

/** A fresh copy of the module: the hashes of shared documents are kept per module. */
async function load() {
  vi.resetModules()
  return import('./pageKeys')
}

const hooks = (overrides: Partial<BuildHooks>): BuildHooks => ({ ...NO_HOOKS, ...overrides })

describe('page keys', () => {
  afterEach(() => setBuildHooks(null))

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

  it('gives back the document made last time from the very same parts, and only then', async () => {
    const { keyOf, sharedFrom } = await load()
    const source = { id: 1, title: 'Rubrik' }
    const category = { id: 2, title: 'Arbetsliv' }
    const made = sharedFrom([source, category], () => ({ ...source, category }))
    const key = keyOf([made])
    // The same objects as parts: the same document, hash and all, without making it again.
    const make = vi.fn(() => ({ ...source, category, extra: 1 }))
    expect(sharedFrom([source, category], make)).toBe(made)
    expect(make).not.toHaveBeenCalled()
    // A part that is a new object (an edited category) makes and hashes it again.
    const edited = { id: 2, title: 'Arbetsmarknad' }
    const remade = sharedFrom([source, edited], () => ({ ...source, category: edited }))
    expect(remade).not.toBe(made)
    expect(keyOf([remade])).not.toBe(key)
    // So do fewer or more parts (a topic added).
    const topic = { id: 3, title: 'Serie' }
    const withTopic = sharedFrom([source, edited, topic], () => ({ ...source, topic }))
    expect(keyOf([withTopic])).not.toBe(keyOf([remade]))
  })

  it('keeps the key of a page whose data is sure to hash alike, and hashes any other again', async () => {
    const { keyOf, markShared, selectPages } = await load()
    const keysOf = (props: object) => {
      let pages: Record<string, string> = {}
      setBuildHooks(hooks({ onRoute: (route) => (pages = route.pages) }))
      selectPages('article', [entry('a', props)], { pathOf, shared: null })
      return pages['/artikel/a/']!
    }
    const article = markShared({ id: 1, title: 'Rubrik' })
    const related = markShared({ id: 2, title: 'Äldre' })
    const props = (overrides: object = {}) => ({
      article,
      related: [related],
      series: { earlier: [related], topic: { id: 3, title: 'Serie' } },
      published: new Date('2026-01-01T00:00:00Z'),
      ...overrides,
    })
    const first = keysOf(props())
    // A key computed without the memo is the same (the memo never changes what a key is).
    expect(first).toBe(keyOf([keyOf(null), { slug: 'a' }, props()]))
    expect(keysOf(props())).toBe(first)
    // Anything that differs, however deep, is a new key: a title inside a fresh object…
    expect(
      keysOf(props({ series: { earlier: [related], topic: { id: 3, title: 'Ny' } } })),
    ).not.toBe(first)
    // …another shared document, one more in a list, a Date (compared by what it says).
    expect(keysOf(props({ related: [markShared({ id: 2, title: 'Äldre' })] }))).toBe(first)
    expect(keysOf(props({ related: [related, related] }))).not.toBe(first)
    expect(keysOf(props({ published: new Date('2026-01-02T00:00:00Z') }))).not.toBe(first)
    expect(keysOf(props({ published: new Date('2026-01-01T00:00:00Z') }))).toBe(first)
  })

  it('renders every page and records every key when there is no previous build', async () => {
    const { selectPages } = await load()
    const routes: RouteLog[] = []
    setBuildHooks(hooks({ onRoute: (route) => routes.push(route) }))
    const pages = [entry('a', { title: 'A' }), entry('b', { title: 'B' })]
    expect(selectPages('article', pages, { pathOf, shared: null })).toEqual(pages)
    expect(routes.map((route) => route.route)).toEqual(['article'])
    expect(Object.keys(routes[0]!.pages)).toEqual(['/artikel/a/', '/artikel/b/'])
  })

  it('renders only new and changed pages when given the previous keys', async () => {
    const { selectPages } = await load()
    const routes: RouteLog[] = []
    setBuildHooks(hooks({ onRoute: (route) => routes.push(route) }))
    selectPages('article', [entry('a', { title: 'A' }), entry('b', { title: 'B' })], {
      pathOf,
      shared: { menu: ['x'] },
    })
    setBuildHooks(hooks({ previousPages: routes[0]!.pages }))
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
