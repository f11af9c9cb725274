// The Chromium journey for events (issue 15): an editor makes an event in the admin with
// speakers, a PDF and a registration form for two; it goes live on /evenemang/ and its page;
// readers register through the real form (real captcha) until the waiting list; the calendar
// files parse with an independent parser; the event passes to Tidigare by itself when it ends;
// a reader's "Nej" reaches the editor's Sidfeedback; and nothing identifies the readers.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { HtmlValidate } from 'html-validate'
import ICAL from 'ical.js'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventPath } from '@redaktion/content-schemas/paths'
import { WAITLIST_RECEIPT_MESSAGE } from '@redaktion/content-schemas/submissions'

import { axeViolations } from '../../scripts/tests/helpers/axe'
import { launchChromium } from '../../scripts/tests/helpers/browser'
import { serverContext } from '../../scripts/tests/helpers/serverContext'
import { LIVE_WITHIN_MS, adminUrlOf, api, signIn } from './helpers/adminSteps'
import { stockholmInstant } from '../../scripts/src/seed/eventTimes'
import { type EventDraft, createEventInAdmin, publishEventInAdmin } from './helpers/eventSteps'
import { readMailFolder } from './helpers/readEml'

const { cmsUrl, siteUrl, dataDir, serverLog } = serverContext()
const adminUrl = adminUrlOf(cmsUrl)
// The CMS takes submissions from the site's own origin only, which npm start calls localhost.
const readerSite = siteUrl.replace('127.0.0.1', 'localhost')

const unique = randomBytes(4).toString('hex')
// What would identify the readers if it were stored: their browser's name, unique to this run.
// (No forwarded-address header: from the page's fetch it would make the CMS's CORS refuse.)
const READER_AGENT = `Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/140.0 EventReader-${unique}`
/** The event-ended job runs every two seconds in tests (JOBS_CRON); a build follows. */
const PAST_WITHIN_MS = 4 * 60_000

// Three days ahead at 14.00–14.45 Stockholm time, so registration is open while readers sign up.
const startsAt = stockholmInstant(new Date(), 3, '14:00')
const draft: EventDraft = {
  sessionCode: 'B2.',
  title: `Evenemangsprov ${unique}: öppenheten i förvaltningen`,
  summary: `Ett seminarium om offentlighetsprincipen i praktiken ${unique}.`,
  description: `Programmet ${unique}: inledning, samtal och frågor från publiken.`,
  practicalNotes: 'Det bjuds på fika.',
  authorSpeakerRole: 'samtalsledare',
  guest: { name: `Gästen ${unique}`, role: 'ordförande och docent i nationalekonomi' },
  startsAt,
  endsAt: new Date(startsAt.getTime() + 45 * 60_000),
  venue: { name: 'Folkan', room: 'Salong 1' },
  pdfTitle: 'Presentation',
  capacity: 2,
}

let browser: Browser
let editor: Page
let eventId = ''
let slug = ''

const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
})

/** html-validate's errors on a page of the live site, as `line rule message` strings. */
async function htmlErrors(pathname: string): Promise<string[]> {
  const response = await fetch(`${siteUrl}${pathname}`)
  expect(response.status, pathname).toBe(200)
  const report = await htmlValidate.validateString(await response.text(), pathname)
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line} ${message.ruleId} ${message.message}`),
  )
}

/** Which section of /evenemang/ links to the event: Kommande, Tidigare, or none. */
async function listedUnder(href: string): Promise<'Kommande' | 'Tidigare' | null> {
  const response = await fetch(`${siteUrl}/evenemang/`)
  if (response.status !== 200) return null
  const html = await response.text()
  const at = html.indexOf(`href="${href}"`)
  if (at === -1) return null
  const past = html.indexOf('id="tidigare"')
  return past !== -1 && at > past ? 'Tidigare' : 'Kommande'
}

/** A reader's browser: its own context, with the browser name that must not be stored. */
async function readerContext(): Promise<BrowserContext> {
  return browser.newContext({ locale: 'sv-SE', userAgent: READER_AGENT })
}

/** Opens the event page as a new reader and waits for the registration form's script. */
async function openRegistration(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${readerSite}${eventPath(slug)}`)
  await page.locator('#anmalan').scrollIntoViewIfNeeded()
  await page.locator('#anmalan form').waitFor({ state: 'visible', timeout: 30_000 })
  return page
}

