import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'

import type { DemoSlide } from './demoTypes'

// A4 landscape, in points.
const WIDTH = 842
const HEIGHT = 595
const MARGIN = 60
const INK = rgb(0.13, 0.13, 0.2)
const ACCENT = rgb(0.55, 0.2, 0.45)

/** Splits a text into lines that fit `width` at `size` in the font. */
function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && measure(candidate) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A real PDF of a slide deck (one landscape page per slide, a heading and bullet points), as
 * an event's presentation. Standard fonts with WinAnsi encoding cover Swedish letters.
 */
export async function createPresentation({
  title,
  slides,
  footer,
}: {
  title: string
  slides: DemoSlide[]
  footer: string
}): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setLanguage('sv-SE')
  pdf.setAuthor('Redaktion')
  pdf.setCreator('Redaktion demo')
  // Fixed dates: the same slides make the same file.
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'))
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  for (const [index, slide] of slides.entries()) {
    const page = pdf.addPage([WIDTH, HEIGHT])
    page.drawRectangle({ x: 0, y: HEIGHT - 18, width: WIDTH, height: 18, color: ACCENT })
    let y = HEIGHT - MARGIN - 30
    for (const line of wrap(slide.heading, WIDTH - 2 * MARGIN, (text) =>
      bold.widthOfTextAtSize(text, 30),
    )) {
      page.drawText(line, { x: MARGIN, y, size: 30, font: bold, color: INK })
      y -= 38
    }
    y -= 20
    for (const point of slide.points) {
      const lines = wrap(point, WIDTH - 2 * MARGIN - 30, (text) =>
        regular.widthOfTextAtSize(text, 20),
      )
      page.drawCircle({ x: MARGIN + 8, y: y + 7, size: 4, color: ACCENT })
      for (const line of lines) {
        page.drawText(line, { x: MARGIN + 30, y, size: 20, font: regular, color: INK })
        y -= 28
      }
      y -= 12
    }
    page.drawText(`${footer} · ${index + 1} av ${slides.length}`, {
      x: MARGIN,
      y: 30,
      size: 11,
      font: regular,
      color: INK,
    })
  }
  return Buffer.from(await pdf.save())
}
