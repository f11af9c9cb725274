import { randomUUID } from 'node:crypto'

import type { SubmissionKind } from '@redaktion/content-schemas/submissions'
import { strToU8, unzipSync, zipSync } from 'fflate'

import { buildDocx } from './buildDocx'
import { formBody, type FormValue } from './submissionClient'

/** Every public endpoint that takes a reader's form: the five kinds, page feedback, Svarslåda. */
export type FormKind = SubmissionKind | 'page-feedback' | ReplyBoxKind
export type ReplyBoxKind = 'tip/reply-box' | 'tip/reply-box/answer'
export const REPLY_BOX_KINDS = ['tip/reply-box', 'tip/reply-box/answer'] as const

/** What a hostile case needs from the suite: valid fields, a captcha, a used captcha, ids. */
export interface HostileContext {
  fields: (kind: FormKind) => Record<string, string>
  captcha: () => Promise<string>
  usedCaptcha: string
  forgedCaptcha: string
  draftArticleId: string
  /** A published article whose comments are closed. */
  closedArticleId: string
  /** A published replik in a debate whose original is marked closed. */
  closedDebateReplyId: string
  /** Events the form may not register for: a draft, a cancelled, a past and a closed one. */
  refusedEventIds: Record<'draft' | 'cancelled' | 'past' | 'closed' | 'byMail', string>
  acceptedKeys: Record<FormKind, string>
}

export interface HostileCase {
  name: string
  kind: FormKind
  build: (
    context: HostileContext,
  ) => Promise<{ body: FormData | string; headers?: Record<string, string> }>
}

const REQUIRED: Record<FormKind, string[]> = {
  tip: ['idempotencyKey', 'message'],
  correction: ['idempotencyKey', 'article', 'whatIsWrong', 'whatIsRight', 'source'],
  debate: [
    'idempotencyKey',
    'title',
    'authorName',
    'signature',
    'email',
    'phone',
    'consentToEditing',
  ],
  registration: ['idempotencyKey', 'event', 'name', 'email'],
  comment: ['idempotencyKey', 'article', 'name', 'text'],
  'page-feedback': ['idempotencyKey', 'page', 'answer'],
  'tip/reply-box': ['reference', 'phrase'],
  'tip/reply-box/answer': ['reference', 'phrase', 'idempotencyKey', 'message'],
}

const FIELDS: Record<FormKind, string[]> = {
  tip: ['idempotencyKey', 'article', 'message', 'anonymous', 'name', 'contact', 'website'],
  correction: [
    'idempotencyKey',
    'article',
    'whatIsWrong',
    'whatIsRight',
    'source',
    'contactName',
    'contactEmail',
    'website',
  ],
  debate: [
    'idempotencyKey',
    'repliesTo',
    'title',
    'text',
    'authorName',
    'signature',
    'email',
    'phone',
    'consentToEditing',
    'website',
  ],
  registration: ['idempotencyKey', 'event', 'name', 'email', 'organisation', 'note', 'website'],
  comment: ['idempotencyKey', 'article', 'name', 'email', 'text', 'website'],
  'page-feedback': ['idempotencyKey', 'page', 'answer', 'text', 'website'],
  'tip/reply-box': ['reference', 'phrase'],
  'tip/reply-box/answer': ['reference', 'phrase', 'idempotencyKey', 'message'],
}

const JSON_HEADERS = { 'content-type': 'application/json' }
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const ONE_MEGABYTE = 'å'.repeat(512 * 1024)

/** Values that spoil any text field, each with what it is. */
const SPOILED_TEXT: [string, string][] = [
  ['a script tag', '<script>alert("x")</script> Läs detta.'],
  ['an image tag with an event handler', 'Se bilden <img src=x onerror=alert(1)> här.'],
  ['an HTML comment', 'Dold text <!-- fetch("/api/users") --> här.'],
  ['a NUL byte', 'Text med \u0000 nolltecken i.'],
  ['an escape character', 'Text med \u001b[31m terminalfärg.'],
]

