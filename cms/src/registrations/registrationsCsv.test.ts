import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { CSV_COLUMNS, registrationsCsv, type CsvRegistration } from './registrationsCsv'

const row = (change: Partial<CsvRegistration>): CsvRegistration => ({
  reference: 'A-0000-0001',
  name: 'Åsa Öberg',
  email: 'asa@example.se',
  organisation: null,
  note: null,
  status: 'confirmed',
  createdAt: '2027-05-01T08:00:00.000Z',
  ...change,
})

describe('registrationsCsv', () => {
  it('starts with a byte-order mark and separates by semicolons for Swedish Excel', () => {
    const csv = registrationsCsv([row({})])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`)
  })

  it('survives semicolons, quotes and line breaks, and defuses formulas', () => {
    const csv = registrationsCsv([
      row({
        name: '=HYPERLINK("https://angripare.example";"Klicka")',
        organisation: 'Region; "Skåne"',
        note: 'Vegetarisk\nrullstol',
        email: '+46@example.se',
      }),
    ])
    const [header, record] = parse(csv, { bom: true, delimiter: ';' }) as string[][]
    expect(header).toEqual(CSV_COLUMNS)
    expect(record).toEqual([
      'Anmäld',
      `'=HYPERLINK("https://angripare.example";"Klicka")`,
      `'+46@example.se`,
      'Region; "Skåne"',
      'Vegetarisk\nrullstol',
      '2027-05-01 10:00',
      'A-0000-0001',
    ])
  })

  it('lists the places first, then the waiting list in order, then cancellations', () => {
    const csv = registrationsCsv([
      row({ name: 'Avbokad', status: 'cancelled' }),
      row({ name: 'Köar två', status: 'waitlisted', createdAt: '2027-05-03T08:00:00.000Z' }),
      row({ name: 'Köar ett', status: 'waitlisted', createdAt: '2027-05-02T08:00:00.000Z' }),
      row({ name: 'Har plats' }),
    ])
    const records = parse(csv, { bom: true, delimiter: ';', from_line: 2 }) as string[][]
    expect(records.map((record) => record[1])).toEqual([
      'Har plats',
      'Köar ett',
      'Köar två',
      'Avbokad',
    ])
  })
})
