import { SUBMISSION_LIMITS } from '@redaktion/content-schemas/submissions'
import { describe, expect, it } from 'vitest'

import { checkFiles } from './fileChecks'

const file = (name: string, size = 1000, type = '') => ({ name, size, type })

describe('checkFiles', () => {
  it('accepts up to five tip attachments of the allowed types', () => {
    const files = [
      file('a.pdf', 10, 'application/pdf'),
      file('b.JPG', 10, 'image/jpeg'),
      file('c.png'),
      file('d.webp'),
      file('e.docx'),
    ]
    expect(checkFiles('tip', files)).toEqual([])
  })

  it('refuses a sixth attachment', () => {
    const files = Array.from({ length: 6 }, (_, index) => file(`${index}.pdf`))
    expect(checkFiles('tip', files)).toEqual([
      { field: 'attachments', message: 'Bilagor: välj högst 5 filer.' },
    ])
  })

  it('refuses a file over 10 MB, naming it', () => {
    const [error] = checkFiles('tip', [file('stor.pdf', SUBMISSION_LIMITS.fileBytes + 1)])
    expect(error).toEqual({
      field: 'attachments',
      message: 'Bilagor: filen ”stor.pdf” är större än 10 MB.',
    })
  })

  it('refuses a type that is not allowed, by name or by the browser’s guess', () => {
    expect(checkFiles('tip', [file('program.exe')])[0]?.message).toMatch(/”program.exe” går inte/)
    expect(checkFiles('tip', [file('bild.png', 10, 'image/gif')])).toHaveLength(1)
  })

  it('refuses an empty file', () => {
    expect(checkFiles('tip', [file('tom.pdf', 0)])[0]?.message).toBe(
      'Bilagor: filen ”tom.pdf” är tom.',
    )
  })

  it('takes only a .docx as a debate piece’s document', () => {
    expect(checkFiles('debate', [file('inlagg.docx')])).toEqual([])
    expect(checkFiles('debate', [file('inlagg.pdf')])).toEqual([
      {
        field: 'document',
        message: 'Word-dokument: filen ”inlagg.pdf” går inte att skicka. Välj Word (.docx).',
      },
    ])
  })

  it('has nothing to check for an error report', () => {
    expect(checkFiles('correction', [file('x.exe')])).toEqual([])
  })
})
