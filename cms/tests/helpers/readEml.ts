import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface Eml {
  file: string
  /** Header names lower-cased, encoded words decoded. */
  headers: Record<string, string>
  /** The plain-text body, transfer encoding undone. */
  text: string
}

/** The .eml files the CMS wrote without SMTP, oldest first. */
export function readMailFolder(dataDir: string): Eml[] {
  const dir = path.join(dataDir, 'mail')
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.eml'))
  } catch {
    return []
  }
  return names.sort().map((name) => readEml(path.join(dir, name)))
}

/** Reads a single-part text message as nodemailer writes it (quoted-printable or 7bit). */
export function readEml(file: string): Eml {
  const raw = readFileSync(file, 'utf8')
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim())
  }
  const isQuotedPrintable = /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '')
  return { file, headers, text: isQuotedPrintable ? decodeQuotedPrintable(body) : body }
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3)
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      index += 2
    } else {
      bytes.push(...Buffer.from(joined[index] ?? ''))
    }
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n')
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}
