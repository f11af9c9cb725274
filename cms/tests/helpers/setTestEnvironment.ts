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
  })
}
