import type { Payload } from 'payload'

import type { MailContent } from './submissionMail'

/**
 * Sends one plain-text mail to a reader (a registrant, a debate writer, an error reporter), with
 * replies going to the news desk. A failure throws, so the job is retried; neither the log nor
 * the error the job keeps carries the address (an SMTP refusal often quotes it).
 */
export async function sendReaderMail({
  payload,
  to,
  newsdeskAddress,
  mail,
  label,
}: {
  payload: Payload
  to: string
  newsdeskAddress: string
  mail: MailContent
  /** Names the mail in the log: "Registrant mail for A-7K2M", never the address. */
  label: string
}): Promise<{ messageId: string | null }> {
  try {
    const sent = (await payload.sendEmail({ to, replyTo: newsdeskAddress, ...mail })) as {
      messageId?: string
    }
    return { messageId: sent?.messageId ?? null }
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replaceAll(
      to,
      '<mottagaren>',
    )
    payload.logger.error(`${label} failed: ${reason}`)
    // No `cause`: the job stores its error, and the original may quote the address.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`${label} failed; it will be retried: ${reason}`)
  }
}
