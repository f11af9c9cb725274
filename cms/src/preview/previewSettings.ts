import type { Env } from '../env'
import type { PublisherSettings } from './requestPreview'

/** What previews need from the CMS's environment. */
export interface PreviewSettings extends PublisherSettings {
  /** Where the page's CSS, fonts and images load from. */
  siteOrigin: string
  /** The CMS's public address: the fact-check links' URLs. */
  serverUrl: string
}

export const previewSettingsOf = (env: Env): PreviewSettings => ({
  publisherUrl: env.publisherUrl,
  secret: env.siteWebhook.secret,
  siteOrigin: env.siteOrigin,
  serverUrl: env.serverUrl,
})
