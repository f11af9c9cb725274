import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    siteUrl: string
    publisherUrl: string
    dataDir: string
    serverLog: string
  }
}

/** Where the server that the `server` project's global setup started can be found. */
export function serverContext(): {
  cmsUrl: string
  siteUrl: string
  publisherUrl: string
  dataDir: string
  serverLog: string
} {
  return {
    cmsUrl: inject('cmsUrl'),
    siteUrl: inject('siteUrl'),
    publisherUrl: inject('publisherUrl'),
    dataDir: inject('dataDir'),
    serverLog: inject('serverLog'),
  }
}
