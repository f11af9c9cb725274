import { randomBytes } from 'node:crypto'

import { formatNames, type CollectionSlug, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Actor, StaffActor } from './accessMatrix'
import type { Id } from './accessDriver'
import {
  AUTH_ROWS,
  MUTATION_OPERATIONS,
  casesFor,
  DRAFT_COLLECTIONS,
  type AuthRow,
  type Case,
  type WriteOperation,
} from './operationMatrix'
import { sampleFor, updateFor, type BaseDocs } from './samples'
import type { StaffApi } from './staffApi'

export interface OperationContext {
  payload: Payload
  api: StaffApi
  staff: Record<StaffActor, TypedUser>
  base: BaseDocs
  teardown?: () => Promise<void>
}

interface GraphqlArg {
  name: string
  type: { kind: string; name: string | null; ofType: GraphqlArg['type'] | null }
}
interface GraphqlMutation {
  name: string
  args: GraphqlArg[]
}

const unique = () => randomBytes(4).toString('hex')
const typeRef = (type: GraphqlArg['type']): string =>
  type.kind === 'NON_NULL' ? `${typeRef(type.ofType!)}!` : (type.name ?? 'String')

const DENIED = new Set([401, 403, 404])
/** Payload's Forbidden error in Swedish, as the bulk routes list it per document. */
const FORBIDDEN_MESSAGE = 'Du får inte utföra denna åtgärd.'

/** Payload's own collections have no sample in samples.ts; these are the smallest valid ones. */
function systemSample(collection: string, base: BaseDocs, userId: Id): Record<string, unknown> {
  switch (collection) {
    case 'payload-kv':
      return { key: `nyckel-${unique()}`, data: { value: 1 } }
    case 'payload-jobs':
      return { taskSlug: 'sendSubmissionMail', input: { kind: 'tip', reference: 'T-0000' } }
    case 'payload-locked-documents':
      return {
        document: { relationTo: 'articles', value: base.articleId },
        user: { relationTo: 'users', value: userId },
      }
    case 'payload-preferences':
      return {
        key: `pref-${unique()}`,
        value: { a: 1 },
        user: { relationTo: 'users', value: userId },
      }
    default:
      throw new Error(`No sample for ${collection}`)
  }
}

/** Whose lock or preference the target is: an editor's lock, the admin's preference. */
const systemOwner = (c: Case, staff: Record<StaffActor, TypedUser>) =>
  c.collection === 'payload-preferences' ? staff.admin : staff.editor

/** A harmless change to a system document, for update attempts. */
function systemUpdate(collection: string): Record<string, unknown> {
  switch (collection) {
    case 'payload-kv':
      return { data: { value: 2 } }
    case 'payload-jobs':
      return { queue: 'annan' }
    case 'payload-locked-documents':
      return { globalSlug: 'annan' }
    default:
      return { value: { a: 2 } }
  }
}

const changeFor = (collection: string) =>
  SYSTEM.has(collection) ? systemUpdate(collection) : updateFor(collection as CollectionSlug)

const SYSTEM = new Set([
  'payload-kv',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
])

/**
 * Uploads cannot carry a file through GraphQL, so creating or copying one there is no
 * operation (REST covers both); listed by name so the list is checked against the config.
 */
const GRAPHQL_FILE_OPERATIONS: WriteOperation[] = ['create', 'duplicate']