/** JSON values of the wrong type for a field that takes text. */
const WRONG_TYPES: [string, unknown][] = [
  ['an object', { $gt: '' }],
  ['an array', ['a', 'b']],
  ['null', null],
]

function multipart(
  context: HostileContext,
  kind: FormKind,
  change: (fields: Record<string, FormValue | FormValue[]>) => void,
) {
  return async () => {
    const fields: Record<string, FormValue | FormValue[]> = {
      ...context.fields(kind),
      altcha: await context.captcha(),
    }
    change(fields)
    return { body: formBody(fields) }
  }
}

function json(
  context: HostileContext,
  kind: FormKind,
  change: (fields: Record<string, unknown>) => void,
) {
  return async () => {
    const fields: Record<string, unknown> = {
      ...context.fields(kind),
      altcha: await context.captcha(),
    }
    change(fields)
    return { body: JSON.stringify(fields), headers: JSON_HEADERS }
  }
}

function fieldCases(kind: FormKind): HostileCase[] {
  const cases: HostileCase[] = []
  for (const field of FIELDS[kind]) {
    if (REQUIRED[kind].includes(field)) {
      cases.push({
        name: `${kind}: without ${field}`,
        kind,
        build: (context) => multipart(context, kind, (fields) => delete fields[field])(),
      })
    }
    cases.push({
      name: `${kind}: ${field} sent twice`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => {
          fields[field] = [String(fields[field] ?? ''), String(fields[field] ?? '')]
        })(),
    })
    cases.push({
      name: `${kind}: 1 MB of text in ${field} (multipart)`,
      kind,
      build: (context) => multipart(context, kind, (fields) => (fields[field] = ONE_MEGABYTE))(),
    })
    cases.push({
      name: `${kind}: 1 MB of text in ${field} (JSON)`,
      kind,
      build: (context) => json(context, kind, (fields) => (fields[field] = ONE_MEGABYTE))(),
    })
    for (const [what, value] of SPOILED_TEXT) {
      cases.push({
        name: `${kind}: ${field} with ${what}`,
        kind,
        build: (context) => multipart(context, kind, (fields) => (fields[field] = value))(),
      })
    }
    for (const [what, value] of WRONG_TYPES) {
      cases.push({
        name: `${kind}: ${field} as ${what} (JSON)`,
        kind,
        build: (context) => json(context, kind, (fields) => (fields[field] = value))(),
      })
    }
  }
  return cases
}

function envelopeCases(kind: FormKind): HostileCase[] {
  // The reply box has no honeypot: a `website` field there is just an unknown field.
  const hasHoneypot = !(REPLY_BOX_KINDS as readonly string[]).includes(kind)
  return envelopes(kind).filter((entry) => hasHoneypot || !FILLS_HONEYPOT.test(entry.name))
}

