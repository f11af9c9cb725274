// Settings read from the environment, for every process that reads one: the same coercion and
// the same error everywhere.
import { z } from 'zod'

/** An integer variable: coerced from its text, at least `min` (and at most `max`), `fallback` when unset. */
export function integerSetting({
  min,
  max,
  fallback,
}: {
  min: number
  max?: number
  fallback: number
}) {
  const bounded = z.coerce.number().int().min(min)
  return (max === undefined ? bounded : bounded.max(max)).default(fallback)
}

/** A TCP port; 0 only where `allowAny` (the system picks a free one). */
export const portSetting = (fallback: number, { allowAny = false } = {}) =>
  integerSetting({ min: allowAny ? 0 : 1, max: 65535, fallback })

/**
 * Parses `source` with `schema`, or throws one error naming every variable and its problem:
 * `Invalid environment for <who>: NAME: problem; …`.
 */
export function parseSettings<Schema extends z.ZodType>(
  schema: Schema,
  source: NodeJS.ProcessEnv,
  who: string,
): z.output<Schema> {
  const parsed = schema.safeParse(source)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`Invalid environment for ${who}: ${problems.join('; ')}`)
}
