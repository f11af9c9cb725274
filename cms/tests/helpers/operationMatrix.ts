import type { SanitizedCollectionConfig } from 'payload'

import { ACTORS, type Actor } from './accessMatrix'

/**
 * Every write Payload exposes, per collection, and who may do it. The list of what to test is
 * not written here: `operationsOf` derives it from the sanitized config (each collection's REST
 * endpoints, Payload's defaults included) and from the GraphQL schema's mutations, and a REST
 * endpoint or mutation without an entry below fails the suite. A new collection, endpoint or
 * Payload upgrade therefore cannot slip past untested.
 */
export type WriteOperation =
  | 'create'
  | 'update'
  | 'updateMany'
  | 'delete'
  | 'deleteMany'
  | 'duplicate'
  | 'duplicateDraft'
  | 'restoreVersion'
  | 'publish'

type Who = readonly Actor[]
const NOBODY: Who = []
const STAFF: Who = ['journalist', 'editor', 'admin']
const EDITORS: Who = ['editor', 'admin']
const ADMIN: Who = ['admin']

type Rules = Partial<Record<WriteOperation, Who>>

const editorial: Rules = {
  create: EDITORS,
  update: EDITORS,
  updateMany: EDITORS,
  delete: EDITORS,
  deleteMany: EDITORS,
  duplicate: EDITORS,
  duplicateDraft: EDITORS,
}

/** Readers reach the inbox through the submission endpoints only; staff may file by hand. */
const inbox: Rules = {
  create: STAFF,
  update: EDITORS,
  updateMany: EDITORS,
  delete: EDITORS,
  deleteMany: EDITORS,
  duplicate: STAFF,
  duplicateDraft: STAFF,
}

/** Payload's own collections: written by the server, never over the API. */
const system: Rules = {
  create: NOBODY,
  update: NOBODY,
  updateMany: NOBODY,
  delete: NOBODY,
  deleteMany: NOBODY,
  duplicate: NOBODY,
  duplicateDraft: NOBODY,
}

/**
 * Who may do what. Articles: journalists write their own never-published drafts (the target of
 * update and publish is the journalist's draft); a copy is always a draft, so duplicating is
 * open to staff and can publish nothing. Restoring a version of a published article is a
 * publish. Media: journalists upload, editors change what is published.
 */
const withDrafts: Rules = {
  create: STAFF,
  update: STAFF,
  updateMany: STAFF,
  delete: EDITORS,
  deleteMany: EDITORS,
  duplicate: STAFF,
  duplicateDraft: STAFF,
  restoreVersion: EDITORS,
  publish: EDITORS,
}

/** Collections whose documents are drafts until an editor publishes them (targets differ). */
export const DRAFT_COLLECTIONS = new Set(['articles', 'events'])

export const WRITE_RULES: Record<string, Rules> = {
  articles: withDrafts,
  events: withDrafts,
  categories: editorial,
  topics: editorial,
  authors: editorial,
  redirects: editorial,
  media: { ...editorial, create: STAFF, duplicate: STAFF, duplicateDraft: STAFF },
  documents: { ...editorial, create: STAFF },
  videos: { ...editorial, create: STAFF },
  // A journalist reads only tips assigned to them, so copying an unassigned one is not theirs.
  tips: { ...inbox, duplicate: EDITORS, duplicateDraft: EDITORS },
  'tip-attachments': { ...inbox, duplicate: NOBODY, duplicateDraft: NOBODY },
  // The target is a message on an unassigned tip: a journalist may not write into it.
  'tip-messages': {
    create: EDITORS,
    update: EDITORS,
    updateMany: EDITORS,
    delete: EDITORS,
    deleteMany: EDITORS,
  },
  corrections: inbox,
  'debate-submissions': inbox,
  'debate-documents': { ...inbox, duplicate: NOBODY, duplicateDraft: NOBODY },
  // No copies (disableDuplicate): a copied registration would be one nobody made.
  registrations: {
    create: STAFF,
    update: EDITORS,
    updateMany: EDITORS,
    delete: EDITORS,
    deleteMany: EDITORS,
  },
  // Readers' comments (no copies: a copy would be a comment nobody wrote); editors moderate.
  comments: {
    create: STAFF,
    update: EDITORS,
    updateMany: EDITORS,
    delete: EDITORS,
    deleteMany: EDITORS,
  },
  // Readers' answers as they came: never edited or copied; editors delete.
  'page-feedback': {
    create: STAFF,
    update: NOBODY,
    updateMany: NOBODY,
    delete: EDITORS,
    deleteMany: EDITORS,
  },
  // Fact-check links (no GraphQL, no copies): editors make and revoke them.
  'preview-links': {
    create: EDITORS,
    update: EDITORS,
    updateMany: EDITORS,
    delete: EDITORS,
    deleteMany: EDITORS,
  },
  // Internal comments: the target is one the server wrote (no author, as a review note without
  // a user), on an article the journalist is not on; only an author edits, editors delete.
  'article-comments': {
    create: EDITORS,
    update: NOBODY,
    updateMany: NOBODY,
    delete: EDITORS,
    deleteMany: EDITORS,
  },
  users: {
    create: ADMIN,
    update: ADMIN,
    updateMany: ADMIN,
    delete: ADMIN,
    deleteMany: ADMIN,
  },
  'payload-kv': system,
  'payload-jobs': system,
  // Locks: any staff member takes one in their own name (taking over renames it to oneself,
  // apiEdges.int.test.ts); changing, copying or releasing another's lock is for editors.
  'payload-locked-documents': {
    create: STAFF,
    update: EDITORS,
    updateMany: EDITORS,
    delete: EDITORS,
    deleteMany: EDITORS,
    // A copy sent with data in one's own name is a new lock of one's own.
    duplicate: STAFF,
    duplicateDraft: STAFF,
  },
  // Preferences: each staff member writes their own; the target here is the admin's.
  'payload-preferences': {
    create: STAFF,
    update: ADMIN,
    updateMany: ADMIN,
    delete: ADMIN,
    deleteMany: ADMIN,
    duplicate: ADMIN,
    duplicateDraft: ADMIN,
  },
}