function envelopes(kind: FormKind): HostileCase[] {
  const raw = (body: string, headers: Record<string, string>) => async () => ({ body, headers })
  return [
    {
      name: `${kind}: plain text body`,
      kind,
      build: raw('message=hej', { 'content-type': 'text/plain' }),
    },
    {
      name: `${kind}: XML body`,
      kind,
      build: raw('<tip><message>hej</message></tip>', { 'content-type': 'application/xml' }),
    },
    {
      name: `${kind}: URL-encoded body`,
      kind,
      build: raw('message=hej+hej+hej+hej', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    },
    { name: `${kind}: malformed JSON`, kind, build: raw('{"message": "hej",', JSON_HEADERS) },
    { name: `${kind}: a JSON array`, kind, build: raw('[1,2,3]', JSON_HEADERS) },
    { name: `${kind}: a JSON string`, kind, build: raw('"hej"', JSON_HEADERS) },
    { name: `${kind}: an empty JSON body`, kind, build: raw('', JSON_HEADERS) },
    {
      name: `${kind}: multipart without a boundary`,
      kind,
      build: raw('--x\r\ncontent-disposition: form-data; name="message"\r\n\r\nhej\r\n--x--', {
        'content-type': 'multipart/form-data',
      }),
    },
    {
      name: `${kind}: multipart cut off in the middle`,
      kind,
      build: raw('--b\r\ncontent-disposition: form-data; name="message"\r\n\r\nhej', {
        'content-type': 'multipart/form-data; boundary=b',
      }),
    },
    {
      name: `${kind}: without a captcha`,
      kind,
      build: (context) => multipart(context, kind, (fields) => delete fields.altcha)(),
    },
    {
      name: `${kind}: a captcha that is not base64 JSON`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => (fields.altcha = 'inte-en-lösning'))(),
    },
    {
      name: `${kind}: a captcha signed with another key`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => (fields.altcha = context.forgedCaptcha))(),
    },
    {
      name: `${kind}: a captcha that was already used`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => (fields.altcha = context.usedCaptcha))(),
    },
    {
      name: `${kind}: a filled-in honeypot`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => (fields.website = 'https://spam.example'))(),
    },
    {
      name: `${kind}: an unknown field`,
      kind,
      build: (context) => multipart(context, kind, (fields) => (fields.status = 'closed'))(),
    },
    {
      name: `${kind}: staff-only fields smuggled in as JSON`,
      kind,
      build: (context) =>
        json(context, kind, (fields) =>
          Object.assign(fields, { internalNotes: 'x', assignee: 1 }),
        )(),
    },
    {
      name: `${kind}: an idempotency key that is not a UUID`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => (fields.idempotencyKey = '../../etc/passwd'))(),
    },
    {
      name: `${kind}: the idempotency key of a submission already received`,
      kind,
      build: (context) =>
        multipart(
          context,
          kind,
          (fields) => (fields.idempotencyKey = context.acceptedKeys[kind]),
        )(),
    },
    {
      name: `${kind}: from a browser on another site`,
      kind,
      build: async (context) => ({
        ...(await multipart(context, kind, () => undefined)()),
        headers: { origin: 'https://angripare.example' },
      }),
    },
    {
      name: `${kind}: a file in a field that takes none`,
      kind,
      build: (context) =>
        multipart(context, kind, (fields) => {
          fields.message = { name: 'x.pdf', type: 'application/pdf', data: strToU8('%PDF-1.4') }
        })(),
    },
  ]
}

function pngBytes(): Uint8Array {
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
  ])
}

/** A .docx-looking archive whose media part unpacks to 60 MB of zeros from a few kilobytes. */
function zipBomb(): Uint8Array {
  const parts = unzipSync(buildDocx('Bomben.'))
  parts['word/media/image1.bin'] = new Uint8Array(60 * 1024 * 1024)
  return zipSync(parts, { level: 9 })
}

/** The tip's attachment cases, and the same files in a tipster's Svarslåda answer. */
function fileCases(): HostileCase[] {
  const cases = documentAndTipFileCases()
  const answers = cases
    .filter((entry) => entry.kind === 'tip')
    .map((entry): HostileCase => ({
      name: entry.name.replace(/^tip:/, 'tip/reply-box/answer:'),
      kind: 'tip/reply-box/answer',
      build: async (context) => {
        const built = await entry.build({ ...context, fields: () => context.fields('tip') })
        const form = built.body as FormData
        const answer = new FormData()
        for (const [name, value] of Object.entries(context.fields('tip/reply-box/answer'))) {
          answer.append(name, value)
        }
        answer.append('altcha', await context.captcha())
        for (const file of form.getAll('attachments')) answer.append('attachments', file)
        return { body: answer }
      },
    }))
  return [...cases, ...answers]
}

