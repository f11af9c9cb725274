// The search page's only script: Pagefind's JS API driving a small Swedish form.
import { foldExcerpt } from './search/foldExcerpt'

export interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string; datum?: string; publicerad?: string }
  filters: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  score: number
  data(): Promise<PagefindResultData>
}

type SearchOptions = {
  filters?: Record<string, string>
  sort?: Record<string, 'asc' | 'desc'>
}

/** Pagefind's JS API (pagefind.js): one instance, with every shard merged into it. */
interface PagefindInstance {
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>
  preload(term: string | null, options: SearchOptions): Promise<void>
  search(term: string | null, options: SearchOptions): Promise<{ results: PagefindResult[] }>
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance
}

/** The search shards' description, written by the build (site/build/search.ts). */
interface ShardInfo {
  /** Every shard to search: the archive's parts, then the recent shard when it has articles. */
  shards: string[]
  /** Archive results that a newer shard replaces (changed or unpublished articles). */
  drop: string[]
}

/** Every shard's results, each list in that shard's own order; null when superseded. */
type ShardSearch = (
  term: string | null,
  options: SearchOptions,
  delayMs: number,
) => Promise<PagefindResult[][] | null>

const SHARD_FILE = '/pagefind-recent/shard.json'
/** A filter every shard's pages get in the browser (Pagefind's mergeFilter): its base path. */
const SHARD_FILTER = 'shard'
const DEBOUNCE_MS = 200

/**
 * The search index comes in shards: the archive (in one or more parts) and the articles changed
 * since it was made. They are merged into one Pagefind instance, so that the page downloads
 * Pagefind's script and WebAssembly once (the first shard's), each shard's pages tagged with
 * the shard filter. Each shard is still searched on its own (filtered to it) and the results
 * merged here: Pagefind's merged results are ordered by score only, which breaks a sort by
 * date across shards. The archive's results for pages a newer shard replaces are dropped
 * before any result is downloaded.
 */
async function loadSearch(): Promise<{ search: ShardSearch; isCurrent: (id: string) => boolean }> {
  const info = await fetch(SHARD_FILE, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<ShardInfo>) : null))
    .catch(() => null)
  const [first, ...others] = info?.shards ?? ['/pagefind/']
  const { createInstance } = (await import(
    /* @vite-ignore */ `${first}pagefind.js`
  )) as PagefindModule
  // On the page's own thread: a worker took a search page from loading to results in 1.0 s
  // instead of 0.5 s (10,000 articles, Chromium); a search takes milliseconds.
  const pagefind = createInstance({
    basePath: first,
    excerptLength: 24,
    noWorker: true,
    mergeFilter: { [SHARD_FILTER]: [first] },
  })
  await Promise.all(
    others.map((base) => pagefind.mergeIndex(base, { mergeFilter: { [SHARD_FILTER]: [base] } })),
  )
  const bases = [first!, ...others]
  let latest = 0
  const search: ShardSearch = async (term, options, delayMs) => {
    const id = ++latest
    void pagefind.preload(term, options)
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (id !== latest) return null
    const responses = await Promise.all(
      bases.map((base) =>
        pagefind.search(term, {
          ...options,
          filters: { ...options.filters, [SHARD_FILTER]: base },
        }),
      ),
    )
    return id === latest ? responses.map((response) => response.results) : null
  }
  const replaced = new Set(info?.drop ?? [])
  return { search, isCurrent: (id) => !replaced.has(id) }
}

/** Results in the order the reader asked for, handed out a page at a time. */
export interface ResultSequence {
  count: number
  next(size: number): Promise<PagefindResultData[]>
}

/** By relevance: every shard's results by score (Pagefind's own order within a shard). */
export function byScore(lists: PagefindResult[][]): ResultSequence {
  const results = lists.flat().sort((a, b) => b.score - a.score)
  let taken = 0
  return {
    count: results.length,
    next: (size) => {
      const page = results.slice(taken, (taken += size))
      return Promise.all(page.map((result) => result.data()))
    },
  }
}

/**
 * By date: each shard's list is already in date order, so the lists are merged by comparing
 * their first results; only those are downloaded, one more for each result shown.
 */
