import { randomUUID } from 'node:crypto'

import { ActionError, editorAction } from '../endpoints/editorAction'
import { debatePublication } from './debatePublication'
import { SEND_WRITER_MAIL } from './sendWriterMail'
import { decisionOf, type WriterKind } from './writerDecision'

const when = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
})

/**
 * "Mejla beslutet": `POST /api/<debate-submissions|corrections>/:id/send-decision` mails the
 * saved decision (the status) and the saved "Meddelande till …" to the writer, once per
 * decision. A status change alone mails nothing. The record (decision, time, a fresh token) is
 * written before the job is queued, and the job sends only while the record names its token,
 * so two clicks at once still make one mail.
 */
export function sendDecisionEndpoint(kind: WriterKind) {
  const collection = kind === 'debate' ? 'debate-submissions' : 'corrections'
  const writer = kind === 'debate' ? 'skribenten' : 'anmälaren'
  return editorAction({
    action: 'send-decision',
    run: async ({ id, req }) => {
      const { payload } = req
      const doc = await payload.findByID({
        collection,
        id,
        depth: 0,
        req,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!doc) throw new ActionError(404, 'Bidraget finns inte längre.')
      const decision = decisionOf(kind, doc.status)
      if (!decision) {
        throw new ActionError(
          409,
          kind === 'debate'
            ? 'Sätt statusen till Antagen, Publicerad eller Avböjd och spara innan du mejlar beslutet.'
            : 'Sätt statusen till Rättad eller Avvisad och spara innan du mejlar beslutet.',
        )
      }
      const address = 'email' in doc ? doc.email : doc.contactEmail
      if (!address) {
        throw new ActionError(409, 'Anmälaren lämnade ingen e-postadress, så vi kan inte mejla.')
      }
      if (doc.decisionMailed === decision && doc.decisionMailedAt) {
        throw new ActionError(
          409,
          `Beslutet mejlades redan till ${writer} ${when.format(new Date(doc.decisionMailedAt))}. Varje beslut mejlas en gång.`,
        )
      }
      if (kind === 'debate' && decision === 'published') {
        const article = 'article' in doc ? doc.article : null
        const articleId = typeof article === 'object' && article ? article.id : article
        if (!(await debatePublication(req, articleId ?? null))) {
          throw new ActionError(
            409,
            'Inläggets artikel har inget publiceringsdatum än. Publicera eller schemalägg artikeln först.',
          )
        }
      }
      const token = randomUUID()
      const updated = await payload.update({
        collection,
        id,
        data: {
          decisionMailed: decision,
          decisionMailedAt: new Date().toISOString(),
          decisionMailToken: token,
        },
        depth: 0,
        req,
        overrideAccess: true,
      })
      await payload.jobs.queue({
        task: SEND_WRITER_MAIL,
        input: { kind, reference: String(doc.reference), mail: 'decision', token },
        req,
      })
      const { decisionMailToken: _token, ...answer } = updated as typeof updated & {
        decisionMailToken?: string
      }
      return { message: `Beslutet är på väg till ${writer}.`, doc: answer }
    },
  })
}