function documentAndTipFileCases(): HostileCase[] {
  const tipWith = (attachments: FormValue[]) => (context: HostileContext) =>
    multipart(context, 'tip', (fields) => (fields.attachments = attachments))()
  const debateWith = (document: FormValue) => (context: HostileContext) =>
    multipart(context, 'debate', (fields) => (fields.document = document))()
  const bomb = zipBomb()
  const elevenMegabytes = new Uint8Array(11 * 1024 * 1024).fill(0x25)
  return [
    {
      name: 'debate: a PNG renamed to .docx',
      kind: 'debate',
      build: debateWith({ name: 'inlagg.docx', type: WORD, data: pngBytes() }),
    },
    {
      name: 'debate: a ZIP that is not a Word document',
      kind: 'debate',
      build: debateWith({
        name: 'inlagg.docx',
        type: WORD,
        data: zipSync({ 'a.txt': strToU8('hej') }),
      }),
    },
    {
      name: 'debate: a zip bomb named .docx',
      kind: 'debate',
      build: debateWith({ name: 'inlagg.docx', type: WORD, data: bomb }),
    },
    {
      name: 'debate: a Word document over 10 MB',
      kind: 'debate',
      build: debateWith({ name: 'inlagg.docx', type: WORD, data: elevenMegabytes }),
    },
    {
      name: 'debate: two documents',
      kind: 'debate',
      build: (context) =>
        multipart(
          context,
          'debate',
          (fields) =>
            (fields.document = [
              { name: 'a.docx', type: WORD, data: buildDocx('a') },
              { name: 'b.docx', type: WORD, data: buildDocx('b') },
            ]),
        )(),
    },
    {
      name: 'debate: an empty file with a name',
      kind: 'debate',
      build: debateWith({ name: 'tom.docx', type: WORD, data: new Uint8Array(0) }),
    },
    {
      name: 'tip: a PNG renamed to .docx and truncated',
      kind: 'tip',
      build: tipWith([{ name: 'bilaga.docx', type: WORD, data: pngBytes() }]),
    },
    {
      name: 'tip: a zip bomb named .docx',
      kind: 'tip',
      build: tipWith([{ name: 'bilaga.docx', type: WORD, data: bomb }]),
    },
    {
      name: 'tip: an executable named .pdf',
      kind: 'tip',
      build: tipWith([
        {
          name: 'beslut.pdf',
          type: 'application/pdf',
          data: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(60).fill(0)]),
        },
      ]),
    },
    {
      name: 'tip: an HTML page named .pdf',
      kind: 'tip',
      build: tipWith([
        {
          name: 'beslut.pdf',
          type: 'application/pdf',
          data: strToU8('<html><script>alert(1)</script></html>'),
        },
      ]),
    },
    {
      name: 'tip: an SVG with a script named .png',
      kind: 'tip',
      build: tipWith([
        {
          name: 'bild.png',
          type: 'image/png',
          data: strToU8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        },
      ]),
    },
    {
      name: 'tip: a PDF without its end',
      kind: 'tip',
      build: tipWith([
        {
          name: 'beslut.pdf',
          type: 'application/pdf',
          data: strToU8('%PDF-1.7\n1 0 obj<<>>endobj\n'),
        },
      ]),
    },
    {
      name: 'tip: a file over 10 MB',
      kind: 'tip',
      build: tipWith([{ name: 'stor.pdf', type: 'application/pdf', data: elevenMegabytes }]),
    },
    {
      name: 'tip: six attachments',
      kind: 'tip',
      build: tipWith(
        Array.from({ length: 6 }, (_, index) => ({
          name: `b${index}.docx`,
          type: WORD,
          data: buildDocx(`bilaga ${index}`),
        })),
      ),
    },
    {
      name: 'tip: a broken JPEG',
      kind: 'tip',
      build: tipWith([
        {
          name: 'foto.jpg',
          type: 'image/jpeg',
          data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
        },
      ]),
    },
  ]
}

function articleCases(): HostileCase[] {
  const withArticle =
    (kind: SubmissionKind, article: (context: HostileContext) => string) =>
    (context: HostileContext) =>
      multipart(context, kind, (fields) => (fields.article = article(context)))()
  return (['tip', 'correction', 'comment'] as const).flatMap((kind) => [
    {
      name: `${kind}: an article id that does not exist`,
      kind,
      build: withArticle(kind, () => '987654'),
    },
    {
      name: `${kind}: the id of an unpublished draft`,
      kind,
      build: withArticle(kind, (context) => context.draftArticleId),
    },
    {
      name: `${kind}: an article id with SQL in it`,
      kind,
      build: withArticle(kind, () => "1' OR '1'='1"),
    },
    { name: `${kind}: a negative article id`, kind, build: withArticle(kind, () => '-1') },
  ])
}

