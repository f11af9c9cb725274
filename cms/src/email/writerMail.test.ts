import { describe, expect, it } from 'vitest'

import { swedishDay, writerDecisionMail, writerReceiptMail } from './writerMail'

const now = new Date('2027-04-20T10:00:00Z')
const reference = 'D-4K7Q-9XZM'

describe('writerReceiptMail', () => {
  it('names the debate piece by its title, gives the reference and what happens next', () => {
    const { subject, text } = writerReceiptMail({
      kind: 'debate',
      reference,
      title: 'Lita på de anställda',
      receivedAt: '2027-04-20T08:05:00Z',
    })
    expect(subject).toBe('Vi har tagit emot ditt debattinlägg ”Lita på de anställda”')
    expect(text).toContain('Din referens: D-4K7Q-9XZM')
    expect(text).toContain('Mottaget: 20 april 2027 kl. 10:05')
    expect(text).toMatch(/Vad händer nu\? En redaktör läser inlägget/)
    expect(text).toMatch(/Svara på det här mejlet/)
  })

  it('names an error report by the article’s title', () => {
    const { subject, text } = writerReceiptMail({
      kind: 'correction',
      reference,
      articleTitle: 'Reformen som stannade',
      receivedAt: '2027-04-20T08:05:00Z',
    })
    expect(subject).toBe('Vi har tagit emot din felanmälan om ”Reformen som stannade”')
    expect(text).toMatch(/Vi granskar uppgifterna i artikeln/)
  })
})

describe('writerDecisionMail', () => {
  it('gives a scheduled debate piece its Stockholm day, and the editor’s message', () => {
    const { subject, text } = writerDecisionMail({
      decision: 'published',
      reference,
      title: 'Lita på de anställda',
      // 22:30 UTC on 2 May is already 3 May in Stockholm.
      publishAt: '2027-05-02T22:30:00Z',
      isPublished: false,
      message: 'Vi har kortat andra stycket.',
      now,
    })
    expect(subject).toBe('Vi publicerar ditt inlägg ”Lita på de anställda”')
    expect(text).toContain('Vi publicerar ditt inlägg den 3 maj.')
    expect(text).toContain('Meddelande från redaktionen:\nVi har kortat andra stycket.')
    expect(text).toContain('Din referens: D-4K7Q-9XZM')
  })

  it('links a published debate piece and leaves out an empty message', () => {
    const { text } = writerDecisionMail({
      decision: 'published',
      reference,
      title: 'Lita på de anställda',
      publishAt: '2027-04-19T06:00:00Z',
      isPublished: true,
      articleUrl: 'https://tidning.example/artikel/lita-pa-de-anstallda/',
      message: '  ',
      now,
    })
    expect(text).toContain('Vi har publicerat ditt inlägg ”Lita på de anställda” den 19 april.')
    expect(text).toContain('https://tidning.example/artikel/lita-pa-de-anstallda/')
    expect(text).not.toContain('Meddelande från redaktionen')
  })

  it('declines, corrects and rejects in plain Swedish', () => {
    const common = { reference, now }
    expect(
      writerDecisionMail({ ...common, decision: 'declined', title: 'Lita på de anställda' }).text,
    ).toContain('Vi avstår från att publicera ditt inlägg ”Lita på de anställda”.')
    const corrected = writerDecisionMail({
      ...common,
      decision: 'corrected',
      articleTitle: 'Reformen som stannade',
      articleUrl: 'https://tidning.example/artikel/reformen/',
    })
    expect(corrected.subject).toBe('Vi har rättat artikeln ”Reformen som stannade”')
    expect(corrected.text).toContain(
      'Rättelsen står på artikeln:\nhttps://tidning.example/artikel/reformen/',
    )
    const rejected = writerDecisionMail({
      ...common,
      decision: 'rejected',
      articleTitle: 'Reformen som stannade',
    })
    expect(rejected.text).toContain(
      'Vi har granskat artikeln ”Reformen som stannade” och gör ingen rättelse.',
    )
  })
})

describe('swedishDay', () => {
  it('adds the year only when it is not the current one in Stockholm', () => {
    expect(swedishDay('2027-05-03T08:00:00Z', now)).toBe('3 maj')
    expect(swedishDay('2027-12-31T23:30:00Z', now)).toBe('1 januari 2028')
  })
})
