import type { SubmissionKind } from '@redaktion/content-schemas/submissions'

import type { FieldValues } from './submissionFields'

/** What the form keeps of an unsent submission: the reader's text, never files. */
export interface Draft {
  /** Sent with every attempt, so a retry after a lost answer cannot store it twice. */
  idempotencyKey: string
  values: FieldValues
  savedAt: string
}

/** The part of `localStorage` drafts use; `null` where the browser offers none. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null

const PREFIX = 'redaktion:utkast'

/**
 * One draft per kind; an error report belongs to its article and a registration to its event,
 * so those have one per article or event (`documentId`).
 */
export function draftKey(kind: SubmissionKind, documentId?: string | null): string {
  const isPerDocument = kind === 'correction' || kind === 'registration'
  return isPerDocument && documentId ? `${PREFIX}:${kind}:${documentId}` : `${PREFIX}:${kind}`
}

/** Whether the reader has typed or ticked anything worth keeping. */
export function hasContent(values: FieldValues): boolean {
  return Object.values(values).some((value) =>
    typeof value === 'string' ? value.trim() !== '' : value,
  )
}

const isDraft = (value: unknown): value is Draft => {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return (
    typeof draft.idempotencyKey === 'string' &&
    typeof draft.savedAt === 'string' &&
    typeof draft.values === 'object' &&
    draft.values !== null &&
    Object.values(draft.values).every(
      (field) => typeof field === 'string' || typeof field === 'boolean',
    )
  )
}

/** The stored draft, or `null` when there is none or it cannot be read. */
export function loadDraft(storage: DraftStorage, key: string): Draft | null {
  try {
    const raw = storage?.getItem(key)
    if (!raw) return null
    const draft: unknown = JSON.parse(raw)
    return isDraft(draft) ? draft : null
  } catch {
    return null
  }
}

/**
 * Keeps the reader's text; an empty form leaves no draft behind. Returns whether it was stored
 * (a full or blocked storage must not stop anyone from sending).
 */
export function saveDraft(storage: DraftStorage, key: string, draft: Draft): boolean {
  try {
    if (!storage) return false
    if (hasContent(draft.values)) storage.setItem(key, JSON.stringify(draft))
    else storage.removeItem(key)
    return true
  } catch {
    return false
  }
}

export function clearDraft(storage: DraftStorage, key: string): void {
  try {
    storage?.removeItem(key)
  } catch {
    // Nothing to clear where there is no storage.
  }
}