/** The whole write side, generated from the config and the GraphQL schema, as one suite. */
export function describeOperationMatrix(
  name: string,
  setup: () => Promise<OperationContext>,
): void {
  describe(name, () => {
    let context: OperationContext
    let mutations: GraphqlMutation[]
    let cases: Case[]
    let missing: string[]

    beforeAll(async () => {
      context = await setup()
      const schema = await context.api.graphql(
        '{ __schema { mutationType { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } } } } }',
        'admin',
      )
      mutations = (schema.data as { __schema: { mutationType: { fields: GraphqlMutation[] } } })
        .__schema.mutationType.fields
      const collections = context.payload.config.collections
      const byName = new Map<string, { collection: string; operation: WriteOperation }>()
      for (const collection of collections) {
        const singular = formatNames(collection.slug).singular
        for (const [prefix, operation] of Object.entries(MUTATION_OPERATIONS)) {
          byName.set(`${prefix}${singular}`, { collection: collection.slug, operation })
        }
      }
      // Payload's own global (the jobs' stats) is covered by OTHER_MUTATIONS.
      const globals: string[] = context.payload.config.globals
        .map((global) => global.slug as string)
        .filter((slug) => !slug.startsWith('payload-'))
      const byGlobalName = new Map<string, string>(
        globals.map((slug) => [`update${formatNames(slug).singular}`, slug]),
      )
      const generated = casesFor({
        collections,
        globals,
        mutations: mutations.map((mutation) => {
          const global = byGlobalName.get(mutation.name)
          if (global) return { name: mutation.name, collection: global, isGlobal: true }
          return { name: mutation.name, ...byName.get(mutation.name) }
        }),
      })
      const uploads = new Set<string>(collections.filter((c) => c.upload).map((c) => c.slug))
      cases = generated.cases.filter(
        (c) =>
          !(
            c.route === 'graphql' &&
            uploads.has(c.collection) &&
            GRAPHQL_FILE_OPERATIONS.includes(c.operation)
          ),
      )
      missing = generated.missing
    })
    afterAll(() => context?.teardown?.())

    it('has a rule for every write operation the config and the GraphQL schema offer', () => {
      expect(missing).toEqual([])
      expect(cases.length).toBeGreaterThan(300)
    })

    it('allows each write to exactly the actors its rule names, through REST and GraphQL', async () => {
      const failures: string[] = []
      for (const c of cases) {
        let outcome: boolean
        try {
          outcome = await attempt(context, mutations, c)
        } catch (error) {
          // Anything but allowed or denied (a validation error, a 500) is a failure of its own.
          failures.push(String((error as Error).message))
          continue
        }
        if (outcome !== c.isAllowed) {
          failures.push(
            `${c.isAllowed ? 'denied' : 'allowed'} ${c.actor} ${c.operation} ${c.collection} (${c.route})`,
          )
        }
      }
      expect(failures, `\n${failures.join('\n')}\n`).toEqual([])
    }, 600_000)

    it('lets accounts change their own role, API key and password, and unlock others, only as the rules say', async () => {
      const failures: string[] = []
      for (const [row, allowed] of Object.entries(AUTH_ROWS) as [AuthRow, readonly Actor[]][]) {
        for (const actor of ['journalist', 'editor', 'admin'] as const) {
          for (const route of ['rest', 'graphql'] as const) {
            const outcome = await attemptAuthRow(context, row, actor, route)
            if (outcome !== allowed.includes(actor)) {
              failures.push(`${outcome ? 'allowed' : 'denied'} ${actor} ${row} (${route})`)
            }
          }
        }
      }
      expect(failures, `\n${failures.join('\n')}\n`).toEqual([])
    }, 300_000)
  })
}

/** A fresh account per attempt, signed in, so one attempt cannot spoil the next. */
async function freshAccount(context: OperationContext, role: StaffActor) {
  const email = `konto-${unique()}@test.example`
  const password = `losen-${unique()}-${unique()}`
  const user = await context.payload.create({
    collection: 'users',
    data: { email, password, name: 'Konto', role },
    overrideAccess: true,
  })
  const { token } = await context.payload.login({ collection: 'users', data: { email, password } })
  return { id: user.id, email, password, token: token! }
}

async function attemptAuthRow(
  context: OperationContext,
  row: AuthRow,
  role: StaffActor,
  route: 'rest' | 'graphql',
): Promise<boolean> {
  const { api, payload } = context
  const account = await freshAccount(context, role)
  const stored = async () =>
    (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: account.id } },
    })) as Record<string, unknown> | null
  const update = async (data: Record<string, unknown>) => {
    if (route === 'rest') {
      return api.rest('PATCH', `/users/${account.id}`, { token: account.token, body: data })
    }
    const idType = payload.db.defaultIDType === 'number' ? 'Int' : 'String'
    return api.graphql(
      `mutation($id: ${idType}!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }`,
      undefined,
      { id: account.id, data },
      account.token,
    )
  }
  switch (row) {
    case 'ownRole': {
      const wanted = role === 'admin' ? 'editor' : 'admin'
      await update({ role: wanted })
      return (await stored())?.role === wanted
    }
    case 'ownApiKey':
      await update({ enableAPIKey: true, apiKey: crypto.randomUUID() })
      return Boolean((await stored())?.enableAPIKey)
    case 'ownPasswordWithoutCurrent': {
      const newPassword = `nytt-${unique()}-${unique()}`
      await update({ password: newPassword })
      try {
        await payload.login({
          collection: 'users',
          data: { email: account.email, password: newPassword },
        })
        return true
      } catch {
        return false
      }
    }
    case 'unlockOthers': {
      const victim = await freshAccount(context, 'journalist')
      await payload.db.updateOne({
        collection: 'users',
        id: victim.id,
        data: { loginAttempts: 30, lockUntil: new Date(Date.now() + 600_000).toISOString() },
      })
      if (route === 'rest') {
        await api.rest('POST', '/users/unlock', {
          token: account.token,
          body: { email: victim.email },
        })
      } else {
        await api.graphql(
          `mutation($email: String!) { unlockUser(email: $email) }`,
          undefined,
          { email: victim.email },
          account.token,
        )
      }
      const after = await payload.db.findOne<{ id: Id; lockUntil?: string | null }>({
        collection: 'users',
        where: { id: { equals: victim.id } },
      })
      return !after?.lockUntil || new Date(after.lockUntil).getTime() < Date.now()
    }
  }
}