/** Fills and sends the registration form; gives the receipt's text once it is shown. */
async function register(page: Page, name: string, email: string): Promise<string> {
  const form = page.locator('#anmalan')
  await form.getByRole('textbox', { name: /^Namn/ }).fill(name)
  await form.getByRole('textbox', { name: /^E-post/ }).fill(email)
  await form.getByRole('textbox', { name: /^Organisation/ }).fill('Statskontoret')
  await form.getByRole('textbox', { name: /^Kost eller tillgänglighet/ }).fill('Laktosfritt.')
  await form.getByRole('button', { name: 'Skicka anmälan', exact: true }).click()
  const receipt = page.locator('[data-receipt]')
  await receipt.waitFor({ state: 'visible', timeout: 60_000 })
  return receipt.innerText()
}

/** The readers' registrations as the editor sees them through the REST API. */
async function registrations() {
  const response = await api(
    editor,
    adminUrl,
    `registrations?depth=0&limit=10&sort=createdAt&where[event][equals]=${eventId}`,
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: { name: string; status: string }[] }).docs
}

/** The raw SQLite file and its write-ahead log, read as text. */
function databaseBytes(): string {
  return ['redaktion.db', 'redaktion.db-wal']
    .map((file) => {
      try {
        return readFileSync(path.join(dataDir, file)).toString('latin1')
      } catch {
        return ''
      }
    })
    .join('')
}

beforeAll(async () => {
  browser = await launchChromium()
  // An editor in Sweden: the admin's date picker reads typed times in the browser's zone.
  editor = await browser.newPage({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1600, height: 1000 },
  })
  await signIn(editor, adminUrl, dataDir, 'editor')
})
afterAll(() => browser?.close())

