import { describe, expect, it } from 'vitest'

import { buildPdf } from '../../tests/helpers/buildMedia'
import { hasPdfFrame, isPdfDocument } from './isPdfDocument'

describe('isPdfDocument', () => {
  it('accepts a real PDF', async () => {
    expect(await isPdfDocument(await buildPdf())).toBe(true)
  })

  it('refuses an HTML page named .pdf', async () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>'.repeat(4))
    expect(await isPdfDocument(html)).toBe(false)
  })

  it('refuses a file that only starts like a PDF', async () => {
    const fake = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(200)}\n%%EOF\n`)
    expect(hasPdfFrame(fake)).toBe(true)
    expect(await isPdfDocument(fake)).toBe(false)
  })

  it('refuses a PDF cut off before its end', async () => {
    const pdf = await buildPdf()
    expect(await isPdfDocument(pdf.subarray(0, Math.floor(pdf.length / 2)))).toBe(false)
  })
})