/** Who may update each global (its only write), over REST and GraphQL alike. */
export const GLOBAL_WRITE_RULES: Record<string, Who> = {
  'type-statements': EDITORS,
}

/** Which write operation a REST endpoint of a collection performs, or why it is no write. */
export const REST_ENDPOINTS: Record<string, WriteOperation | { notAWrite: string }> = {
  'post /': 'create',
  'patch /:id': 'update',
  'patch /': 'updateMany',
  'delete /:id': 'delete',
  'delete /': 'deleteMany',
  'post /:id/duplicate': 'duplicate',
  'post /versions/:id': 'restoreVersion',
  'get /': { notAWrite: 'read: accessMatrix read rows' },
  'get /:id': { notAWrite: 'read: accessMatrix read rows' },
  'get /count': { notAWrite: 'read: counts what read access allows' },
  'get /versions': { notAWrite: 'read: readVersions (isStaff)' },
  'get /versions/:id': { notAWrite: 'read: readVersions (isStaff)' },
  'post /access/:id?': { notAWrite: 'reports permissions, changes nothing' },
  'get /file/:filename': { notAWrite: 'read of a stored file: apiEdges.int.test.ts' },
  'get /paste-url/:id?': { notAWrite: 'disabled: upload.pasteURL is not configured' },
  // Collections' own endpoints, each with its test.
  'post /:id/publish-notice': { notAWrite: 'editorAction (editors): inboxActions.int.test.ts' },
  'post /:id/create-draft': { notAWrite: 'editorAction (editors): inboxActions.int.test.ts' },
  'post /:id/send-decision': { notAWrite: 'editorAction (editors): writerMail.int.test.ts' },
  'get /export': { notAWrite: 'registrations as CSV (editors): registrationsFollowUp.int.test.ts' },
  'get /:id/review-checks': { notAWrite: 'advice on the draft (staff): reviewChecks.int.test.ts' },
  'get /:id/preview': { notAWrite: 'staff read their drafts: preview.int.test.ts' },
  'get /view': { notAWrite: 'a fact-check link, read-only: previewLinks.int.test.ts' },
  'post /:id/review': { notAWrite: 'an update checked by guardReviewStatus: review.int.test.ts' },
  'get /run': { notAWrite: 'jobs: nobody runs them over HTTP, apiEdges.int.test.ts' },
  'get /handle-schedules': { notAWrite: 'jobs: nobody runs them over HTTP, apiEdges.int.test.ts' },
  'get /:key': { notAWrite: 'own preferences only (Payload filters by req.user)' },
  'post /:key': { notAWrite: 'own preferences only (Payload writes for req.user)' },
  'delete /:key': { notAWrite: 'own preferences only (Payload filters by req.user)' },
  // The users collection's auth endpoints: staffAccounts.int.test.ts and the rows below.
  'post /login': { notAWrite: 'auth: staffAccounts.int.test.ts' },
  'post /logout': { notAWrite: 'auth: ends the caller’s own session' },
  'post /refresh-token': { notAWrite: 'auth: renews the caller’s own session' },
  'get /me': { notAWrite: 'auth: the caller itself' },
  'get /init': { notAWrite: 'auth: whether any user exists' },
  'post /first-register': { notAWrite: 'auth: only while there is no user at all' },
  'post /forgot-password': { notAWrite: 'auth: mails a reset link to the address' },
  'post /reset-password': { notAWrite: 'auth: needs the mailed token' },
  'post /verify/:id': { notAWrite: 'auth: e-mail verification is off' },
  'post /unlock': { notAWrite: 'auth: admins only, see AUTH_ROWS' },
}

/**
 * REST routes that a collection's own endpoint answers first: Payload's `DELETE /:key` on
 * preferences takes `DELETE /:id` (it deletes the caller's own preference by key), so deleting
 * by id is reached through GraphQL and the bulk route only.
 */
const SHADOWED: Record<string, WriteOperation[]> = { 'payload-preferences': ['delete'] }