/** Replies the debate form must refuse, each a 400 naming `repliesTo`. */
function repliesToCases(): HostileCase[] {
  const withTarget = (name: string, target: (context: HostileContext) => string): HostileCase => ({
    name: `debate: repliesTo ${name}`,
    kind: 'debate',
    build: (context) =>
      multipart(context, 'debate', (fields) => (fields.repliesTo = target(context)))(),
  })
  return [
    withTarget('an article id that does not exist', () => '987654'),
    withTarget('the id of an unpublished draft', (context) => context.draftArticleId),
    withTarget('a published news article, not a debate', (context) =>
      String(context.fields('tip').article),
    ),
    withTarget('a replik in a closed debate', (context) => context.closedDebateReplyId),
    withTarget('an id with SQL in it', () => "1' OR '1'='1"),
  ]
}

function semanticCases(): HostileCase[] {
  const change = (
    kind: FormKind,
    name: string,
    apply: (fields: Record<string, FormValue | FormValue[]>) => void,
  ): HostileCase => ({
    name,
    kind,
    build: (context) => multipart(context, kind, apply)(),
  })
  return [
    change(
      'tip',
      'tip: anonymous, yet with a name and contact',
      (fields) => (fields.anonymous = 'on'),
    ),
    change('tip', 'tip: a message of three characters', (fields) => (fields.message = 'hej')),
    change(
      'correction',
      'correction: an e-mail address without a domain',
      (fields) => (fields.contactEmail = 'robin@'),
    ),
    change('debate', 'debate: no text and no document', (fields) => (fields.text = '')),
    change('debate', 'debate: consent not given', (fields) => delete fields.consentToEditing),
    change(
      'debate',
      'debate: consent given as "maybe"',
      (fields) => (fields.consentToEditing = 'kanske'),
    ),
    change(
      'debate',
      'debate: a phone number made of letters',
      (fields) => (fields.phone = 'ring mig'),
    ),
    change(
      'debate',
      'debate: an e-mail address with a display name',
      (fields) => (fields.email = 'Kim <kim@example.se>'),
    ),
    change(
      'debate',
      'debate: an idempotency key in upper-case hex of the wrong version',
      (fields) => (fields.idempotencyKey = randomUUID().replace(/^(.{14})./, '$1' + '0')),
    ),
    change(
      'registration',
      'registration: an e-mail address without a domain',
      (fields) => (fields.email = 'sam@'),
    ),
    change('registration', 'registration: a name of one letter', (fields) => (fields.name = 'S')),
    change(
      'registration',
      'registration: an event id that does not exist',
      (fields) => (fields.event = '0b9f1c1e-1f2a-4c3b-8d4e-5f6a7b8c9d0e'),
    ),
    change('registration', 'registration: an event id with SQL in it', (fields) => {
      fields.event = "1' OR '1'='1"
    }),
    change(
      'page-feedback',
      'page-feedback: a text with a yes',
      (fields) => (fields.answer = 'yes'),
    ),
    change('page-feedback', 'page-feedback: an answer that is neither yes nor no', (fields) => {
      fields.answer = 'kanske'
    }),
    change('page-feedback', 'page-feedback: a page on another host', (fields) => {
      fields.page = 'https://angripare.example/sida/'
    }),
    change('page-feedback', 'page-feedback: a page with a query', (fields) => {
      fields.page = '/artikel/a/?utm_source=x'
    }),
    change('page-feedback', 'page-feedback: a page climbing out with ..', (fields) => {
      fields.page = '/../../etc/passwd'
    }),
    change('page-feedback', 'page-feedback: a page of 400 characters', (fields) => {
      fields.page = `/${'a'.repeat(400)}/`
    }),
    change('page-feedback', 'page-feedback: a text of 501 characters', (fields) => {
      fields.text = 'å'.repeat(501)
    }),
    ...REPLY_BOX_KINDS.flatMap((kind) => [
      change(kind, `${kind}: a phrase of seven words`, (fields) => {
        fields.phrase = String(fields.phrase).split(' ').slice(1).join(' ')
      }),
      change(kind, `${kind}: a reference without its prefix`, (fields) => {
        fields.reference = String(fields.reference).slice(2)
      }),
      change(kind, `${kind}: a reference with SQL in it`, (fields) => {
        fields.reference = "T-1' OR '1'='1"
      }),
      change(kind, `${kind}: a phrase of 201 characters`, (fields) => {
        fields.phrase = 'a'.repeat(201)
      }),
    ]),
    change('tip/reply-box/answer', 'tip/reply-box/answer: an empty message', (fields) => {
      fields.message = '   '
    }),
    change('tip/reply-box/answer', 'tip/reply-box/answer: an unknown reference', (fields) => {
      fields.reference = 'T-0000-0000'
    }),
  ]
}

