// The search page's only script: a small Swedish form over the search shards (searchIndex.ts).
import {
  activeFilters,
  type Choice,
  DAY_FILTER,
  type FilterCounts,
  filterQuery,
  hasRange,
  quickRanges,
  rangeCount,
} from './search/facetCounts'
import { byDate, byScore, type ResultSequence } from './search/resultSequence'
import { type Hits, loadSearch, type SearchIndex } from './search/searchIndex'
import { renderResult } from './search/searchResult'
import { stockholmDay } from './format'

const DEBOUNCE_MS = 200
const PAGE_SIZE = 10

const hitsText = (count: number) => `${count} ${count === 1 ? 'träff' : 'träffar'}`

/** What each filter's options count: a search without that filter, or the search itself. */
interface OptionCounts {
  totals: Record<string, number>
  counts: FilterCounts
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#sokformular')!
  const input = form.querySelector<HTMLInputElement>('#q')!
  const order = form.querySelector<HTMLSelectElement>('#ordning')!
  const disclosure = form.querySelector<HTMLDetailsElement>('#filtrera')!
  const chosenCount = form.querySelector<HTMLElement>('#filterantal')!
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')]
  const from = form.querySelector<HTMLInputElement>('#fran')!
  const to = form.querySelector<HTMLInputElement>('#till')!
  const quickButtons = [...form.querySelectorAll<HTMLButtonElement>('button[data-quick]')]
  const status = document.querySelector<HTMLElement>('#sokstatus')!
  const dropFilters = document.querySelector<HTMLElement>('#utanfilter')!
  const list = document.querySelector<HTMLOListElement>('#sokresultat')!
  const more = document.querySelector<HTMLButtonElement>('#visafler')!
  const fields = [input, order, from, to, ...selects]
  const quick = quickRanges(stockholmDay(new Date().toISOString()))
  for (const button of quickButtons) button.dataset.label = button.textContent!

  // The address fills the form before the index has loaded, and only where it says something:
  // whatever the reader types or picks while the index loads is kept and searched for.
  const params = new URLSearchParams(location.search)
  for (const field of fields) {
    const value = params.get(field.name)
    if (value !== null) field.value = value
  }
  const choice = (): Choice => ({
    values: Object.fromEntries(selects.map((select) => [select.dataset.filter!, select.value])),
    from: from.value,
    to: to.value,
  })
  // A search the address filters is shown with its filters open: their data is needed anyway.
  if (activeFilters(choice()).length) disclosure.open = true

  const searchIndex = loadSearch()
  let filterDays: Promise<string[]> | null = null
  /** Every filter's data, downloaded once the reader opens the filters: the days there are. */
  const loadFilters = () =>
    (filterDays ??= searchIndex
      .then((index) => index.loadFilters())
      .then((totals) => Object.keys(totals[DAY_FILTER] ?? {})))

  let sequence: ResultSequence = byScore([])
  let shown = 0
  let latest = 0

