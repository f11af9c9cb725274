// The search page's filters, counts and results in Chromium, against the demo site, with what
// the CMS says of the same articles as the yardstick.
import { describe, expect, it } from 'vitest'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { browserSession } from './helpers/browserSession'

const { cmsUrl, siteUrl } = serverContext()

interface CmsPage {
  slug: string
  title: string
  publishedAt?: string
  startsAt?: string
  topics?: { title: string }[]
  /** A group: present on every article, with or without a picture in it. */
  hero?: { image?: { width?: number | null } | string | null }
}

/** The published articles and events, with their series (first topic) resolved. */
async function published(collection: 'articles' | 'events'): Promise<CmsPage[]> {
  const response = await fetch(
    `${cmsUrl}/api/${collection}?where[_status][equals]=published&limit=1000&depth=1`,
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: CmsPage[] }).docs
}

const stockholmDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date(iso))

const session = browserSession()
const page = () => session.page

const status = () => page().locator('#sokstatus')
/** The hit count the page says, once it says one. */
async function hitCount(): Promise<number> {
  await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/träff/)
  return Number(/^(\d+) träff/.exec((await status().textContent()) ?? '')?.[1] ?? 0)
}
/** Every result, clicking "Visa fler träffar" until none are left. */
async function allResults(): Promise<string[]> {
  // The status comes first, the page of results (all at once) with their data.
  await expect.poll(() => page().locator('#sokresultat li').count()).toBeGreaterThan(0)
  const more = page().locator('#visafler')
  while (await more.isVisible()) {
    const before = await page().locator('#sokresultat li').count()
    await more.click()
    await expect.poll(() => page().locator('#sokresultat li').count()).toBeGreaterThan(before)
  }
  return page()
    .locator('#sokresultat li h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
}
/** An option's count as the select shows it: "Debatt (3)". */
const countIn = (text: string) => Number(/\((\d+)\)$/.exec(text.trim())?.[1] ?? NaN)
const openFilters = () => page().locator('#filtrera summary').click()

describe('narrowing a search', () => {
  it('downloads no filter data until the filters are opened, then counts every option', async () => {
    const filterRequests: string[] = []
    page().on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterRequests.push(request.url())
    })
    await page().goto(`${siteUrl}/sok/?q=myndighet`)
    const hits = await hitCount()
    expect(hits).toBeGreaterThan(0)
    await page().waitForLoadState('networkidle')
    expect(filterRequests).toEqual([])
    expect(await axeViolations(page())).toEqual([])

    await openFilters()
    const all = page().locator('#kategori option').first()
    await expect.poll(() => all.textContent()).toBe(`Alla kategorier (${hits})`)
    expect(filterRequests.length).toBeGreaterThan(0)
    // A category's count is what choosing it finds.
    const options = await page().locator('#kategori option').allTextContents()
    const category = options.slice(1).find((text) => countIn(text) > 0)!
    const categoryTitle = category.replace(/ \(\d+\)$/, '')
    // Empty options are shown, and cannot be chosen.
    for (const option of await page().locator('select[data-filter] option').all()) {
      const isEmpty = countIn((await option.textContent())!) === 0
      expect(await option.isDisabled()).toBe(isEmpty)
    }
    expect(await axeViolations(page())).toEqual([])
    await page().getByLabel('Kategori').selectOption(categoryTitle)
    await expect.poll(hitCount).toBe(countIn(category))
    expect(await allResults()).toHaveLength(countIn(category))
    // The other categories count what choosing them instead would find.
    await expect.poll(() => all.textContent()).toBe(`Alla kategorier (${hits})`)
  })

  it('narrows by a series and a date range, keeps both in the address, and counts what it shows', async () => {
    const pages = [...(await published('articles')), ...(await published('events'))]
    const seriesOf = (doc: CmsPage) => doc.topics?.[0]?.title
    const dayOf = (doc: CmsPage) => stockholmDay(doc.startsAt ?? doc.publishedAt!)
    // The series with the most pages, and the newest day that has one of them.
    const bySeries = new Map<string, CmsPage[]>()
    for (const doc of pages.filter(seriesOf))
      bySeries.set(seriesOf(doc)!, [...(bySeries.get(seriesOf(doc)!) ?? []), doc])
    const [series, inSeries] = [...bySeries].sort((a, b) => b[1].length - a[1].length)[0]!
    expect(inSeries.length).toBeGreaterThan(1)
    expect(inSeries.length).toBeLessThan(pages.length)
    const day = inSeries.map(dayOf).sort().at(-1)!

    await page().goto(`${siteUrl}/sok/`)
    await openFilters()
    const seriesOption = page().locator('#serie option', { hasText: series })
    await expect.poll(() => seriesOption.textContent()).toBe(`${series} (${inSeries.length})`)
    await page().getByLabel('Serie').selectOption(series)
    expect(await hitCount()).toBe(inSeries.length)
    const shown = await allResults()
    expect(new Set(shown)).toEqual(
      new Set(inSeries.map((doc) => `/${doc.startsAt ? 'evenemang' : 'artikel'}/${doc.slug}/`)),
    )
    for (const meta of await page().locator('#sokresultat .meta').allTextContents())
      expect(meta).toContain(` · ${series} · `)
    expect(await axeViolations(page())).toEqual([])

    await page().getByLabel('Från').fill(day)
    await page().getByLabel('Till').fill(day)
    const onDay = inSeries.filter((doc) => dayOf(doc) === day)
    await expect.poll(hitCount).toBe(onDay.length)
    expect(await seriesOption.textContent()).toBe(`${series} (${onDay.length})`)
    const url = new URL(page().url())
    expect(Object.fromEntries(url.searchParams)).toEqual({ serie: series, fran: day, till: day })

    // The address opens the same search, with its filters open and counted.
    await page().goto(url.href)
    expect(await hitCount()).toBe(onDay.length)
    expect(await page().locator('#filtrera').getAttribute('open')).not.toBeNull()
    expect(await page().getByLabel('Serie').inputValue()).toBe(series)
    await expect.poll(() => seriesOption.textContent()).toBe(`${series} (${onDay.length})`)
    expect(await axeViolations(page())).toEqual([])
  })

  it('counts the quick date choices, and a chosen one narrows to its days', async () => {
    const pages = [...(await published('articles')), ...(await published('events'))]
    await page().goto(`${siteUrl}/sok/`)
    await openFilters()
    const year = page().getByRole('button', { name: /^Senaste året/ })
    await expect.poll(() => year.textContent()).toMatch(/\(\d+\)$/)
    const today = stockholmDay(new Date().toISOString())
    const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`
    const inYear = pages.filter((doc) => {
      const day = stockholmDay(doc.startsAt ?? doc.publishedAt!)
      return day > from && day <= today
    })
    expect(countIn((await year.textContent())!)).toBe(inYear.length)
    await year.click()
    expect(await year.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(hitCount).toBe(inYear.length)
    expect(new URL(page().url()).searchParams.get('till')).toBe(today)
    expect(await axeViolations(page())).toEqual([])
    // Pressed again, it lets go.
    await year.click()
    expect(await year.getAttribute('aria-pressed')).toBe('false')
    expect(new URL(page().url()).searchParams.has('fran')).toBe(false)
  })

  it('offers the hits without filters when the filters leave none', async () => {
    await page().goto(`${siteUrl}/sok/?q=myndighet`)
    const unfiltered = await hitCount()
    await page().goto(`${siteUrl}/sok/?q=myndighet&fran=1990-01-01&till=1990-01-31`)
    await expect
      .poll(() => status().textContent(), { timeout: 15_000 })
      .toBe(`Inga träffar med filtren. Det finns ${unfiltered} träffar utan filter.`)
    expect(await axeViolations(page())).toEqual([])
    await page().getByRole('button', { name: 'Sök utan filter' }).click()
    await expect.poll(hitCount).toBe(unfiltered)
    expect(new URL(page().url()).search).toBe('?q=myndighet')
  })

  it('ignores an address whose filters are not its own choices, and runs nothing from it', async () => {
    const hostile = new URLSearchParams({
      q: '<img src=x onerror=window.hacked=1>',
      kategori: 'Finns inte',
      serie: '"><script>window.hacked=1</script>',
      fran: '2026-13-45',
      till: "'; DROP TABLE articles; --",
      ar: '-1',
    })
    await page().goto(`${siteUrl}/sok/?${hostile}`)
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).not.toBe('')
    expect(await page().evaluate(() => 'hacked' in window)).toBe(false)
    expect(await page().getByLabel('Sökord').inputValue()).toBe(hostile.get('q'))
    for (const label of ['Kategori', 'Serie', 'År', 'Från', 'Till'])
      expect(await page().getByLabel(label).inputValue()).toBe('')
    // What is left of the address is the words, searched for as words.
    await expect
      .poll(() => new URL(page().url()).searchParams.toString())
      .toBe(new URLSearchParams({ q: hostile.get('q')! }).toString())
    expect(await page().locator('img[src="x"]').count()).toBe(0)
  })
})

describe('a result', () => {
  it('shows category · type · series and date, and the article picture', async () => {
    const withPicture = (await published('articles')).find(
      (doc) => typeof doc.hero?.image === 'object' && doc.hero.image?.width && doc.topics?.length,
    )
    expect(withPicture).toBeDefined()
    await page().goto(`${siteUrl}/sok/?q=${encodeURIComponent(withPicture!.title)}`)
    const result = page()
      .locator('#sokresultat li')
      .filter({
        has: page().locator(`a[href^="/artikel/${withPicture!.slug}/"]`),
      })
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1)
    const meta = (await result.locator('.meta').textContent())!
    expect(meta).toContain(` · ${withPicture!.topics![0]!.title} · `)
    expect(meta).toMatch(/ · \d{1,2} \p{L}+ \d{4}$/u)
    const image = result.locator('img')
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
  })

  it('opens with the searched words marked on the article, the first scrolled into view', async () => {
    // The demo debate article, searched by the longest word of its body (the marks go there).
    const slug = 'tillitsreformen-har-fastnat-i-ledningsgruppen'
    const html = await (await fetch(`${siteUrl}/artikel/${slug}/`)).text()
    const body = /class="article-body[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? ''
    const word = body
      .replace(/<[^>]+>/g, ' ')
      .match(/\p{L}+/gu)!
      .reduce((a, b) => (b.length > a.length ? b : a))
    await page().goto(`${siteUrl}/sok/?q=${encodeURIComponent(word)}`)
    const link = page().locator(`#sokresultat li h2 a[href^="/artikel/${slug}/"]`)
    await link.waitFor({ timeout: 15_000 })
    await link.click()
    await page().waitForURL(/\?pagefind-highlight=/)
    const marks = page().locator('main mark')
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(0)
    expect((await marks.first().textContent())!.toLowerCase()).toContain(word.toLowerCase())
    await expect
      .poll(() =>
        marks.first().evaluate((mark) => {
          const box = mark.getBoundingClientRect()
          return box.top >= 0 && box.bottom <= window.innerHeight
        }),
      )
      .toBe(true)
    expect(await axeViolations(page())).toEqual([])
  })
})