async function makeTarget(
  context: OperationContext,
  c: Case,
): Promise<{ id: Id; isDraft: boolean }> {
  const { payload, base, staff } = context
  const collection = c.collection as CollectionSlug
  if (SYSTEM.has(c.collection)) {
    const doc = await payload.create({
      collection,
      data: systemSample(c.collection, base, systemOwner(c, staff).id) as never,
      overrideAccess: true,
      user: { ...systemOwner(c, staff), collection: 'users' },
    })
    return { id: doc.id, isDraft: false }
  }
  const isJournalistDraft =
    DRAFT_COLLECTIONS.has(c.collection) && ['update', 'updateMany', 'publish'].includes(c.operation)
  // Copies and restores start from a published article: they must not publish for journalists.
  const target = ['restoreVersion', 'duplicate', 'duplicateDraft'].includes(c.operation)
    ? 'published'
    : 'fresh'
  const sample = await sampleFor(collection, target, base)
  const doc = await payload.create({
    collection,
    data: sample.data as never,
    draft: sample.isDraft,
    file: sample.file
      ? { ...sample.file, data: Buffer.from(sample.file.data), size: sample.file.data.length }
      : undefined,
    overrideAccess: true,
    user: isJournalistDraft ? { ...staff.journalist, collection: 'users' } : undefined,
  })
  return { id: doc.id, isDraft: Boolean(sample.isDraft) }
}

/** A version of a published document to restore: the first one, before a later edit. */
async function versionToRestore(payload: Payload, collection: CollectionSlug, id: Id): Promise<Id> {
  await payload.update({
    collection,
    id,
    data: updateFor(collection) as never,
    overrideAccess: true,
  })
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return docs[0]!.id
}

async function createData(context: OperationContext, c: Case) {
  const { base, staff } = context
  const ownId = c.actor === 'anonymous' ? staff.editor.id : staff[c.actor].id
  if (SYSTEM.has(c.collection)) return { data: systemSample(c.collection, base, ownId) }
  return sampleFor(c.collection as CollectionSlug, 'fresh', base)
}

async function attempt(context: OperationContext, mutations: GraphqlMutation[], c: Case) {
  if (c.isGlobal) return attemptGlobal(context, mutations, c)
  return c.route === 'rest' ? attemptRest(context, c) : attemptGraphql(context, mutations, c)
}