  /** Searches for what the form says; a reader's typing waits `delayMs` for the next key. */
  async function search(delayMs = DEBOUNCE_MS): Promise<void> {
    const generation = ++latest
    const isSuperseded = () => generation !== latest
    const term = input.value.trim() || null
    const chosen = choice()
    const active = activeFilters(chosen)
    writeAddress()
    chosenCount.textContent = active.length ? `(${active.length} valda)` : ''
    from.max = to.value
    to.min = from.value
    for (const button of quickButtons) {
      const range = quick[button.dataset.quick as keyof typeof quick]
      button.setAttribute(
        'aria-pressed',
        String(range.from === from.value && range.to === to.value),
      )
    }

    const index = await searchIndex
    const isCounting = disclosure.open
    const days = hasRange(chosen) || isCounting ? await loadFilters() : []
    const direction = (order.value || (term ? '' : 'desc')) as '' | 'asc' | 'desc'
    const options = {
      filters: filterQuery(chosen, days),
      sort: direction ? { datum: direction } : undefined,
    }
    index.preload(term, options)
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (isSuperseded()) return

    if (!term && active.length === 0) {
      showResults(byScore([]), 'Skriv ett sökord eller välj ett filter.')
      if (!isCounting) return
      // Nothing chosen yet: the options count the whole site.
      const everything = await index.search(null, {})
      const counts = await countOptions(index, term, chosen, days, everything)
      if (!isSuperseded()) showCounts(counts, chosen)
      return
    }
    const hits = await index.search(term, options)
    if (isSuperseded()) return
    // Without a term there is no relevance: newest first unless the reader chose an order.
    const results = direction ? byDate(hits.lists, direction) : byScore(hits.lists)
    if (hits.count > 0 || active.length === 0) {
      showResults(
        results,
        hits.count ? `${hitsText(hits.count)}.` : 'Inga träffar. Prova ett annat ord.',
      )
    } else {
      const unfiltered = term ? (await index.search(term, {})).count : 0
      if (isSuperseded()) return
      showResults(
        results,
        unfiltered
          ? `Inga träffar med filtren. Det finns ${hitsText(unfiltered)} utan filter.`
          : 'Inga träffar. Prova ett annat ord eller färre filter.',
      )
      dropFilters.hidden = unfiltered === 0
    }
    const shownMore = showMore()
    if (isCounting) {
      const counts = await countOptions(index, term, chosen, days, hits)
      if (!isSuperseded()) showCounts(counts, chosen)
    }
    await shownMore
  }

  /** Each filter's counts: from a search without it when it is chosen, else from `hits`. */
  async function countOptions(
    index: SearchIndex,
    term: string | null,
    chosen: Choice,
    days: string[],
    hits: Hits,
  ): Promise<OptionCounts> {
    const names = [...selects.map((select) => select.dataset.filter!), DAY_FILTER]
    const active = new Set(activeFilters(chosen))
    const searches = await Promise.all(
      names.map(async (name): Promise<[string, Hits]> => {
        if (!active.has(name)) return [name, hits]
        return [name, await index.search(term, { filters: filterQuery(chosen, days, name) })]
      }),
    )
    return {
      totals: Object.fromEntries(searches.map(([name, found]) => [name, found.count])),
      counts: Object.fromEntries(searches.map(([name, found]) => [name, found.counts[name] ?? {}])),
    }
  }

  function showCounts({ totals, counts }: OptionCounts, chosen: Choice): void {
    for (const select of selects) {
      const name = select.dataset.filter!
      for (const option of select.options) {
        const count = option.value ? (counts[name]?.[option.value] ?? 0) : (totals[name] ?? 0)
        option.textContent = `${option.dataset.label} (${count})`
        option.disabled = count === 0 && option.value !== chosen.values[name] && option.value !== ''
      }
    }
    const dayCounts = counts[DAY_FILTER] ?? {}
    for (const button of quickButtons) {
      const range = quick[button.dataset.quick as keyof typeof quick]
      const count = rangeCount(dayCounts, range.from, range.to)
      button.textContent = `${button.dataset.label} (${count})`
      button.disabled = count === 0 && button.getAttribute('aria-pressed') !== 'true'
    }
  }

  function writeAddress(): void {
    const query = new URLSearchParams()
    for (const field of fields) if (field.value.trim()) query.set(field.name, field.value.trim())
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname)
  }

  function showResults(results: ResultSequence, message: string): void {
    sequence = results
    shown = 0
    list.replaceChildren()
    more.hidden = true
    dropFilters.hidden = true
    status.textContent = message
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
  for (const field of [order, from, to, ...selects])
    field.addEventListener('change', () => void search(0))
  for (const button of quickButtons)
    button.addEventListener('click', () => {
      const range = quick[button.dataset.quick as keyof typeof quick]
      const isPressed = button.getAttribute('aria-pressed') === 'true'
      from.value = isPressed ? '' : range.from
      to.value = isPressed ? '' : range.to
      void search(0)
    })
  dropFilters.querySelector('button')!.addEventListener('click', () => {
    for (const field of [from, to, ...selects]) field.value = ''
    void search(0)
    input.focus()
  })
  // Opening the filters downloads their data once, and counts the current search's options.
  disclosure.addEventListener('toggle', () => {
    if (disclosure.open) void search(0)
  })
  // The address's search, at once: nobody is typing yet.
  await search(0)
}