export function byDate(lists: PagefindResult[][], direction: 'asc' | 'desc'): ResultSequence {
  const heads = lists.map((list) => ({
    list,
    at: 0,
    data: null as Promise<PagefindResultData> | null,
  }))
  const dateOf = (data: PagefindResultData) => data.meta.publicerad ?? data.meta.datum ?? ''
  const comesFirst = (a: PagefindResultData, b: PagefindResultData) =>
    direction === 'desc' ? dateOf(a) > dateOf(b) : dateOf(a) < dateOf(b)
  return {
    count: lists.reduce((sum, list) => sum + list.length, 0),
    next: async (size) => {
      const page: PagefindResultData[] = []
      while (page.length < size) {
        const open = heads.filter((head) => head.at < head.list.length)
        if (open.length === 0) break
        const candidates = await Promise.all(
          open.map(async (head) => ({
            head,
            data: await (head.data ??= head.list[head.at]!.data()),
          })),
        )
        const best = candidates.reduce((a, b) => (comesFirst(b.data, a.data) ? b : a))
        page.push(best.data)
        best.head.at++
        best.head.data = null
      }
      return page
    },
  }
}

const PAGE_SIZE = 10
const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text) node.textContent = text
  return node
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = element('li')
  const heading = element('h2')
  const link = element('a', result.meta.title ?? result.url)
  link.href = result.url
  heading.append(link)
  const excerpt = element('p')
  // Pagefind escapes the page text; its only markup is <mark> around the matched words.
  excerpt.innerHTML = foldExcerpt(result.excerpt)
  const date = result.meta.datum && dateFormat.format(new Date(result.meta.datum))
  const meta = element('p', [result.filters.kategori?.[0], date].filter(Boolean).join(' · '))
  meta.className = 'meta'
  item.append(heading, excerpt, meta)
  return item
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#sokformular')!
  const input = form.querySelector<HTMLInputElement>('#q')!
  const order = form.querySelector<HTMLSelectElement>('#ordning')!
  const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')]
  const status = document.querySelector<HTMLElement>('#sokstatus')!
  const list = document.querySelector<HTMLOListElement>('#sokresultat')!
  const more = document.querySelector<HTMLButtonElement>('#visafler')!

  // The address fills the form before the index has loaded, and only where it says something:
  // whatever the reader types or picks while the index loads is kept and searched for.
  const params = new URLSearchParams(location.search)
  for (const field of [input, order, ...filterSelects]) {
    const value = params.get(field.name)
    if (value !== null) field.value = value
  }
  const searchIndex = loadSearch()

  let sequence: ResultSequence = byScore([])
  let shown = 0

  /** Searches for what the form says; a reader's typing waits `delayMs` for the next key. */
  async function search(delayMs = DEBOUNCE_MS): Promise<void> {
    const term = input.value.trim()
    const filters = Object.fromEntries(
      filterSelects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]),
    )
    const query = new URLSearchParams()
    if (term) query.set('q', term)
    for (const select of [...filterSelects, order])
      if (select.value) query.set(select.name, select.value)
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname)

    if (!term && Object.keys(filters).length === 0) {
      sequence = byScore([])
      shown = 0
      more.hidden = true
      list.replaceChildren()
      status.textContent = 'Skriv ett sökord eller välj en kategori, typ eller ett år.'
      return
    }
    // Without a term there is no relevance: newest first unless the reader chose an order.
    const direction = (order.value || (term ? '' : 'desc')) as '' | 'asc' | 'desc'
    const sort = direction ? { datum: direction } : undefined
    const { search: searchShards, isCurrent } = await searchIndex
    const responses = await searchShards(term || null, { filters, sort }, delayMs)
    // A later keystroke or choice superseded this search.
    if (!responses) return
    // An unchanged article is in the archive and the recent shard under one id: keep it once,
    // from the recent shard (the last).
    const seen = new Set<string>()
    const lists = responses
      .toReversed()
      .map((results) =>
        results.filter(
          (result) => isCurrent(result.id) && !seen.has(result.id) && seen.add(result.id),
        ),
      )
    sequence = direction ? byDate(lists, direction) : byScore(lists)
    shown = 0
    list.replaceChildren()
    status.textContent =
      sequence.count === 0
        ? 'Inga träffar. Prova ett annat ord eller färre filter.'
        : `${sequence.count} ${sequence.count === 1 ? 'träff' : 'träffar'}.`
    await showMore()
  }

  /** Fetches the next page of result fragments only when asked: each one is a download. */
  async function showMore(): Promise<void> {
    const current = sequence
    const results = await current.next(PAGE_SIZE)
    // A new search started while these were downloading: its own results will be shown.
    if (current !== sequence) return
    shown += results.length
    list.append(...results.map(renderResult))
    more.hidden = shown >= current.count
  }

  more.addEventListener('click', () => void showMore())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  input.addEventListener('input', () => void search())
  for (const select of [...filterSelects, order])
    select.addEventListener('change', () => void search())
  // The address's search, at once: nobody is typing yet.
  await search(0)
}
