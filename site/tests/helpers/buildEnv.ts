/**
 * This process's environment without what Vitest adds to it (DEV, PROD, MODE, SSR, BASE_URL,
 * VITEST…): Vite reads those into import.meta.env, so a build started with them renders as in
 * development (Astro then marks images with data-image-component, for one).
 */
function withoutVitest(): Record<string, string | undefined> {
  const vitestKeys = /^(DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*|VITE_.*)$/
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)))
}

/**
 * The environment npm start gives its publisher's builds, for a build of the test server's
 * site started by a test: same addresses, so the same code hash as the live release.
 */
export function siteBuildEnv(cmsUrl: string, siteUrl: string): NodeJS.ProcessEnv {
  return {
    ...withoutVitest(),
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    CMS_URL: cmsUrl.replace('127.0.0.1', 'localhost'),
    SITE_URL: siteUrl.replace('127.0.0.1', 'localhost'),
  }
}
