import type { CollectionSlug } from 'payload'

export const ACTORS = ['anonymous', 'journalist', 'editor', 'admin'] as const
export type Actor = (typeof ACTORS)[number]
export type StaffActor = Exclude<Actor, 'anonymous'>

export type Operation = 'create' | 'read' | 'update' | 'delete' | 'publish'

/**
 * Which document an operation targets:
 * - `fresh`: a new document made by the admin for this attempt;
 * - `journalistDraft`: a new article draft made by the journalist;
 * - `published` / `assigned` / `notice`: variants that widen who may see them.
 */
export type Target = 'fresh' | 'journalistDraft' | 'published' | 'assigned' | 'notice'

export interface MatrixRow {
  collection: CollectionSlug
  operation: Operation
  target: Target
  /** create: the data variant; for articles `published` means creating it published. */
  allowed: Record<Actor, boolean>
}

const who = (anonymous: boolean, journalist: boolean, editor: boolean, admin: boolean) => ({
  anonymous,
  journalist,
  editor,
  admin,
})

const EVERYONE = who(true, true, true, true)
const STAFF = who(false, true, true, true)
const EDITORS = who(false, false, true, true)
const ADMIN = who(false, false, false, true)
const NOBODY = who(false, false, false, false)

const editorialCollection = (collection: CollectionSlug): MatrixRow[] => [
  { collection, operation: 'create', target: 'fresh', allowed: EDITORS },
  { collection, operation: 'read', target: 'fresh', allowed: EVERYONE },
  { collection, operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection, operation: 'delete', target: 'fresh', allowed: EDITORS },
]

/** Readers reach the inbox only through the submission endpoints, never the collection API. */
const inbox = (collection: CollectionSlug, readers: Record<Actor, boolean>): MatrixRow[] => [
  { collection, operation: 'create', target: 'fresh', allowed: STAFF },
  { collection, operation: 'read', target: 'fresh', allowed: readers },
  { collection, operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection, operation: 'delete', target: 'fresh', allowed: EDITORS },
]

