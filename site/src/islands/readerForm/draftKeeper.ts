import type { SubmissionKind } from '@redaktion/content-schemas/submissions'

import {
  clearDraft,
  draftKey,
  loadDraft,
  saveDraft,
  type Draft,
  type DraftStorage,
} from '../../lib/submissions/drafts'
import { readValues, writeValues } from './formValues'

function localStorageOrNull(): DraftStorage {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * Keeps each kind's text in `localStorage` until the CMS has accepted it, with one idempotency
 * key per draft: every attempt at sending the same draft carries the same key, so a retry after
 * a lost answer is recognised and stored once.
 */
export function createDraftKeeper({
  groups,
  articleId,
  eventId,
}: {
  groups: Map<SubmissionKind, HTMLElement>
  articleId: string | null
  eventId: string | null
}) {
  const storage = localStorageOrNull()
  const keys = new Map<SubmissionKind, string>()
  const storageKey = (kind: SubmissionKind) =>
    draftKey(kind, kind === 'registration' ? eventId : articleId)

  function idempotencyKeyOf(kind: SubmissionKind): string {
    if (!keys.has(kind)) keys.set(kind, crypto.randomUUID())
    return keys.get(kind)!
  }

  function keep(kind: SubmissionKind): void {
    const draft: Draft = {
      idempotencyKey: idempotencyKeyOf(kind),
      values: readValues(groups.get(kind)!),
      savedAt: new Date().toISOString(),
    }
    saveDraft(storage, storageKey(kind), draft)
  }

  /** After the CMS has accepted it, or when the reader empties the form. */
  function forget(kind: SubmissionKind): void {
    clearDraft(storage, storageKey(kind))
    keys.delete(kind)
  }

  /** Fills in every kind's kept text; returns the kind the reader wrote in last, if any. */
  function restore(): SubmissionKind | null {
    const restored = [...groups.keys()]
      .map((kind) => ({ kind, draft: loadDraft(storage, storageKey(kind)) }))
      .filter((entry): entry is { kind: SubmissionKind; draft: Draft } => entry.draft !== null)
      .sort((a, b) => b.draft.savedAt.localeCompare(a.draft.savedAt))
    for (const { kind, draft } of restored) {
      writeValues(groups.get(kind)!, draft.values)
      keys.set(kind, draft.idempotencyKey)
    }
    return restored[0]?.kind ?? null
  }

  return { idempotencyKeyOf, keep, forget, restore }
}
