import { randomBytes } from 'node:crypto'

import sharp from 'sharp'
import type { CollectionSlug } from 'payload'

import type { Target } from './accessMatrix'
import type { CreateArgs, Id, TestFile } from './accessDriver'
import { buildDocx } from './buildDocx'
import { buildPdf, mp4Bytes } from './buildMedia'

/** Documents every sample can point at, made once per suite. */
export interface BaseDocs {
  categoryId: Id
  authorId: Id
  articleId: Id
  journalistId: Id
  /** A draft the journalist created: an article they are on (internal comments). */
  journalistArticleId: Id
  /** A published event with the site's registration form, for registrations. */
  formEventId: Id
  /** A tip nobody is assigned to, and one assigned to the journalist (Svarslåda threads). */
  tipId: Id
  assignedTipId: Id
}

const unique = () => randomBytes(4).toString('hex')

export async function pngFile(): Promise<TestFile> {
  const data = await sharp({
    create: { width: 32, height: 24, channels: 3, background: '#1d7874' },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: `bild-${unique()}.png` }
}

export function docxFile(text = 'Ett debattinlägg om tillit i förvaltningen.'): TestFile {
  return {
    data: buildDocx(text),
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    name: `inlagg-${unique()}.docx`,
  }
}

export function articleData(base: BaseDocs, status: 'draft' | 'published') {
  return {
    _status: status,
    title: `Testartikel om myndigheter ${unique()}`,
    type: 'nyhet',
    category: base.categoryId,
    authors: [base.authorId],
    lead: 'En ingress.',
  }
}

export async function pdfFile(): Promise<TestFile> {
  return {
    data: await buildPdf(),
    mimetype: 'application/pdf',
    name: `presentation-${unique()}.pdf`,
  }
}

export function mp4File(): TestFile {
  return { data: mp4Bytes(), mimetype: 'video/mp4', name: `inspelning-${unique()}.mp4` }
}

const DAY = 24 * 60 * 60 * 1000

/** A seminar a week ahead, an hour long, on site: valid to publish as it is. */
export function eventData(status: 'draft' | 'published', extra: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + 7 * DAY)
  return {
    _status: status,
    title: `Seminarium om tillit ${unique()}`,
    sessionCode: 'A3.',
    summary: 'Ett samtal om tillitsreformen.',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000).toISOString(),
    attendance: 'onsite',
    venue: { name: 'Folkan', room: 'Salong 1' },
    registration: { mode: 'none' },
    ...extra,
  }
}

export function debateData() {
  return {
    title: `Debatt ${unique()}`,
    text: 'Första stycket.\n\nAndra stycket.',
    authorName: 'Kim Testsson',
    signature: 'Utredare, Testverket',
    email: 'kim@example.se',
    phone: '070-123 45 67',
    consentToEditing: true,
  }
}

/** What to create for a collection and target; the file, when the collection is an upload. */
export async function sampleFor(
  collection: CollectionSlug,
  target: Target,
  base: BaseDocs,
): Promise<Omit<CreateArgs, 'actor'>> {
  switch (collection) {
    case 'articles':
      return target === 'published'
        ? { collection, data: articleData(base, 'published') }
        : { collection, data: articleData(base, 'draft'), isDraft: true }
    case 'events':
      return target === 'published'
        ? { collection, data: eventData('published') }
        : { collection, data: eventData('draft'), isDraft: true }
    case 'documents':
      return { collection, data: { title: 'Presentation' }, file: await pdfFile() }
    case 'videos':
      return { collection, data: { title: 'Inspelning' }, file: mp4File() }
    case 'categories':
    case 'topics':
      return { collection, data: { title: `Test ${unique()}` } }
    case 'authors':
      return { collection, data: { name: `Testa Skribent ${unique()}` } }
    case 'redirects':
      return { collection, data: { from: `gammal-${unique()}`, to: base.articleId } }
    case 'media':
      return { collection, data: { alt: 'Testbild' }, file: await pngFile() }
    case 'tips':
      return {
        collection,
        data: {
          message: 'Ett tips om en myndighet.',
          ...(target === 'assigned' ? { assignee: base.journalistId } : {}),
        },
      }
    case 'tip-attachments':
      return { collection, data: {}, file: await pngFile() }
    case 'tip-messages':
      return {
        collection,
        data: {
          tip: target === 'assigned' ? base.assignedTipId : base.tipId,
          text: 'Har du fler uppgifter?',
        },
      }
    case 'corrections':
      return {
        collection,
        data: {
          article: base.articleId,
          whatIsWrong: 'Siffran är fel.',
          contactEmail: 'lasare@example.se',
          ...(target === 'notice'
            ? { status: 'corrected', notice: 'Rättelse: siffran var fel.' }
            : {}),
        },
      }
    case 'debate-submissions':
      return { collection, data: debateData() }
    case 'debate-documents':
      return { collection, data: {}, file: docxFile() }
    case 'preview-links':
      return { collection, data: { article: base.articleId } }
    case 'registrations':
      return {
        collection,
        data: {
          event: base.formEventId,
          name: 'Sam Deltagare',
          // One active registration per address and event: each sample its own address.
          email: `sam-${unique()}@example.se`,
        },
      }
    case 'comments':
      return {
        collection,
        data: {
          article: base.articleId,
          name: 'Maja Läsare',
          text: 'En kommentar.',
          ...(target === 'published' ? { status: 'approved' } : {}),
        },
      }
    case 'page-feedback':
      return {
        collection,
        data: { page: '/artikel/testartikel/', day: '2026-12-01', answer: 'no', text: 'Oklart.' },
      }
    case 'article-comments':
      return {
        collection,
        data: {
          article: target === 'journalistDraft' ? base.journalistArticleId : base.articleId,
          text: `En intern kommentar ${unique()}.`,
        },
      }
    case 'users':
      return {
        collection,
        data: {
          email: `person-${unique()}@redaktion.example`,
          password: `pw-${unique()}-${unique()}`,
          name: 'Test Person',
          role: 'journalist',
        },
      }
    default:
      throw new Error(`No sample for ${collection}`)
  }
}

/** A harmless change per collection, for update attempts. */
export function updateFor(collection: CollectionSlug): Record<string, unknown> {
  switch (collection) {
    case 'articles':
      return { kicker: 'Uppdaterad' }
    case 'categories':
    case 'topics':
      return { description: 'Uppdaterad' }
    case 'authors':
      return { title: 'Uppdaterad' }
    case 'redirects':
      return { from: `andrad-${unique()}` }
    case 'media':
      return { caption: 'Uppdaterad' }
    case 'events':
      return { summary: 'Uppdaterad' }
    case 'documents':
    case 'videos':
      return { title: 'Uppdaterad' }
    case 'users':
      return { name: 'Uppdaterad' }
    case 'preview-links':
      return { revokedAt: new Date().toISOString() }
    case 'tip-attachments':
    case 'debate-documents':
      return {}
    case 'article-comments':
      return { text: 'Uppdaterad kommentar.' }
    case 'registrations':
      return { organisation: 'Uppdaterad' }
    case 'page-feedback':
      return { text: 'Ändrad i efterhand.' }
    case 'comments':
      return { status: 'approved' }
    case 'tip-messages':
      return { text: 'Har du protokollet?' }
    default:
      return { internalNotes: 'Uppdaterad' }
  }
}
