import type { Config } from '@redaktion/content-schemas/payload-types'

// Types the local API (payload.find, payload.create, …) with the generated collection types.
declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