/** A global's one write, an update; checked on the stored value as well as the answer. */
async function attemptGlobal(
  context: OperationContext,
  mutations: GraphqlMutation[],
  c: Case,
): Promise<boolean> {
  const { api, payload } = context
  const value = `Ändrad av ${c.actor} via ${c.route} ${unique()}`
  const field = GLOBAL_SAMPLE_FIELD[c.collection]
  if (!field) throw new Error(`No sample field for the global ${c.collection}`)
  let isAllowed: boolean
  if (c.route === 'rest') {
    const answer = await api.rest('POST', `/globals/${c.collection}`, {
      actor: c.actor,
      body: { [field]: value },
    })
    isAllowed = restOutcome(c, answer)
  } else {
    const name = `update${formatNames(c.collection).singular}`
    const mutation = mutations.find((m) => m.name === name)!
    const dataType = inputTypeOf(mutation)
    const answer = await api.graphql(
      `mutation($data: ${dataType}!) { result: ${name}(data: $data) { updatedAt } }`,
      c.actor,
      { data: { [field]: value } },
    )
    const status = (answer.errors[0] as { extensions?: { statusCode?: number } } | undefined)
      ?.extensions?.statusCode
    if (answer.errors.length === 0 && answer.data?.result) isAllowed = true
    else if (status !== undefined && DENIED.has(status)) isAllowed = false
    else
      throw new Error(
        `${c.actor} update ${c.collection} (graphql): ${JSON.stringify(answer.errors)}`,
      )
  }
  const stored = (await payload.findGlobal({
    slug: c.collection as never,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  expect(stored[field] === value, `${c.actor} changed ${c.collection} (${c.route})`).toBe(isAllowed)
  return isAllowed
}

/**
 * GraphQL's update input marks a group required when a field in it is (an event's registration
 * mode), so an update through GraphQL sends it; REST takes the change alone.
 */
const GRAPHQL_UPDATE_EXTRA: Record<string, Record<string, unknown>> = {
  events: { registration: { mode: 'none' } },
}

/** The field each global's update attempt writes. */
const GLOBAL_SAMPLE_FIELD: Record<string, string> = { 'type-statements': 'nyhet' }

function restOutcome(c: Case, answer: { status: number; body: Record<string, unknown> }): boolean {
  if (answer.status >= 200 && answer.status < 300) {
    if (c.operation === 'updateMany' || c.operation === 'deleteMany') {
      return ((answer.body.docs as unknown[]) ?? []).length === 1
    }
    return true
  }
  if (DENIED.has(answer.status)) return false
  // The bulk routes answer a denial per document: 400 with no docs and only Forbidden errors.
  const errors = (answer.body.errors as { message?: string }[] | undefined) ?? []
  if (
    (c.operation === 'updateMany' || c.operation === 'deleteMany') &&
    answer.status === 400 &&
    errors.length > 0 &&
    errors.every((error) => error.message === FORBIDDEN_MESSAGE)
  ) {
    return false
  }
  throw new Error(
    `${c.actor} ${c.operation} ${c.collection} (rest): HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
  )
}

async function attemptRest(context: OperationContext, c: Case): Promise<boolean> {
  const { api, payload } = context
  const actor: Actor = c.actor
  const path = `/${c.collection}`
  if (c.operation === 'create') {
    const sample = await createData(context, c)
    let body: unknown = sample.data
    if ('file' in sample && sample.file) {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(sample.file.data)], { type: sample.file.mimetype }),
        sample.file.name,
      )
      form.append('_payload', JSON.stringify(sample.data))
      body = form
    }
    const draft = 'isDraft' in sample && sample.isDraft ? '?draft=true' : ''
    return restOutcome(c, await api.rest('POST', `${path}${draft}`, { actor, body }))
  }
  const { id, isDraft } = await makeTarget(context, c)
  const draft = isDraft ? '?draft=true' : ''
  const change = changeFor(c.collection)
  const where = `where[id][equals]=${id}`
  switch (c.operation) {
    case 'update':
      return restOutcome(
        c,
        await api.rest('PATCH', `${path}/${id}${draft}`, { actor, body: change }),
      )
    case 'updateMany':
      return restOutcome(
        c,
        await api.rest('PATCH', `${path}?${where}${isDraft ? '&draft=true' : ''}`, {
          actor,
          body: change,
        }),
      )
    case 'delete':
      return restOutcome(c, await api.rest('DELETE', `${path}/${id}`, { actor }))
    case 'deleteMany':
      return restOutcome(c, await api.rest('DELETE', `${path}?${where}`, { actor }))
    case 'duplicate':
    case 'duplicateDraft': {
      const query = c.operation === 'duplicateDraft' ? '?draft=true' : '?draft=false'
      // System documents are copied with data in the actor's own name, as through GraphQL.
      const body = SYSTEM.has(c.collection) ? (await createData(context, c)).data : {}
      const answer = await api.rest('POST', `${path}/${id}/duplicate${query}`, { actor, body })
      const copy = answer.body.doc as { _status?: string } | undefined
      expect(copy?._status, `${actor} duplicated ${c.collection} into a published copy`).not.toBe(
        'published',
      )
      return restOutcome(c, answer)
    }
    case 'restoreVersion': {
      const versionId = await versionToRestore(payload, c.collection as CollectionSlug, id)
      return restOutcome(
        c,
        await api.rest('POST', `${path}/versions/${versionId}`, { actor, body: {} }),
      )
    }
    case 'publish': {
      const answer = await api.rest('PATCH', `${path}/${id}`, {
        actor,
        body: { _status: 'published' },
      })
      const isAllowed = restOutcome(c, answer)
      const live = await payload.db.findOne<{ id: Id; _status?: string }>({
        collection: c.collection as CollectionSlug,
        where: { id: { equals: id } },
      })
      expect(live?._status === 'published', `${actor} publish outcome`).toBe(isAllowed)
      return isAllowed
    }
  }
}

interface InputField {
  name: string
  type: GraphqlArg['type']
}

const inputTypes = new Map<string, InputField[]>()
const enumValues = new Map<string, string[]>()

/**
 * GraphQL input types mark every required field as required, defaults or not (a slug the CMS
 * fills, a status with a default): give the required ones the sample lacks a plain value.
 */
async function completeInput(
  api: StaffApi,
  typeName: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!inputTypes.has(typeName)) {
    const answer = await api.graphql(
      `query($name: String!) { __type(name: $name) { inputFields { name type { kind name ofType { kind name ofType { kind name } } } } } }`,
      'admin',
      { name: typeName },
    )
    const type = (answer.data as { __type: { inputFields: InputField[] } | null }).__type
    inputTypes.set(typeName, type?.inputFields ?? [])
  }
  const complete = { ...data }
  for (const field of inputTypes.get(typeName)!) {
    if (field.type.kind !== 'NON_NULL' || complete[field.name] !== undefined) continue
    const inner = field.type.ofType!
    if (inner.kind === 'ENUM') {
      if (!enumValues.has(inner.name!)) {
        const answer = await api.graphql(
          `query($name: String!) { __type(name: $name) { enumValues { name } } }`,
          'admin',
          { name: inner.name },
        )
        const values = (answer.data as { __type: { enumValues: { name: string }[] } }).__type
        enumValues.set(
          inner.name!,
          values.enumValues.map((value) => value.name),
        )
      }
      complete[field.name] = enumValues.get(inner.name!)![0]
    } else if (inner.name === 'Boolean') complete[field.name] = false
    else if (inner.name === 'Int' || inner.name === 'Float') complete[field.name] = 0
    else complete[field.name] = `varde-${unique()}`
  }
  return complete
}

const inputTypeOf = (mutation: GraphqlMutation) =>
  typeRef(mutation.args.find((arg) => arg.name === 'data')!.type).replace(/!$/, '')

async function attemptGraphql(
  context: OperationContext,
  mutations: GraphqlMutation[],
  c: Case,
): Promise<boolean> {
  const { api, payload } = context
  const singular = formatNames(c.collection).singular
  const prefix = c.operation === 'publish' ? 'update' : c.operation
  const mutation = mutations.find((m) => m.name === `${prefix}${singular}`)!
  const types = Object.fromEntries(mutation.args.map((arg) => [arg.name, typeRef(arg.type)]))
  const call = async (variables: Record<string, unknown>) => {
    const names = Object.keys(variables).filter((key) => key in types)
    const declared = names.map((key) => `$${key}: ${types[key]}`).join(', ')
    const passed = names.map((key) => `${key}: $${key}`).join(', ')
    const answer = await api.graphql(
      `mutation(${declared}) { result: ${mutation.name}(${passed}) { id } }`,
      c.actor,
      variables,
    )
    if (answer.errors.length === 0 && answer.data?.result) return true
    const status = (answer.errors[0] as { extensions?: { statusCode?: number } } | undefined)
      ?.extensions?.statusCode
    if (status !== undefined && DENIED.has(status)) return false
    throw new Error(
      `${c.actor} ${c.operation} ${c.collection} (graphql): ${JSON.stringify(answer.errors).slice(0, 400)}`,
    )
  }
  if (c.operation === 'create') {
    const sample = await createData(context, c)
    const data = await completeInput(api, inputTypeOf(mutation), sample.data)
    return call({ data, draft: 'isDraft' in sample ? sample.isDraft : undefined })
  }
  const { id, isDraft } = await makeTarget(context, c)
  switch (c.operation) {
    case 'update':
      return call({
        id,
        data: { ...GRAPHQL_UPDATE_EXTRA[c.collection], ...changeFor(c.collection) },
        draft: isDraft || undefined,
      })
    case 'delete':
      return call({ id })
    case 'duplicate': {
      const sample = await createData(context, c)
      const data = await completeInput(api, inputTypeOf(mutation), {
        ...sample.data,
        ...(DRAFT_COLLECTIONS.has(c.collection) ? { slug: `kopia-${unique()}` } : {}),
      })
      delete data._status
      const isAllowed = await call({ id, data })
      if (isAllowed && DRAFT_COLLECTIONS.has(c.collection)) {
        const { docs } = await payload.find({
          collection: c.collection as 'articles' | 'events',
          where: { slug: { equals: data.slug } },
          overrideAccess: true,
          draft: true,
        })
        expect(docs[0]?._status, `${c.actor} duplicated into a published copy`).not.toBe(
          'published',
        )
      }
      return isAllowed
    }
    case 'restoreVersion':
      return call({ id: await versionToRestore(payload, c.collection as CollectionSlug, id) })
    case 'publish':
      return call({ id, data: { ...GRAPHQL_UPDATE_EXTRA[c.collection], _status: 'published' } })
    default:
      throw new Error(`GraphQL has no ${c.operation}`)
  }
}
