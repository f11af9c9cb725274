import { describe, expect, it } from 'vitest'

import {
  buildSubmissionFormData,
  readerFieldsOf,
  submissionEndpoint,
  submissionFields,
} from './submissionFields'

const KEY = '3f1c8a52-6a0e-4b8e-9d7c-2f4a5b6c7d8e'

describe('readerFieldsOf', () => {
  it('lists what a reader fills in, without the fields the form adds itself', () => {
    expect(readerFieldsOf('tip')).toEqual(['message', 'anonymous', 'name', 'contact'])
    expect(readerFieldsOf('debate')).not.toContain('hasDocument')
    expect(readerFieldsOf('correction')).not.toContain('article')
    expect(readerFieldsOf('registration')).toEqual(['name', 'email', 'organisation', 'note'])
  })
})

describe('submissionFields', () => {
  it('carries the event of a registration, and leaves an empty note out', () => {
    const fields = submissionFields({
      kind: 'registration',
      values: { name: 'Sara Lind', email: 'sara@exempel.se', organisation: '', note: ' ' },
      idempotencyKey: KEY,
      website: '',
      articleId: '65f1c2a9e4b0a1b2c3d4e5f6',
      eventId: '65f1c2a9e4b0a1b2c3d4e5f7',
    })
    expect(fields).toEqual({
      idempotencyKey: KEY,
      website: '',
      event: '65f1c2a9e4b0a1b2c3d4e5f7',
      name: 'Sara Lind',
      email: 'sara@exempel.se',
    })
  })

  it('sends no name or contact at all for an anonymous tip, even if they were typed', () => {
    const fields = submissionFields({
      kind: 'tip',
      values: { message: 'Chefen läcker', anonymous: true, name: 'Anna', contact: '070-1' },
      idempotencyKey: KEY,
      website: '',
      articleId: '4ce7a6d9-cba8-4b5d-90fd-2a5a974d3216',
    })
    expect(fields).toEqual({
      idempotencyKey: KEY,
      website: '',
      article: '4ce7a6d9-cba8-4b5d-90fd-2a5a974d3216',
      message: 'Chefen läcker',
      anonymous: 'true',
    })
  })

  it('sends the name and contact of a tip that is not anonymous', () => {
    const fields = submissionFields({
      kind: 'tip',
      values: { message: 'Hej', anonymous: false, name: 'Anna', contact: 'anna@exempel.se' },
      idempotencyKey: KEY,
      website: '',
    })
    expect(fields).toMatchObject({ name: 'Anna', contact: 'anna@exempel.se' })
    expect(fields).not.toHaveProperty('anonymous')
    expect(fields).not.toHaveProperty('article')
  })

  it('leaves out empty optional fields and fields of other kinds', () => {
    const fields = submissionFields({
      kind: 'correction',
      values: {
        whatIsWrong: 'Fel år',
        whatIsRight: '2025',
        source: 'SCB',
        contactName: ' ',
        message: 'x',
      },
      idempotencyKey: KEY,
      website: '',
      articleId: '65f1c2a9e4b0a1b2c3d4e5f6',
    })
    expect(Object.keys(fields).sort()).toEqual(
      ['article', 'idempotencyKey', 'source', 'website', 'whatIsRight', 'whatIsWrong'].sort(),
    )
  })

  it('never gives a debate piece an article, which its schema does not know', () => {
    const fields = submissionFields({
      kind: 'debate',
      values: { title: 'Rubrik', consentToEditing: true },
      idempotencyKey: KEY,
      website: '',
      articleId: '65f1c2a9e4b0a1b2c3d4e5f6',
    })
    expect(fields).toEqual({
      idempotencyKey: KEY,
      website: '',
      title: 'Rubrik',
      consentToEditing: 'true',
    })
  })
})

describe('buildSubmissionFormData', () => {
  it('repeats the attachments field once per file and adds the captcha payload', () => {
    const files = [new File(['a'], 'a.pdf'), new File(['b'], 'b.png')]
    const body = buildSubmissionFormData({
      kind: 'tip',
      fields: { idempotencyKey: KEY, message: 'Hej' },
      files,
      altcha: 'payload',
    })
    expect(body.get('message')).toBe('Hej')
    expect(body.get('altcha')).toBe('payload')
    expect(body.getAll('attachments').map((file) => (file as File).name)).toEqual([
      'a.pdf',
      'b.png',
    ])
    expect(body.has('hasDocument')).toBe(false)
  })

  it('sends a debate piece’s Word file as document and no files for an error report', () => {
    const docx = new File(['x'], 'inlagg.docx')
    const debate = buildSubmissionFormData({
      kind: 'debate',
      fields: {},
      files: [docx],
      altcha: 'p',
    })
    expect((debate.get('document') as File).name).toBe('inlagg.docx')
    const report = buildSubmissionFormData({
      kind: 'correction',
      fields: {},
      files: [docx],
      altcha: 'p',
    })
    expect([...report.keys()]).toEqual(['altcha'])
  })
})

describe('submissionEndpoint', () => {
  it('posts each kind to its own endpoint', () => {
    expect(submissionEndpoint('http://cms.test', 'correction')).toBe(
      'http://cms.test/api/submissions/correction',
    )
  })
})
