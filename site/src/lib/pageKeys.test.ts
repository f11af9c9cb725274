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

  it('reuses the hash of a document made from the same parts, and only then', async () => {
    const { keyOf, markSharedFrom } = await load()
    const source = { id: 1, title: 'Rubrik' }
    const category = { id: 2, title: 'Arbetsliv' }
    const key = keyOf([markSharedFrom({ ...source, category }, [source, category])])
    // The same objects as parts: the last hash stands for the document, unhashed (so even a
    // document that differs, which no build makes from unchanged parts, keeps it).
    const same = markSharedFrom({ ...source, category, extra: 1 }, [source, category])
    expect(keyOf([same])).toBe(key)
    // A part that is a new object (an edited category) is hashed again.
    const edited = { id: 2, title: 'Arbetsmarknad' }
    expect(keyOf([markSharedFrom({ ...source, category: edited }, [source, edited])])).not.toBe(key)
    // So is an article whose parts are fewer or more (a topic added).
    const topic = { id: 3, title: 'Serie' }
    const withTopic = markSharedFrom({ ...source, category, topic }, [source, category, topic])
    expect(keyOf([withTopic])).not.toBe(key)
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
