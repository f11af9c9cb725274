import { z } from 'zod'

/** What the site's code reads from the environment (SITE_URL is Astro's `site`, in astro.config.mjs). */
export const SITE_ENV_DEFAULTS = {
  CMS_URL: 'http://localhost:3000',
} as const

export const schema = z.object({
  /** Where the build reads content from. */
  CMS_URL: z.url().default(SITE_ENV_DEFAULTS.CMS_URL),
  /**
   * Where readers' browsers send their forms; defaults to CMS_URL. Differs when the build
   * reaches the CMS on an internal address that readers cannot.
   */
  PUBLIC_CMS_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().optional()),
})

export function readSiteEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Redaktion site: invalid environment: ${problems.join('; ')}`)
  }
  const cmsUrl = parsed.data.CMS_URL.replace(/\/+$/, '')
  return {
    cmsUrl,
    publicCmsUrl: (parsed.data.PUBLIC_CMS_URL ?? cmsUrl).replace(/\/+$/, ''),
  }
}