/** GraphQL mutations that are no collection write, and what covers them. */
export const OTHER_MUTATIONS: Record<string, string> = {
  refreshTokenUser: 'auth: renews the caller’s own session',
  logoutUser: 'auth: ends the caller’s own session',
  unlockUser: 'auth: admins only, see AUTH_ROWS',
  loginUser: 'auth: staffAccounts.int.test.ts',
  forgotPasswordUser: 'auth: mails a reset link',
  resetPasswordUser: 'auth: needs the mailed token',
  verifyEmailUser: 'auth: e-mail verification is off',
  updatePayloadJobsStat: 'global of the jobs queue: see the jobsStat row',
}

/** The GraphQL mutation prefixes that are collection writes. */
export const MUTATION_OPERATIONS = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  duplicate: 'duplicate',
  restoreVersion: 'restoreVersion',
} as const satisfies Record<string, WriteOperation>

export interface Case {
  /** The collection's slug, or the global's when `isGlobal`. */
  collection: string
  operation: WriteOperation
  route: 'rest' | 'graphql'
  actor: Actor
  isAllowed: boolean
  isGlobal?: boolean
}

/** What the config offers: each collection's write operations, from its REST endpoints. */
export function restOperationsOf(collection: SanitizedCollectionConfig): {
  operations: WriteOperation[]
  unknown: string[]
} {
  const operations = new Set<WriteOperation>()
  const unknown: string[] = []
  const endpoints = collection.endpoints === false ? [] : (collection.endpoints ?? [])
  for (const endpoint of endpoints) {
    const key = `${endpoint.method} ${endpoint.path}`
    const known = REST_ENDPOINTS[key]
    if (known === undefined) unknown.push(`${collection.slug}: ${key}`)
    else if (typeof known === 'string') operations.add(known)
  }
  if (operations.has('duplicate')) operations.add('duplicateDraft')
  if (collection.versions?.drafts) operations.add('publish')
  // Without versions the endpoint exists but has nothing to restore: not an operation here.
  if (!collection.versions) operations.delete('restoreVersion')
  for (const operation of SHADOWED[collection.slug] ?? []) operations.delete(operation)
  if (collection.disableDuplicate) {
    operations.delete('duplicate')
    operations.delete('duplicateDraft')
  }
  return { operations: [...operations], unknown }
}

/** Every (collection, operation, route, actor) case, and which operations have no rule. */
export function casesFor({
  collections,
  globals = [],
  mutations,
}: {
  collections: SanitizedCollectionConfig[]
  /** The config's globals with a REST update route (Payload's own have none). */
  globals?: string[]
  mutations: {
    name: string
    collection?: string
    operation?: WriteOperation
    isGlobal?: boolean
  }[]
}): { cases: Case[]; missing: string[] } {
  const cases: Case[] = []
  const missing: string[] = []
  const pushGlobal = (global: string, route: Case['route']) => {
    const allowed = GLOBAL_WRITE_RULES[global]
    if (!allowed) {
      missing.push(`global ${global}: update (${route})`)
      return
    }
    for (const actor of ACTORS) {
      cases.push({
        collection: global,
        operation: 'update',
        route,
        actor,
        isAllowed: allowed.includes(actor),
        isGlobal: true,
      })
    }
  }
  for (const global of globals) pushGlobal(global, 'rest')
  const push = (collection: string, operation: WriteOperation, route: Case['route']) => {
    const allowed = WRITE_RULES[collection]?.[operation]
    if (!allowed) {
      missing.push(`${collection}: ${operation} (${route})`)
      return
    }
    for (const actor of ACTORS) {
      cases.push({ collection, operation, route, actor, isAllowed: allowed.includes(actor) })
    }
  }
  for (const collection of collections) {
    if (collection.slug === 'payload-migrations') continue
    const { operations, unknown } = restOperationsOf(collection)
    missing.push(...unknown.map((endpoint) => `REST endpoint without a rule: ${endpoint}`))
    for (const operation of operations) push(collection.slug, operation, 'rest')
  }
  for (const mutation of mutations) {
    if (OTHER_MUTATIONS[mutation.name]) continue
    if (mutation.isGlobal && mutation.collection) {
      pushGlobal(mutation.collection, 'graphql')
      continue
    }
    if (!mutation.collection || !mutation.operation) {
      missing.push(`GraphQL mutation without a rule: ${mutation.name}`)
      continue
    }
    push(mutation.collection, mutation.operation, 'graphql')
    if (mutation.operation === 'update' && WRITE_RULES[mutation.collection]?.publish) {
      push(mutation.collection, 'publish', 'graphql')
    }
  }
  return { cases, missing }
}

/**
 * What an account may do to itself (and unlocking others), each checked on the stored result:
 * Payload drops a field the caller may not write and still answers 200.
 */
export const AUTH_ROWS = {
  ownRole: ADMIN,
  ownApiKey: ADMIN,
  ownPasswordWithoutCurrent: NOBODY,
  unlockOthers: ADMIN,
} as const satisfies Record<string, Who>

export type AuthRow = keyof typeof AUTH_ROWS
