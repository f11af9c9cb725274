import { describe, expect, it } from 'vitest'

import { submissionMail } from './submissionMail'

const common = {
  reference: 'T-4K7Q-9XZM',
  receivedAt: '2026-11-23T16:05:00.000Z',
  editUrl: 'https://cms.example.se/admin/collections/tips/7',
}

describe('submissionMail', () => {
  it('gives a tip only its reference, Swedish time and admin link', () => {
    const mail = submissionMail({ kind: 'tip', ...common })
    expect(mail.subject).toBe('Nytt tips T-4K7Q-9XZM')
    expect(mail.text).toBe(
      [
        'Ett nytt tips har kommit in.',
        '',
        'Referens: T-4K7Q-9XZM',
        'Mottaget: 23 november 2026 kl. 17:05',
        '',
        'Öppna i redaktionens inkorg (inloggning krävs):',
        'https://cms.example.se/admin/collections/tips/7',
        '',
        'Av källskyddsskäl står varken tipset eller något om avsändaren i det här mejlet.',
        '',
      ].join('\n'),
    )
  })

  it('names the article an error report is about', () => {
    const mail = submissionMail({
      kind: 'correction',
      ...common,
      reference: 'R-AAAA-BBBB',
      articleTitle: 'Myndigheten sparar',
    })
    expect(mail.subject).toBe('Ny felanmälan R-AAAA-BBBB')
    expect(mail.text).toContain('Mottagen: 23 november 2026 kl. 17:05')
    expect(mail.text).toContain('Gäller artikeln: Myndigheten sparar')
  })

  it('gives a debate piece its title', () => {
    const mail = submissionMail({ kind: 'debate', ...common, title: 'Låt tilliten växa' })
    expect(mail.subject).toBe('Nytt debattinlägg T-4K7Q-9XZM')
    expect(mail.text).toContain('Rubrik: Låt tilliten växa')
  })
})
