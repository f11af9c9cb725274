import { it } from 'vitest'

// Shown in the report instead of the MongoDB run of the site-build suites.
it.skip('MongoDB site-build suites (publish journey, incremental build, reader forms) were skipped: MONGODB_URL is not set (e.g. MONGODB_URL=mongodb://127.0.0.1:27017 npm test)', () => {})
