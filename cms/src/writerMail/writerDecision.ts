/**
 * The decisions a writer hears about: a debate piece published (or scheduled) or declined, an
 * error report corrected or rejected. Each is mailed once (see sendDecisionEndpoint).
 */
export const WRITER_DECISIONS = ['published', 'declined', 'corrected', 'rejected'] as const
export type WriterDecision = (typeof WRITER_DECISIONS)[number]

export const writerDecisionOptions = [
  { value: 'published', label: 'Publiceras' },
  { value: 'declined', label: 'Avböjt' },
  { value: 'corrected', label: 'Rättad' },
  { value: 'rejected', label: 'Avvisad' },
] as const satisfies { value: WriterDecision; label: string }[]

/** The submissions whose writers may get mail: never tips (source protection). */
export type WriterKind = 'debate' | 'correction'

/** The decision a saved status stands for, or null while the newsroom is still working. */
export function decisionOf(
  kind: WriterKind,
  status: string | null | undefined,
): WriterDecision | null {
  if (kind === 'debate') {
    if (status === 'accepted' || status === 'published') return 'published'
    return status === 'declined' ? 'declined' : null
  }
  return status === 'corrected' || status === 'rejected' ? status : null
}
