import { describe, expect, it } from 'vitest'

import { validateSubmission } from './validateSubmission'

const KEY = '3f1c8a52-6a0e-4b8e-9d7c-2f4a5b6c7d8e'
const debate = {
  idempotencyKey: KEY,
  website: '',
  title: 'Ge oss tid att göra rätt',
  authorName: 'Anna Andersson',
  signature: 'handläggare, Försäkringskassan',
  email: 'anna@exempel.se',
  phone: '070-123 45 67',
  consentToEditing: 'true',
}

describe('validateSubmission', () => {
  it('asks for a debate piece’s text when there is no Word document', () => {
    expect(validateSubmission({ kind: 'debate', fields: debate, files: [] })).toEqual([
      { field: 'text', message: 'Text: skriv inlägget här eller bifoga det som Word-dokument.' },
    ])
  })

  it('takes a debate piece with a Word document instead of text', () => {
    const document = { name: 'inlagg.docx', size: 2000, type: '' }
    expect(validateSubmission({ kind: 'debate', fields: debate, files: [document] })).toEqual([])
  })

  it('reports the schema’s messages and the files’ problems together', () => {
    const errors = validateSubmission({
      kind: 'tip',
      fields: { idempotencyKey: KEY, website: '', message: 'kort' },
      files: [{ name: 'virus.exe', size: 10, type: '' }],
    })
    expect(errors.map((error) => error.field)).toEqual(['message', 'attachments'])
    expect(errors[0]?.message).toBe('Meddelande måste vara minst 10 tecken.')
  })
})
