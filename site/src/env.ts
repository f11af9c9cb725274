import { z } from 'zod'

/** Everything the site build reads from the environment, with its default. */
export const SITE_ENV_DEFAULTS = {
  CMS_URL: 'http://localhost:3000',
  SITE_URL: 'http://localhost:4321',
} as const

const schema = z.object({
  CMS_URL: z.url().default(SITE_ENV_DEFAULTS.CMS_URL),
  SITE_URL: z.url().default(SITE_ENV_DEFAULTS.SITE_URL),
})

export function readSiteEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Redaktion site: invalid environment: ${problems.join('; ')}`)
  }
  return {
    cmsUrl: parsed.data.CMS_URL.replace(/\/+$/, ''),
    siteUrl: parsed.data.SITE_URL.replace(/\/+$/, ''),
  }
}
