/** Points the CMS config (read when it is first imported) at a test database. */
export function setTestEnvironment({
  dataDir,
  databaseUrl,
}: {
  dataDir: string
  databaseUrl: string
}): void {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'integration-tests-only-secret-0123456789abcdef',
    RUN_JOBS: 'false',
    SITE_URL: 'http://localhost:4321',
    // Tests solve many captchas and send from one address; their own cases set these lower.
    CAPTCHA_COST: process.env.CAPTCHA_COST ?? '2000',
    SUBMISSION_RATE_LIMIT: process.env.SUBMISSION_RATE_LIMIT ?? '100000',
  })
}
