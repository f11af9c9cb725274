import type { Page } from 'playwright-core'
import { expect } from 'vitest'

import { createPresentation } from '../../../scripts/src/seed/createPresentation'
import { api, pick } from './adminSteps'

/**
 * The admin steps of an event (issue 15): writing one in the events collection's tabs with
 * speakers, times, a PDF made on the spot and a registration form, and publishing it.
 */

export interface EventDraft {
  sessionCode: string
  title: string
  summary: string
  description: string
  practicalNotes: string
  /** The first speaker is the first author in the list, with this role. */
  authorSpeakerRole: string
  /** The second is a guest: name and role. */
  guest: { name: string; role: string }
  startsAt: Date
  endsAt: Date
  venue: { name: string; room: string }
  pdfTitle: string
  capacity: number
}

/** A two-page presentation, as the seed makes them (pdf-lib). */
const presentationPdf = (title: string) =>
  createPresentation({
    title,
    footer: title,
    slides: [
      { heading: title, points: ['Inledning', 'Samtal och frågor'] },
      { heading: 'Tack för i dag!', points: ['Presentationen finns på evenemangets sida'] },
    ],
  })

/**
 * "2 dec. 2026 14:00" as the admin's date fields take it: Swedish, in Stockholm time (the
 * editor's browser must be in that zone: the picker reads the text in the browser's zone).
 */
export function adminDateText(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  // date-fns's Swedish abbreviations, which the admin's picker (react-datepicker) parses.
  const month = [
    'jan.',
    'feb.',
    'mars',
    'apr.',
    'maj',
    'juni',
    'juli',
    'aug.',
    'sep.',
    'okt.',
    'nov.',
    'dec.',
  ][Number(parts.month) - 1]
  return `${Number(parts.day)} ${month} ${parts.year} ${parts.hour}:${parts.minute}`
}

/** One of the edit view's tabs. */
const openTab = (page: Page, name: string) =>
  page.locator('.tabs-field__tab-button', { hasText: name }).first().click()

/** Types a date and time into a date field and closes its picker. */
async function fillDate(page: Page, field: string, at: Date) {
  const input = page.locator(`#field-${field} input`).first()
  await input.click()
  await input.fill(adminDateText(at))
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Picks the option with the label in a select field. */
async function choose(page: Page, field: string, label: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/**
 * Writes a new event in the admin as the page's user and gives its id; it stays a draft. With
 * autosave Payload makes the draft at once and moves to its own page.
 */
export async function createEventInAdmin(
  page: Page,
  adminUrl: string,
  draft: EventDraft,
): Promise<string> {
  await page.goto(`${adminUrl}/admin/collections/events/create`)
  await page.waitForURL(/\/admin\/collections\/events\/[0-9a-f-]{24,}/, { timeout: 30_000 })
  const id = /events\/([0-9a-f-]{24,})/.exec(page.url())![1]!
  await page.locator('#field-sessionCode').fill(draft.sessionCode)
  await page.locator('#field-title').fill(draft.title)

  await openTab(page, 'Innehåll')
  await page.locator('#field-summary').fill(draft.summary)
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type(draft.description)
  await page.locator('#field-practicalNotes').fill(draft.practicalNotes)
  // The array's own button (each row's relationship field has a "Lägg till ny" of its own).
  const addSpeaker = page.getByRole('button', { name: 'Lägg till Medverkande', exact: true })
  await addSpeaker.first().click()
  await pick(page, 'speakers__0__author')
  await page.locator('#field-speakers__0__role').fill(draft.authorSpeakerRole)
  await addSpeaker.first().click()
  await page.locator('#field-speakers__1__name').fill(draft.guest.name)
  await page.locator('#field-speakers__1__role').fill(draft.guest.role)

  await openTab(page, 'Tid och plats')
  await fillDate(page, 'startsAt', draft.startsAt)
  await fillDate(page, 'endsAt', draft.endsAt)
  await page.locator('#field-venue__name').fill(draft.venue.name)
  await page.locator('#field-venue__room').fill(draft.venue.room)

  await openTab(page, 'Material')
  await uploadDocument(page, draft.pdfTitle, await presentationPdf(draft.title))

  await openTab(page, 'Anmälan')
  await choose(page, 'registration__mode', 'Anmälningsformulär på webbplatsen')
  await page.locator('#field-registration__capacity').fill(String(draft.capacity))
  await waitForDraft(page, adminUrl, id, draft)
  return id
}

/** Creates a document in the upload field's drawer: the PDF and its title. */
async function uploadDocument(page: Page, title: string, pdf: Buffer) {
  await page
    .locator('#field-documents')
    .getByRole('button', { name: /Skapa ny/ })
    .first()
    .click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles({
    name: 'presentation.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  })
  await drawer.locator('#field-title').fill(title)
  await drawer.getByRole('button', { name: 'Spara', exact: true }).click()
  await page.locator('#field-documents').getByText(title).first().waitFor({ timeout: 30_000 })
}

/** Waits until the autosave has stored what the editor wrote, times and form included. */
async function waitForDraft(page: Page, adminUrl: string, id: string, draft: EventDraft) {
  await expect
    .poll(
      async () => {
        const doc = (await (
          await api(page, adminUrl, `events/${id}?draft=true&depth=0`)
        ).json()) as {
          startsAt?: string
          endsAt?: string
          documents?: unknown[]
          speakers?: unknown[]
          registration?: { mode?: string; capacity?: number }
        }
        return {
          startsAt: doc.startsAt && new Date(doc.startsAt).toISOString(),
          endsAt: doc.endsAt && new Date(doc.endsAt).toISOString(),
          documents: doc.documents?.length,
          speakers: doc.speakers?.length,
          registration: doc.registration,
        }
      },
      { timeout: 30_000, interval: 500 },
    )
    .toMatchObject({
      startsAt: draft.startsAt.toISOString(),
      endsAt: draft.endsAt.toISOString(),
      documents: 1,
      speakers: 2,
      registration: { mode: 'form', capacity: draft.capacity },
    })
}

/** "Publicera ändringar" on the edit view; waits for the published status. */
export async function publishEventInAdmin(page: Page, adminUrl: string, id: string) {
  await page.getByRole('button', { name: 'Publicera ändringar' }).click()
  await expect
    .poll(async () => (await (await api(page, adminUrl, `events/${id}?depth=0`)).json())._status, {
      timeout: 30_000,
    })
    .toBe('published')
}
