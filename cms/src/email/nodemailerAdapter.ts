import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

import type { MailSettings } from '../env'

export interface SentMail {
  messageId: string
  /** The .eml file the message was written to, when no SMTP server is configured. */
  file?: string
}

type Send = (message: SendEmailOptions) => Promise<SentMail>

/**
 * Payload's e-mail through nodemailer: over SMTP when a server is configured, otherwise each
 * message is written as an .eml file, so a development machine or a test can open exactly what
 * would have been sent. A failure rejects, so the caller (a job) can retry.
 */
export function nodemailerAdapter(settings: MailSettings): PayloadEmailAdapter<SentMail> {
  return () => {
    const send = settings.smtp ? sendBySmtp(settings.smtp) : writeToFolder(settings.dropDir)
    return {
      name: 'nodemailer',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: (message) =>
        send({ from: { name: settings.fromName, address: settings.fromAddress }, ...message }),
    }
  }
}

function sendBySmtp(smtp: NonNullable<MailSettings['smtp']>): Send {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.isSecure,
    auth: smtp.auth,
  })
  return async (message) => {
    const info = await transport.sendMail(message)
    return { messageId: info.messageId }
  }
}

function writeToFolder(dropDir: string): Send {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  })
  return async (message) => {
    const info = await transport.sendMail(message)
    await mkdir(dropDir, { recursive: true })
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`
    const file = path.join(dropDir, name)
    // Written aside and renamed, so whoever watches the folder never opens half a message.
    await writeFile(`${file}.part`, info.message as Buffer)
    await rename(`${file}.part`, file)
    return { messageId: info.messageId, file }
  }
}
