// The search page's only script: Pagefind's JS API driving a small Swedish form.
interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string; datum?: string }
  filters: Record<string, string[]>
}

interface PagefindResult {
  id: string
  data(): Promise<PagefindResultData>
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  mergeIndex(path: string): Promise<void>
  debouncedSearch(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
    delayMs?: number,
  ): Promise<{ results: PagefindResult[] } | null>
}

/** The recent shard's description, written by the build (site/scripts/build/search.ts). */
interface ShardInfo {
  merge: boolean
  drop: string[]
}

const RECENT_SHARD = '/pagefind-recent/'

/**
 * The search index comes in two shards: the archive, and the articles changed since it was
 * made. The recent shard is merged in, and the archive's results for the pages it replaces
 * (changed or unpublished articles) are dropped, before any result is downloaded.
 */
async function loadSearch(): Promise<{ pagefind: Pagefind; isCurrent: (id: string) => boolean }> {
  const bundle = '/pagefind/pagefind.js'
  const [pagefind, shard] = await Promise.all([
    import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
    fetch(`${RECENT_SHARD}shard.json`, { cache: 'no-cache' })
      .then((response) => (response.ok ? (response.json() as Promise<ShardInfo>) : null))
      .catch(() => null),
  ])
  await pagefind.options({ excerptLength: 24 })
  if (shard?.merge) await pagefind.mergeIndex(RECENT_SHARD)
  const replaced = new Set(shard?.drop ?? [])
  return { pagefind, isCurrent: (id) => !replaced.has(id) }
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
  excerpt.innerHTML = result.excerpt
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

  let pending: PagefindResult[] = []

  async function search(): Promise<void> {
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
      pending = []
      more.hidden = true
      list.replaceChildren()
      status.textContent = 'Skriv ett sökord eller välj en kategori, typ eller ett år.'
      return
    }
    const sort = order.value
      ? { datum: order.value as 'asc' | 'desc' }
      : term
        ? undefined
        : { datum: 'desc' as const }
    const { pagefind, isCurrent } = await searchIndex
    const response = await pagefind.debouncedSearch(term || null, { filters, sort }, 200)
    if (!response) return
    // An unchanged article is in both shards under one id: keep it once.
    const seen = new Set<string>()
    pending = response.results.filter(
      (result) => isCurrent(result.id) && !seen.has(result.id) && seen.add(result.id),
    )
    list.replaceChildren()
    status.textContent =
      pending.length === 0
        ? 'Inga träffar. Prova ett annat ord eller färre filter.'
        : `${pending.length} ${pending.length === 1 ? 'träff' : 'träffar'}.`
    await showMore()
  }

  /** Fetches the next page of result fragments only when asked: each one is a download. */
  async function showMore(): Promise<void> {
    const next = pending.slice(list.children.length, list.children.length + PAGE_SIZE)
    const results = await Promise.all(next.map((result) => result.data()))
    list.append(...results.map(renderResult))
    more.hidden = list.children.length >= pending.length
  }

  more.addEventListener('click', () => void showMore())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  input.addEventListener('input', () => void search())
  for (const select of [...filterSelects, order])
    select.addEventListener('change', () => void search())
  await search()
}
