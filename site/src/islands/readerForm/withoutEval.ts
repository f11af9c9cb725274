// Zod builds fast object parsers with `new Function`, and merely probing whether it may makes a
// strict CSP (no 'unsafe-eval') report a violation. Schemas decide when they are built, so this
// module is imported before any of them.
import { config } from 'zod'

config({ jitless: true })
