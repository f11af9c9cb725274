// Event pages against the real npm start: an editor publishes events through the CMS's REST API
// (a co-organised session with speakers, a PDF, a YouTube video and registration by mail, an
// online session with a registration form, a cancelled one and a past one); the publisher
// builds them; the list, the pages, the calendars, the JSON-LD, search and the video facade are
// checked in Chromium and with tools nobody here wrote (axe-core, html-validate, ical.js).
import { HtmlValidate } from 'html-validate'
import ICAL from 'ical.js'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readDemoLogins } from '../../scripts/src/seed/demoLogins'
import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { login } from '../../scripts/tests/helpers/restClient'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { announceEvents, editorApi, uploadDocument, type EventDoc } from './helpers/eventsApi'
import { watchCsp } from './helpers/readerForms'
import { getStatus, waitForStatus } from './helpers/startPublisher'

const { cmsUrl, siteUrl, publisherUrl, publisherSecret, dataDir } = serverContext()
const RUN = Date.now().toString(36)
const YEAR = new Date().getUTCFullYear()
const SITE_ORIGIN = new URL(siteUrl).origin

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

let browser: Browser
let context: BrowserContext
let summer: EventDoc
let winter: EventDoc
let cancelled: EventDoc
let past: EventDoc
let article: { id: string; slug: string; authors: { id: string; slug: string; name: string }[] }
let author: { id: string; slug: string; name: string }
let pdf: { id: string; filesize: number; filename: string }

async function fetchText(path: string) {
  const response = await fetch(`${siteUrl}${path}`)
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  }
}

/** The page's JSON-LD, parsed. */
async function jsonLdOf(path: string): Promise<Record<string, unknown>> {
  const { text } = await fetchText(path)
  const match = text.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)
  return JSON.parse(match![1]!) as Record<string, unknown>
}

/** The VEVENTs of a calendar file, parsed by ical.js with the file's own VTIMEZONE. */
function calendarEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!))
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
}

beforeAll(async () => {
  const editor = readDemoLogins(dataDir).find((entry) => entry.role === 'editor')!
  const { token } = await login(cmsUrl, editor.email, editor.password)
  const api = editorApi(cmsUrl, token)
  // The newest article's first author: an author with a published article has a page to link.
  const articles = await api<{
    docs: { id: string; slug: string; authors: { id: string; slug: string; name: string }[] }[]
  }>('GET', 'articles?depth=1&limit=1&sort=-publishedAt&where[_status][equals]=published')
  article = articles.docs[0]!
  author = article.authors[0]!
  pdf = await uploadDocument(cmsUrl, token, {
    title: 'Presentation',
    filename: `presentation-${RUN}.pdf`,
    text: 'Tillit i styrningen',
  })
  const base = {
    _status: 'published',
    attendance: 'onsite',
    venue: { name: 'Folkan', room: 'Salong 1', address: 'Södra Förstadsgatan 1, Malmö' },
    registration: { mode: 'none' },
    eventStatus: 'planned',
  }
  const create = async (fields: Record<string, unknown>) =>
    (await api('POST', 'events', { ...base, ...fields })).doc!
  summer = await create({
    sessionCode: 'A3.',
    title: `Tillit i styrningen ${RUN}`,
    summary: `Hur styr man med tillit? Ett samtal om sommarord${RUN}.`,
    description: paragraph('Programmet: inledning, samtal och frågor från publiken.'),
    practicalNotes: 'Det bjuds på fika.',
    startsAt: `${YEAR + 1}-06-10T12:00:00.000Z`,
    endsAt: `${YEAR + 1}-06-10T12:45:00.000Z`,
    speakers: [
      { name: 'Karin Ek', role: 'ordförande och docent i nationalekonomi' },
      { author: author.id, role: 'reporter' },
    ],
    organisers: 'ett samarrangemang mellan utredningen och Malmö universitet',
    documents: [pdf.id],
    video: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Inspelningen av A3' },
    registration: { mode: 'contact', contactName: 'Eva Lind', contactEmail: 'eva.lind@example.se' },
    relatedArticles: [article.id],
  })
  winter = await create({
    sessionCode: 'B1.',
    title: `Digital förvaltning ${RUN}`,
    summary: 'Ett webbinarium om digitala myndigheter.',
    startsAt: `${YEAR + 1}-01-20T09:00:00.000Z`,
    endsAt: `${YEAR + 1}-01-20T10:30:00.000Z`,
    attendance: 'online',
    venue: {},
    joinUrl: 'https://mote.example.se/b1',
    registration: { mode: 'form', capacity: 30 },
  })
  cancelled = await create({
    title: `Inställt samtal ${RUN}`,
    startsAt: `${YEAR + 1}-03-03T15:00:00.000Z`,
    endsAt: `${YEAR + 1}-03-03T16:00:00.000Z`,
    eventStatus: 'cancelled',
    registration: { mode: 'url', url: 'https://anmalan.example.se/c' },
  })
  past = await create({
    title: `Förra höstens seminarium ${RUN}`,
    startsAt: `${YEAR - 1}-10-05T08:00:00.000Z`,
    endsAt: `${YEAR - 1}-10-05T09:00:00.000Z`,
    eventStatus: 'completed',
    registration: { mode: 'contact', contactName: 'Eva Lind', contactEmail: 'eva.lind@example.se' },
  })
  const before = await getStatus(publisherUrl, publisherSecret)
  await announceEvents(publisherUrl, publisherSecret, [summer, winter, cancelled, past], 'publish')
  await waitForStatus(
    publisherUrl,
    (status) =>
      status.builds > before.builds && status.state === 'idle' && status.pending.changes === 0,
    publisherSecret,
  )
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'sv-SE' })
}, 300_000)
afterAll(() => browser?.close())