describe('an event from the admin to the reader and back', () => {
  it(
    'the editor makes an event with speakers, a PDF and a form for two, and publishes it',
    async () => {
      eventId = await createEventInAdmin(editor, adminUrl, draft)
      await publishEventInAdmin(editor, adminUrl, eventId)
      const response = await api(editor, adminUrl, `events/${eventId}?depth=1`)
      const event = (await response.json()) as {
        _status: string
        slug: string
        startsAt: string
        endsAt: string
        speakers: { author?: { id: string } | null; name?: string | null; role?: string }[]
        documents: { title: string; mimeType: string }[]
        registration: { mode: string; capacity: number }
      }
      expect(event._status).toBe('published')
      expect(new Date(event.startsAt).toISOString()).toBe(draft.startsAt.toISOString())
      expect(new Date(event.endsAt).toISOString()).toBe(draft.endsAt.toISOString())
      expect(event.speakers).toHaveLength(2)
      expect(event.speakers[0]!.author).toBeTruthy()
      expect(event.speakers[1]).toMatchObject(draft.guest)
      expect(event.documents).toMatchObject([
        { title: draft.pdfTitle, mimeType: 'application/pdf' },
      ])
      expect(event.registration).toMatchObject({ mode: 'form', capacity: 2 })
      slug = event.slug
    },
    LIVE_WITHIN_MS,
  )

  it(
    'is live on /evenemang/ under Kommande and on its page, which passes axe and html-validate',
    async () => {
      const href = eventPath(slug)
      await expect
        .poll(() => listedUnder(href), { timeout: LIVE_WITHIN_MS, interval: 1000 })
        .toBe('Kommande')
      // axe-core needs a page of a context of its own.
      const context = await browser.newContext({ locale: 'sv-SE' })
      const reader = await context.newPage()
      try {
        await reader.goto(`${siteUrl}${href}`)
        const main = reader.locator('main')
        expect(await main.locator('h1').innerText()).toContain(draft.title)
        const text = await main.innerText()
        expect(text).toContain(draft.sessionCode)
        expect(text).toContain(`${draft.guest.name}, ${draft.guest.role}`)
        expect(text).toContain(draft.practicalNotes)
        expect(text).toContain(`${draft.venue.room}, ${draft.venue.name}`)
        expect(text).toMatch(/14\.00–14\.45/)
        expect(text).toMatch(/2 platser kvar/)
        // The PDF: "Presentation (PDF, … kB)", opening the file the release serves.
        const pdf = main.getByRole('link', { name: /^Presentation \(PDF, [\d,]+ [kM]B/ })
        const pdfResponse = await fetch(new URL((await pdf.getAttribute('href'))!, siteUrl))
        expect(pdfResponse.status).toBe(200)
        expect(
          Buffer.from(await pdfResponse.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-')
        await reader.waitForLoadState('networkidle')
        expect(await axeViolations(reader)).toEqual([])
        await reader.goto(`${siteUrl}/evenemang/`)
        await reader.waitForLoadState('networkidle')
        expect(await axeViolations(reader)).toEqual([])
      } finally {
        await context.close()
      }
      expect(await htmlErrors(href)).toEqual([])
      expect(await htmlErrors('/evenemang/')).toEqual([])
    },
    LIVE_WITHIN_MS + 60_000,
  )

  it('serves calendar files that ical.js parses, with the times in Europe/Stockholm', async () => {
    for (const file of [`${eventPath(slug)}kalender.ics`, '/evenemang/kalender.ics']) {
      const response = await fetch(`${siteUrl}${file}`)
      expect(response.status, file).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/)
      const calendar = new ICAL.Component(ICAL.parse(await response.text()))
      const zone = calendar.getFirstSubcomponent('vtimezone')
      expect(zone?.getFirstPropertyValue('tzid'), file).toBe('Europe/Stockholm')
      ICAL.TimezoneService.register(new ICAL.Timezone(zone!))
      const vevent = calendar
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component))
        .find((event) => event.summary.includes(draft.title))
      expect(vevent, `${file} has the event`).toBeDefined()
      expect(vevent!.startDate.zone.tzid).toBe('Europe/Stockholm')
      expect([vevent!.startDate.hour, vevent!.startDate.minute]).toEqual([14, 0])
      expect(vevent!.startDate.toJSDate().toISOString()).toBe(draft.startsAt.toISOString())
      expect(vevent!.endDate.toJSDate().toISOString()).toBe(draft.endsAt.toISOString())
      expect(vevent!.location).toContain(draft.venue.name)
    }
  })

  it(
    'takes two readers (real captcha), counting the places down, and puts the third on the waiting list',
    async () => {
      const context = await readerContext()
      try {
        const first = await openRegistration(context)
        expect(await first.locator('[data-places-left]').innerText()).toBe('2 platser kvar')
        const firstReceipt = await register(
          first,
          `Första ${unique}`,
          `forsta.${unique}@exempel.se`,
        )
        expect(firstReceipt).toContain('Du har en plats. 1 plats kvar.')
        expect(firstReceipt).toMatch(/A-[0-9A-Z]{4}-[0-9A-Z]{4}/)
        expect(await first.locator('[data-places-left]').innerText()).toBe('1 plats kvar')

        const second = await openRegistration(context)
        const secondReceipt = await register(
          second,
          `Andra ${unique}`,
          `andra.${unique}@exempel.se`,
        )
        expect(secondReceipt).toContain('Du har en plats. 0 platser kvar.')
        expect(await second.locator('[data-places-left]').innerText()).toMatch(/^Fullbokat/)

        const third = await openRegistration(context)
        const thirdReceipt = await register(
          third,
          `Tredje ${unique}`,
          `tredje.${unique}@exempel.se`,
        )
        expect(thirdReceipt).toContain(WAITLIST_RECEIPT_MESSAGE)
        expect(thirdReceipt).toContain('Du står på väntelistan, plats 1.')
        expect(await axeViolations(third)).toEqual([])
      } finally {
        await context.close()
      }
      expect(await registrations()).toMatchObject([
        { name: `Första ${unique}`, status: 'confirmed' },
        { name: `Andra ${unique}`, status: 'confirmed' },
        { name: `Tredje ${unique}`, status: 'waitlisted' },
      ])
      // Each registrant gets a mail that says what they got.
      await expect
        .poll(
          () =>
            readMailFolder(dataDir)
              .filter((mail) => mail.headers.to?.includes(unique))
              .map((mail) => mail.headers.to)
              .sort(),
          { timeout: 30_000 },
        )
        .toEqual([
          `andra.${unique}@exempel.se`,
          `forsta.${unique}@exempel.se`,
          `tredje.${unique}@exempel.se`,
        ])
      const answer = await api(editor, adminUrl, `submissions/registration/places?event=${eventId}`)
      expect(await answer.json()).toMatchObject({ capacity: 2, placesLeft: 0, waitlistLength: 1 })
    },
    4 * 60_000,
  )

  it('exports the registrations as CSV for the editor', async () => {
    const response = await api(editor, adminUrl, `registrations/export?event=${eventId}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/csv/)
    const csv = await response.text()
    expect(csv).toContain(`Första ${unique}`)
    expect(csv).toContain(`tredje.${unique}@exempel.se`)
  })

  it(
    "takes a reader's Nej with a text, which the editor sees in Sidfeedback",
    async () => {
      const context = await readerContext()
      const missing = `Jag saknar vägbeskrivningen ${unique}.`
      try {
        const page = await context.newPage()
        await page.goto(`${readerSite}${eventPath(slug)}`)
        const widget = page.locator('[data-page-feedback]')
        await widget.scrollIntoViewIfNeeded()
        await widget.getByRole('button', { name: 'Nej', exact: true }).click()
        await widget.getByLabel(/^Vad saknade du\?/).fill(missing)
        await widget.getByRole('button', { name: 'Skicka', exact: true }).click()
        await expect
          .poll(() => widget.locator('[data-feedback-status]').innerText(), { timeout: 60_000 })
          .toMatch(/^Tack/)
        expect(await axeViolations(page)).toEqual([])
      } finally {
        await context.close()
      }
      // From the dashboard's sidebar to the ranked view.
      await editor.goto(`${adminUrl}/admin`)
      // The view's own link (the collection of raw answers is called Sidfeedback too).
      await editor.getByRole('link', { name: 'Sidfeedback: vad läsarna saknar' }).click()
      await editor.waitForURL(/\/admin\/sidfeedback/)
      const row = editor.locator(`tr[data-page="${eventPath(slug)}"]`)
      await row.waitFor({ timeout: 30_000 })
      // The one answer for this page is a Nej: all of its answers.
      expect(await row.locator('td').first().innerText()).toMatch(/^100\s?%$/)
      expect(await editor.locator('.page-feedback').innerText()).toContain(missing)
    },
    2 * 60_000,
  )

  it('stores nothing that identifies the readers: no user agent or address in the database', () => {
    // Booleans, not the bytes: a failure must not print the whole database.
    const stored = databaseBytes()
    const holds = (text: string) => stored.includes(Buffer.from(text).toString('latin1'))
    expect(holds(`Första ${unique}`), 'the registration is in the file').toBe(true)
    expect(holds(`vägbeskrivningen ${unique}`), 'the feedback text is in the file').toBe(true)
    expect(holds(`EventReader-${unique}`), "the readers' user agent is in the file").toBe(false)
    const database = new DatabaseSync(path.join(dataDir, 'redaktion.db'), { readOnly: true })
    const rows = ['registrations', 'page_feedback'].flatMap((table) =>
      database.prepare(`select * from ${table}`).all(),
    )
    database.close()
    const text = JSON.stringify(rows)
    for (const trace of ['127.0.0.1', '::1', '::ffff:', 'HeadlessChrome', 'Mozilla/5.0'])
      expect(text).not.toContain(trace)
    const log = readFileSync(serverLog, 'utf8')
    expect(log.includes(`EventReader-${unique}`), "the readers' user agent is in the log").toBe(
      false,
    )
  })

  it(
    'passes from Kommande to Tidigare by itself when it ends, without a publish or a rebuild',
    async () => {
      // The editor moves the event to end in two minutes (long enough for the build of the
      // move to show it under Kommande first); after that nobody touches it.
      const starts = new Date(Date.now() + 30_000)
      const ends = new Date(Date.now() + 2 * 60_000)
      const moved = await api(editor, adminUrl, `events/${eventId}?depth=0`, {
        method: 'PATCH',
        data: { startsAt: starts.toISOString(), endsAt: ends.toISOString(), _status: 'published' },
      })
      expect(moved.status()).toBe(200)
      const href = eventPath(slug)
      const clock = stockholmClockOf(starts)
      // The build of the move: its page has the new time, and it is still upcoming.
      await expect
        .poll(async () => (await (await fetch(`${siteUrl}${href}`)).text()).includes(clock), {
          timeout: LIVE_WITHIN_MS,
          interval: 1000,
        })
        .toBe(true)
      expect(Date.now(), 'the build of the move finished before the event ended').toBeLessThan(
        ends.getTime(),
      )
      expect(await listedUnder(href)).toBe('Kommande')
      await expect
        .poll(() => listedUnder(href), { timeout: PAST_WITHIN_MS, interval: 2000 })
        .toBe('Tidigare')
      expect(Date.now()).toBeGreaterThanOrEqual(ends.getTime())
      const page = await (await fetch(`${siteUrl}${href}`)).text()
      expect(page).toContain('Har ägt rum')
      // Gone from the subscribable feed of upcoming events.
      const feed = await (await fetch(`${siteUrl}/evenemang/kalender.ics`)).text()
      expect(feed).not.toContain(unique)
    },
    LIVE_WITHIN_MS + PAST_WITHIN_MS + 60_000,
  )
})

/** "14.05" for an instant, as the event page writes Stockholm times. */
function stockholmClockOf(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(at)
    .replace(':', '.')
}