/** Every collection × actor × operation, and whether it is allowed. */
export const ACCESS_MATRIX: MatrixRow[] = [
  { collection: 'articles', operation: 'create', target: 'fresh', allowed: STAFF },
  { collection: 'articles', operation: 'create', target: 'published', allowed: EDITORS },
  { collection: 'articles', operation: 'read', target: 'fresh', allowed: STAFF },
  { collection: 'articles', operation: 'read', target: 'published', allowed: EVERYONE },
  { collection: 'articles', operation: 'update', target: 'journalistDraft', allowed: STAFF },
  { collection: 'articles', operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection: 'articles', operation: 'update', target: 'published', allowed: EDITORS },
  { collection: 'articles', operation: 'publish', target: 'journalistDraft', allowed: EDITORS },
  { collection: 'articles', operation: 'delete', target: 'journalistDraft', allowed: EDITORS },
  // Events follow articles: journalists write their own never-published drafts, editors publish.
  { collection: 'events', operation: 'create', target: 'fresh', allowed: STAFF },
  { collection: 'events', operation: 'create', target: 'published', allowed: EDITORS },
  { collection: 'events', operation: 'read', target: 'fresh', allowed: STAFF },
  { collection: 'events', operation: 'read', target: 'published', allowed: EVERYONE },
  { collection: 'events', operation: 'update', target: 'journalistDraft', allowed: STAFF },
  { collection: 'events', operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection: 'events', operation: 'update', target: 'published', allowed: EDITORS },
  { collection: 'events', operation: 'publish', target: 'journalistDraft', allowed: EDITORS },
  { collection: 'events', operation: 'delete', target: 'journalistDraft', allowed: EDITORS },
  ...editorialCollection('categories'),
  ...editorialCollection('topics'),
  ...editorialCollection('authors'),
  ...editorialCollection('redirects'),
  { collection: 'media', operation: 'create', target: 'fresh', allowed: STAFF },
  { collection: 'media', operation: 'read', target: 'fresh', allowed: EVERYONE },
  { collection: 'media', operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection: 'media', operation: 'delete', target: 'fresh', allowed: EDITORS },
  // Journalists upload documents and videos; changing one changes what is published.
  ...(['documents', 'videos'] as const).flatMap((collection): MatrixRow[] => [
    { collection, operation: 'create', target: 'fresh', allowed: STAFF },
    { collection, operation: 'read', target: 'fresh', allowed: EVERYONE },
    { collection, operation: 'update', target: 'fresh', allowed: EDITORS },
    { collection, operation: 'delete', target: 'fresh', allowed: EDITORS },
  ]),
  ...inbox('tips', EDITORS),
  { collection: 'tips', operation: 'read', target: 'assigned', allowed: STAFF },
  { collection: 'tips', operation: 'update', target: 'assigned', allowed: STAFF },
  ...inbox('tip-attachments', EDITORS),
  // Svarslåda threads: whoever reads the tip (editors, its assignee); tipsters write only
  // through the reply-box endpoint. `fresh` is on an unassigned tip, `assigned` on the
  // journalist's.
  { collection: 'tip-messages', operation: 'create', target: 'fresh', allowed: EDITORS },
  { collection: 'tip-messages', operation: 'create', target: 'assigned', allowed: STAFF },
  { collection: 'tip-messages', operation: 'read', target: 'fresh', allowed: EDITORS },
  { collection: 'tip-messages', operation: 'read', target: 'assigned', allowed: STAFF },
  { collection: 'tip-messages', operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection: 'tip-messages', operation: 'update', target: 'assigned', allowed: STAFF },
  { collection: 'tip-messages', operation: 'delete', target: 'fresh', allowed: EDITORS },
  { collection: 'tip-messages', operation: 'delete', target: 'assigned', allowed: EDITORS },
  ...inbox('corrections', STAFF),
  { collection: 'corrections', operation: 'read', target: 'notice', allowed: EVERYONE },
  ...inbox('debate-submissions', STAFF),
  ...inbox('debate-documents', EDITORS),
  // Registrants' names and addresses: editors only (the CSV export too).
  ...inbox('registrations', EDITORS),
  // Readers' comments: all staff read them, editors moderate (approve, reject, delete).
  ...inbox('comments', STAFF),
  { collection: 'comments', operation: 'read', target: 'published', allowed: EVERYONE },
  // Page feedback names no one: all staff read it (Sidfeedback); an answer is never edited.
  { collection: 'page-feedback', operation: 'create', target: 'fresh', allowed: STAFF },
  { collection: 'page-feedback', operation: 'read', target: 'fresh', allowed: STAFF },
  { collection: 'page-feedback', operation: 'update', target: 'fresh', allowed: NOBODY },
  { collection: 'page-feedback', operation: 'delete', target: 'fresh', allowed: EDITORS },
  // Fact-check links: made, read and revoked by editors only; a source needs no account.
  { collection: 'preview-links', operation: 'create', target: 'fresh', allowed: EDITORS },
  { collection: 'preview-links', operation: 'read', target: 'fresh', allowed: EDITORS },
  { collection: 'preview-links', operation: 'update', target: 'fresh', allowed: EDITORS },
  { collection: 'preview-links', operation: 'delete', target: 'fresh', allowed: EDITORS },
  // Internal comments: `fresh` is the admin's comment on an article the journalist is not on,
  // `journalistDraft` the journalist's comment on their own draft. Only the author edits.
  { collection: 'article-comments', operation: 'create', target: 'fresh', allowed: EDITORS },
  {
    collection: 'article-comments',
    operation: 'create',
    target: 'journalistDraft',
    allowed: STAFF,
  },
  { collection: 'article-comments', operation: 'read', target: 'fresh', allowed: EDITORS },
  { collection: 'article-comments', operation: 'read', target: 'journalistDraft', allowed: STAFF },
  { collection: 'article-comments', operation: 'update', target: 'fresh', allowed: ADMIN },
  {
    collection: 'article-comments',
    operation: 'update',
    target: 'journalistDraft',
    allowed: who(false, true, false, false),
  },
  { collection: 'article-comments', operation: 'delete', target: 'fresh', allowed: EDITORS },
  {
    collection: 'article-comments',
    operation: 'delete',
    target: 'journalistDraft',
    allowed: STAFF,
  },
  { collection: 'users', operation: 'create', target: 'fresh', allowed: ADMIN },
  { collection: 'users', operation: 'read', target: 'fresh', allowed: STAFF },
  { collection: 'users', operation: 'update', target: 'fresh', allowed: ADMIN },
  { collection: 'users', operation: 'delete', target: 'fresh', allowed: ADMIN },
]

/** The cases as flat rows for `it.each`. */
export function matrixCases(): [string, MatrixRow, Actor][] {
  return ACCESS_MATRIX.flatMap((row) =>
    ACTORS.map((actor): [string, MatrixRow, Actor] => [
      `${row.allowed[actor] ? 'allows' : 'denies'} ${actor} to ${row.operation} ${row.collection} (${row.target})`,
      row,
      actor,
    ]),
  )
}