const eventPath = (event: EventDoc) => `/evenemang/${event.slug}/`

describe('the events list', () => {
  it('lists Kommande nearest first and Tidigare by year, with status, place and category', async () => {
    const page = await context.newPage()
    await page.goto(`${siteUrl}/evenemang/`)
    const upcoming = await page
      .locator('section[aria-labelledby="kommande"] h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    const ours = upcoming.filter((href) =>
      [summer, winter, cancelled].some((e) => href === eventPath(e)),
    )
    expect(ours).toEqual([eventPath(winter), eventPath(cancelled), eventPath(summer)])
    const pastYear = page.locator(`section[aria-labelledby="tidigare-${YEAR - 1}"]`)
    await expect.poll(() => pastYear.locator(`a[href="${eventPath(past)}"]`).count()).toBe(1)
    const cancelledItem = page.locator('.event-teaser', {
      has: page.locator(`a[href="${eventPath(cancelled)}"]`),
    })
    expect(await cancelledItem.locator('.badge').textContent()).toBe('Inställt')
    const summerItem = page.locator('.event-teaser', {
      has: page.locator(`a[href="${eventPath(summer)}"]`),
    })
    expect(await summerItem.textContent()).toMatch(/10 juni \d{4} 14\.00–14\.45/)
    expect(await summerItem.textContent()).toContain('A3.')
    expect(await summerItem.locator('.meta').textContent()).toMatch(/Salong 1, Folkan · Evenemang/)
    const winterItem = page.locator('.event-teaser', {
      has: page.locator(`a[href="${eventPath(winter)}"]`),
    })
    expect(await winterItem.locator('.meta').textContent()).toMatch(/Digitalt/)
    await page.close()
  })
})

