import { describe, expect, it } from 'vitest'

import { reviewMail } from './reviewMail'

const common = {
  title: 'Myndigheten sparar',
  actor: 'Eva Redaktör',
  editUrl: 'https://cms.example.se/admin/collections/articles/abc',
}

describe('reviewMail', () => {
  it('tells the editors of a hand-in with the link only', () => {
    const mail = reviewMail({
      event: 'submitted',
      ...common,
      actor: 'Jon Journalist',
      note: 'Hemligt',
    })
    expect(mail.subject).toBe('Klar för granskning: Myndigheten sparar')
    expect(mail.text).toBe(
      [
        'Jon Journalist har skickat artikeln ”Myndigheten sparar” för granskning.',
        '',
        'Öppna artikeln (inloggning krävs):',
        'https://cms.example.se/admin/collections/articles/abc',
        '',
        'Artikelns text och kommentarerna finns bara i CMS:et.',
        '',
      ].join('\n'),
    )
  })

  it('quotes the note of a return and the time of a scheduled approval', () => {
    expect(reviewMail({ event: 'returned', ...common, note: 'Korta ingressen.' }).text).toContain(
      'Anteckning:\nKorta ingressen.\n',
    )
    const approved = reviewMail({
      event: 'approved',
      ...common,
      publishAt: '2026-12-03T07:30:00.000Z',
    })
    expect(approved.subject).toBe('Godkänd: Myndigheten sparar')
    expect(approved.text).toContain('Den publiceras 3 december 2026 kl. 08:30.')
    expect(approved.text).not.toContain('Anteckning')
  })
})
