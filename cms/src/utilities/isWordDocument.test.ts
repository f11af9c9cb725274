import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildDocx } from '../../tests/helpers/buildDocx'
import { isWordDocument } from './isWordDocument'

describe('isWordDocument', () => {
  it('accepts a minimal Word document', () => {
    expect(isWordDocument(buildDocx('Hej redaktionen'))).toBe(true)
  })

  it('rejects a PNG, whatever its name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
    expect(isWordDocument(png)).toBe(false)
  })

  it('rejects a ZIP archive that is not a Word document', () => {
    const zip = zipSync({ 'readme.txt': strToU8('inte ett dokument') })
    expect(isWordDocument(zip)).toBe(false)
  })

  it('rejects a spreadsheet that has content types but no Word main part', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    })
    expect(isWordDocument(xlsx)).toBe(false)
  })

  it('rejects a truncated archive', () => {
    expect(isWordDocument(buildDocx('Hej').slice(0, 60))).toBe(false)
  })
})