describe('an event page', () => {
  it('follows the anatomy: code, title, time, place, speakers, organisers, notes, PDF, registration', async () => {
    const page = await context.newPage()
    await page.goto(`${siteUrl}${eventPath(summer)}`)
    expect(await page.locator('h1').textContent()).toContain(`A3. Tillit i styrningen ${RUN}`)
    const facts = (await page.locator('.event-facts').textContent())!.replace(/\s+/g, ' ')
    expect(facts).toMatch(/10 juni \d{4} 14\.00–14\.45/)
    expect(facts).toContain('Salong 1, Folkan, Södra Förstadsgatan 1, Malmö')
    expect(facts).toContain('Karin Ek, ordförande och docent i nationalekonomi')
    expect(facts).toContain('Ett samarrangemang mellan utredningen och Malmö universitet.')
    expect(await page.locator(`.speakers a[href="/skribent/${author.slug}/"]`).textContent()).toBe(
      author.name,
    )
    expect(await page.locator('.article').textContent()).toContain('Det bjuds på fika.')
    expect(await page.locator('.article-body').textContent()).toContain('Programmet: inledning')

    const documentLink = page.locator('a.document-link')
    expect((await documentLink.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /^Presentation \(PDF, \d+ (kB|byte), nytt fönster\)$/,
    )
    expect(await documentLink.getAttribute('target')).toBe('_blank')
    const href = (await documentLink.getAttribute('href'))!
    expect(href).toMatch(new RegExp(`^/dokument/${pdf.id}/presentation-${RUN}\\.pdf$`))
    const file = await fetch(`${siteUrl}${href}`)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode(await file.arrayBuffer()).startsWith('%PDF-1.4')).toBe(true)

    const mail = page.locator('#anmalan a[href^="mailto:"]')
    expect(await mail.textContent()).toBe('Eva Lind')
    expect(await mail.getAttribute('href')).toMatch(/^mailto:eva\.lind@example\.se\?subject=/)
    expect(
      await page.locator(`a[href="/evenemang/${summer.slug}/kalender.ics"]`).textContent(),
    ).toBe('Lägg till i kalender')
    expect(
      await page
        .locator(`section[aria-labelledby="relaterat"] a[href="/artikel/${article.slug}/"]`)
        .count(),
    ).toBe(1)
    await page.close()
  })

  it('marks a cancelled event and offers no registration; a past one says registration is closed', async () => {
    const page = await context.newPage()
    await page.goto(`${siteUrl}${eventPath(cancelled)}`)
    expect(await page.locator('.event-status').textContent()).toContain('Inställt')
    expect(await page.locator('#anmalan').count()).toBe(0)
    await page.goto(`${siteUrl}${eventPath(past)}`)
    expect(await page.locator('#anmalan').textContent()).toContain('Anmälan är stängd')
    expect(await page.locator('#anmalan a[href^="mailto:"]').count()).toBe(0)
    await page.goto(`${siteUrl}${eventPath(winter)}`)
    // Registration on the site: the form, with the places the build asked the CMS for.
    const registration = page.locator('#anmalan[data-registration]')
    expect(await registration.count()).toBe(1)
    expect(JSON.parse((await registration.getAttribute('data-places'))!)).toEqual({
      isOpen: true,
      capacity: 30,
      placesLeft: 30,
    })
    expect(await registration.locator('.places').textContent()).toContain('30 platser kvar')
    expect(
      await page.locator('.event-facts a[href="https://mote.example.se/b1"]').textContent(),
    ).toBe('Digitalt')
    await page.close()
  })

  it('carries schema.org Event JSON-LD whose status follows the status and the date', async () => {
    const upcoming = await jsonLdOf(eventPath(summer))
    expect(upcoming).toMatchObject({
      '@type': 'Event',
      startDate: `${YEAR + 1}-06-10T14:00:00+02:00`,
      endDate: `${YEAR + 1}-06-10T14:45:00+02:00`,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Salong 1, Folkan' },
    })
    expect((await jsonLdOf(eventPath(winter))).location).toMatchObject({
      '@type': 'VirtualLocation',
      url: 'https://mote.example.se/b1',
    })
    expect((await jsonLdOf(eventPath(winter))).startDate).toBe(`${YEAR + 1}-01-20T10:00:00+01:00`)
    expect((await jsonLdOf(eventPath(cancelled))).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    )
    expect(await jsonLdOf(eventPath(past))).not.toHaveProperty('eventStatus')
  })

  it.each([
    ['the list', '/evenemang/'],
    ['an event page', 'summer'],
    ['an online event page', 'winter'],
    ['a past event page', 'past'],
  ])('has no axe-core violations and no html-validate errors on %s', async (_name, which) => {
    const events: Record<string, EventDoc> = { summer, winter, past }
    const path = events[which] ? eventPath(events[which]) : which
    const page = await context.newPage()
    await page.goto(`${siteUrl}${path}`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': 'off' },
    })
    const report = await validator.validateString((await fetchText(path)).text, path)
    expect(
      report.results.flatMap((result) =>
        result.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`),
      ),
    ).toEqual([])
  })
})

describe('calendars', () => {
  it('gives each event an .ics file whose times are right in Stockholm, summer and winter', async () => {
    const summerFile = await fetchText(`/evenemang/${summer.slug}/kalender.ics`)
    expect(summerFile.type).toBe('text/calendar; charset=utf-8')
    const [entry] = calendarEvents(summerFile.text)
    // The UID names the site's public host (SITE_URL), which may differ from the address here.
    expect(entry!.uid).toMatch(new RegExp(`^evenemang-${summer.id}@[\\w.-]+$`))
    expect(entry!.startDate.zone.tzid).toBe('Europe/Stockholm')
    expect([entry!.startDate.hour, entry!.startDate.minute]).toEqual([14, 0])
    expect(entry!.startDate.toJSDate().toISOString()).toBe(summer.startsAt)
    expect(entry!.endDate.toJSDate().toISOString()).toBe(summer.endsAt)
    expect(entry!.location).toBe('Salong 1, Folkan, Södra Förstadsgatan 1, Malmö')
    const [winterEntry] = calendarEvents(
      (await fetchText(`/evenemang/${winter.slug}/kalender.ics`)).text,
    )
    expect([winterEntry!.startDate.hour, winterEntry!.startDate.minute]).toEqual([10, 0])
    expect(winterEntry!.startDate.toJSDate().toISOString()).toBe(winter.startsAt)
  })

  it('publishes a subscribable calendar of every upcoming event, cancelled ones marked', async () => {
    const feed = await fetchText('/evenemang/kalender.ics')
    expect(feed.type).toBe('text/calendar; charset=utf-8')
    const entries = calendarEvents(feed.text)
    const byUid = new Map(entries.map((entry) => [entry.uid.replace(/@.*$/, ''), entry]))
    const uid = (event: EventDoc) => `evenemang-${event.id}`
    expect(byUid.has(uid(summer))).toBe(true)
    expect(byUid.has(uid(winter))).toBe(true)
    expect(byUid.has(uid(past))).toBe(false)
    expect(byUid.get(uid(cancelled))!.component.getFirstPropertyValue('status')).toBe('CANCELLED')
  })
})

describe('the video facade', () => {
  it('asks nothing of YouTube before the click, frames its no-cookie player after, with no CSP violation', async () => {
    const page = await context.newPage()
    const cspViolations = await watchCsp(page)
    const foreign: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol.startsWith('http') && url.origin !== SITE_ORIGIN) foreign.push(request.url())
    })
    // The machine has no network: the player's origin answers from here, once asked.
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Spelare</title><p>Spelare</p>',
      }),
    )
    await page.goto(`${siteUrl}${eventPath(summer)}`)
    await page.waitForLoadState('networkidle')
    expect(foreign).toEqual([])
    const button = page.getByRole('button', { name: 'Spela upp: Inspelningen av A3' })
    await button.click()
    const frame = page.locator('iframe.video-frame')
    await expect.poll(() => frame.count()).toBe(1)
    expect(await frame.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    )
    expect(await frame.getAttribute('title')).toBe('Inspelningen av A3')
    await expect
      .poll(() => foreign.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/')))
      .toBe(true)
    await page.waitForLoadState('networkidle')
    expect(foreign.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true)
    expect(cspViolations).toEqual([])
    await page.close()
  })

  it('relaxes the policy for that player on that page only', async () => {
    const policy = (html: string) =>
      html.match(/http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? ''
    expect(policy((await fetchText(eventPath(summer))).text)).toContain(
      'frame-src https://www.youtube-nocookie.com',
    )
    expect(policy((await fetchText(eventPath(winter))).text)).not.toContain('frame-src')
    expect(policy((await fetchText('/evenemang/')).text)).not.toContain('frame-src')
  })
})

describe('events elsewhere on the site', () => {
  it('lists the event on the article it names, in the sitemap, and in search as Evenemang', async () => {
    const articlePage = await fetchText(`/artikel/${article.slug}/`)
    expect(articlePage.text).toContain(`href="${eventPath(summer)}"`)
    const sitemap = await fetchText('/sitemap-evenemang.xml')
    expect(sitemap.text).toContain(`${eventPath(summer)}</loc>`)
    expect((await fetchText('/sitemap-index.xml')).text).toContain('/sitemap-evenemang.xml')

    const page = await context.newPage()
    await page.goto(`${siteUrl}/sok/`)
    await page.getByLabel('Sökord').fill(`sommarord${RUN}`)
    await page.locator('#filtrera summary').click()
    await page.getByLabel('Artikeltyp').selectOption('Evenemang')
    await expect
      .poll(() => page.locator(`#sokresultat a[href^="${eventPath(summer)}"]`).count(), {
        timeout: 20_000,
      })
      .toBe(1)
    await page.close()
  })
})
