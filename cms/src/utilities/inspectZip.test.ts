import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildDocx } from '../../tests/helpers/buildDocx'
import { inspectZip, withoutDocumentProperties } from './inspectZip'

describe('inspectZip', () => {
  it('finds an ordinary Word document safe', () => {
    expect(inspectZip(buildDocx('Hej'))).toEqual({ isSafe: true })
  })

  it('refuses an archive that unpacks to far more than it weighs', () => {
    const bomb = zipSync({ 'word/media/big.bin': new Uint8Array(20 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(100 * 1024)
    expect(inspectZip(bomb)).toMatchObject({ isSafe: false })
  })

  it('refuses bytes that are not an archive', () => {
    expect(inspectZip(strToU8('PK\u0003\u0004 trasig'))).toMatchObject({ isSafe: false })
  })
})

describe('withoutDocumentProperties', () => {
  it('empties the author and company properties and keeps the text', () => {
    const parts = unzipSync(buildDocx('Internt mejl'))
    parts['docProps/core.xml'] = strToU8(
      '<cp:coreProperties><dc:creator>Anna Källa</dc:creator></cp:coreProperties>',
    )
    parts['docProps/app.xml'] = strToU8('<Properties><Company>Verket</Company></Properties>')
    const cleaned = unzipSync(withoutDocumentProperties(zipSync(parts)))
    const text = (name: string) => new TextDecoder().decode(cleaned[name])
    expect(text('docProps/core.xml')).not.toContain('Anna')
    expect(text('docProps/app.xml')).not.toContain('Verket')
    expect(text('word/document.xml')).toContain('Internt mejl')
  })
})
