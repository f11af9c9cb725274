import { describe, expect, it } from 'vitest'

import { documentLabel, fileTypeName, formatFileSize } from './documents'

describe('formatFileSize', () => {
  it('gives megabytes in binary units with one decimal and a decimal comma', () => {
    expect(formatFileSize(2.1 * 1024 * 1024)).toBe('2,1 MB')
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25 MB')
    expect(formatFileSize(1024 * 1024)).toBe('1 MB')
    expect(formatFileSize(1.96 * 1024 * 1024)).toBe('2 MB')
  })

  it('gives kilobytes without decimals and small files in bytes', () => {
    expect(formatFileSize(340 * 1024 + 100)).toBe('340 kB')
    expect(formatFileSize(1024)).toBe('1 kB')
    expect(formatFileSize(900)).toBe('900 byte')
  })

  it('gives nothing for a size that is no size', () => {
    expect(formatFileSize(-1)).toBe('')
    expect(formatFileSize(Number.NaN)).toBe('')
  })
})

describe('fileTypeName', () => {
  it('names known types, and others by their extension', () => {
    expect(fileTypeName({ mimeType: 'application/pdf' })).toBe('PDF')
    expect(fileTypeName({ mimeType: 'video/webm' })).toBe('WebM')
    expect(fileTypeName({ mimeType: 'application/x-unknown', filename: 'data.csv' })).toBe('CSV')
    expect(fileTypeName({})).toBeUndefined()
  })
})

describe('documentLabel', () => {
  it('reads "Presentation (PDF, 2,1 MB)"', () => {
    expect(
      documentLabel({
        title: 'Presentation',
        mimeType: 'application/pdf',
        filesize: Math.round(2.1 * 1024 * 1024),
      }),
    ).toBe('Presentation (PDF, 2,1 MB)')
  })

  it('leaves out what is unknown', () => {
    expect(documentLabel({ title: 'Rapport', mimeType: 'application/pdf' })).toBe('Rapport (PDF)')
    expect(documentLabel({ title: 'Rapport' })).toBe('Rapport')
    expect(documentLabel({ title: ' ', filename: 'rapport.pdf', filesize: 2048 })).toBe(
      'rapport.pdf (PDF, 2 kB)',
    )
  })
})
