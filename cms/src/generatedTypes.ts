import type { Config } from '@redaktion/content-schemas/payload-types'

// Types the local API (payload.find, payload.create, …) with the generated collection types.
declare module 'payload' {
  // Module augmentation needs an interface, even an empty one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
