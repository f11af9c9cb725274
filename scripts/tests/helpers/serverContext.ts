import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    siteUrl: string
    publisherUrl: string
    /** The webhook secret npm start gave the CMS and the publisher (GET /status needs it). */
    publisherSecret: string
    dataDir: string
    serverLog: string
  }
}

/** Where the server that the `server` project's global setup started can be found. */
export function serverContext(): {
  cmsUrl: string
  siteUrl: string
  publisherUrl: string
  publisherSecret: string
  dataDir: string
  serverLog: string
} {
  return {
    cmsUrl: inject('cmsUrl'),
    siteUrl: inject('siteUrl'),
    publisherUrl: inject('publisherUrl'),
    publisherSecret: inject('publisherSecret'),
    dataDir: inject('dataDir'),
    serverLog: inject('serverLog'),
  }
}
