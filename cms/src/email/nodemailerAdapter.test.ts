import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { type AddressInfo, createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import type { MailSettings } from '../env'
import { nodemailerAdapter } from './nodemailerAdapter'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function settings(overrides: Partial<MailSettings> = {}): MailSettings {
  const dropDir = mkdtempSync(path.join(tmpdir(), 'redaktion-mail-'))
  cleanups.push(() => rmSync(dropDir, { recursive: true, force: true }))
  return {
    fromAddress: 'redaktion@example.se',
    fromName: 'Redaktion',
    newsdeskAddress: 'desk@example.se',
    dropDir,
    ...overrides,
  }
}

const adapterFor = (mail: MailSettings) => nodemailerAdapter(mail)({ payload: {} as Payload })

/** Just enough SMTP to take one message; `failFirst` answers the first MAIL FROM with a 451. */
async function fakeSmtpServer({ failFirst = false } = {}) {
  const received: string[] = []
  let isFailing = failFirst
  const server: Server = createServer((socket) => {
    let data: string | null = null
    socket.write('220 fake ESMTP\r\n')
    socket.on('data', (chunk) => {
      for (const line of chunk.toString('utf8').split('\r\n').slice(0, -1)) {
        if (data !== null) {
          if (line === '.') {
            received.push(data)
            data = null
            socket.write('250 2.0.0 queued\r\n')
          } else {
            data += `${line}\n`
          }
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 fake\r\n')
        else if (/^MAIL FROM/i.test(line) && isFailing) {
          isFailing = false
          socket.write('451 4.3.0 try again later\r\n')
        } else if (/^(MAIL FROM|RCPT TO|RSET)/i.test(line)) socket.write('250 OK\r\n')
        else if (/^DATA/i.test(line)) {
          data = ''
          socket.write('354 go ahead\r\n')
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n')
        else socket.write('502 not implemented\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => server.close())
  return { port: (server.address() as AddressInfo).port, received }
}

describe('nodemailerAdapter', () => {
  it('writes the raw message as an .eml file when no SMTP server is configured', async () => {
    const mail = settings()
    const sent = await adapterFor(mail).sendEmail({
      to: 'desk@example.se',
      subject: 'Nytt tips T-1',
      text: 'Hej',
    })
    const files = readdirSync(mail.dropDir)
    expect(files).toHaveLength(1)
    expect(sent.file).toBe(path.join(mail.dropDir, files[0]!))
    const raw = readFileSync(sent.file!, 'utf8')
    expect(raw).toMatch(/^From: Redaktion <redaktion@example\.se>\r$/m)
    expect(raw).toMatch(/^To: desk@example\.se\r$/m)
    expect(raw).toMatch(/^Subject: Nytt tips T-1\r$/m)
    expect(raw).toContain(`Message-ID: ${sent.messageId}`)
  })

  it('sends over SMTP when a host is configured, and rejects when the server refuses', async () => {
    const smtp = await fakeSmtpServer({ failFirst: true })
    const adapter = adapterFor(
      settings({ smtp: { host: '127.0.0.1', port: smtp.port, isSecure: false } }),
    )
    const message = { to: 'desk@example.se', subject: 'Ny felanmälan R-1', text: 'Hej' }

    await expect(adapter.sendEmail(message)).rejects.toThrow(/451/)
    const sent = await adapter.sendEmail(message)
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0]).toContain(`Message-ID: ${sent.messageId}`)
    expect(smtp.received[0]).toMatch(/^Subject: =\?UTF-8\?Q\?Ny_felanm=C3=A4lan_R-1\?=$/m)
  })
})