/** Comments the endpoint must refuse for what they say or where they are sent. */
function commentCases(): HostileCase[] {
  const comment = (
    name: string,
    apply: (fields: Record<string, FormValue | FormValue[]>, context: HostileContext) => void,
  ): HostileCase => ({
    name: `comment: ${name}`,
    kind: 'comment',
    build: (context) => multipart(context, 'comment', (fields) => apply(fields, context))(),
  })
  return [
    comment('an article whose comments are closed', (fields, context) => {
      fields.article = context.closedArticleId
    }),
    comment('a name of one letter', (fields) => (fields.name = 'K')),
    comment('a name of 101 characters', (fields) => (fields.name = 'å'.repeat(101))),
    comment('a text of 2,001 characters', (fields) => (fields.text = 'å'.repeat(2001))),
    comment('a text of only spaces', (fields) => (fields.text = '   \n  ')),
    comment('an e-mail address without a domain', (fields) => (fields.email = 'kim@')),
    comment('a link made into HTML', (fields) => {
      fields.text = 'Läs <a href="https://spam.example">här</a>.'
    }),
    comment('a status of approved smuggled in', (fields) => (fields.status = 'approved')),
    comment('a moderator smuggled in', (fields) => (fields.moderatedBy = '1')),
  ]
}

/** Registrations for events the form must refuse, each a 4xx naming the event. */
function eventCases(): HostileCase[] {
  return (['draft', 'cancelled', 'past', 'closed', 'byMail'] as const).map((which) => ({
    name: `registration: an event that is ${which}`,
    kind: 'registration' as const,
    build: (context: HostileContext) =>
      multipart(context, 'registration', (fields) => {
        fields.event = context.refusedEventIds[which]
      })(),
  }))
}

/** Every hostile or malformed request, generated field by field and case by case. */
function allCases(): HostileCase[] {
  return [
    ...(
      [
        'tip',
        'correction',
        'debate',
        'registration',
        'comment',
        'page-feedback',
        ...REPLY_BOX_KINDS,
      ] as const
    ).flatMap((kind) => [...fieldCases(kind), ...envelopeCases(kind)]),
    ...fileCases(),
    ...articleCases(),
    ...repliesToCases(),
    ...semanticCases(),
    ...commentCases(),
    ...eventCases(),
  ]
}

/** Anything in the honeypot is a bot's: it is answered as accepted, so a bot learns nothing. */
const FILLS_HONEYPOT = /: (website (with|as) |a filled-in honeypot)/

/** Requests that must be refused with a 4xx and a message. */
export function hostileCases(): HostileCase[] {
  return allCases().filter((entry) => !FILLS_HONEYPOT.test(entry.name))
}

/** Requests whose only fault is a filled honeypot: answered like an accepted submission. */
export function honeypotCases(): HostileCase[] {
  return allCases().filter((entry) => FILLS_HONEYPOT.test(entry.name))
}
