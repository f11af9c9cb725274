import type { CollectionSlug } from 'payload'

import type { Actor } from './accessMatrix'

export type Id = string

export interface TestFile {
  data: Uint8Array
  mimetype: string
  name: string
}

export interface CreateArgs {
  collection: CollectionSlug
  actor: Actor
  data: Record<string, unknown>
  file?: TestFile
  isDraft?: boolean
}

/**
 * One way of talking to the CMS (local API or REST). Each call answers whether access allowed
 * it; any other failure (validation, server error) throws, so it cannot pass as "denied".
 */
export interface AccessDriver {
  create(args: CreateArgs): Promise<Id | null>
  read(args: {
    collection: CollectionSlug
    actor: Actor
    id: Id
  }): Promise<Record<string, unknown> | null>
  update(args: {
    collection: CollectionSlug
    actor: Actor
    id: Id
    data: Record<string, unknown>
    isDraft?: boolean
  }): Promise<boolean>
  delete(args: { collection: CollectionSlug; actor: Actor; id: Id }): Promise<boolean>
}
