/**
 * @-mentions: `@` followed by the part before the `@` of a colleague's e-mail address, e.g.
 * `@anna.berg` for anna.berg@redaktion.example, at the start of the text or after a space or
 * an opening bracket. Matched case-insensitively against the whole local part, so a mention
 * names exactly one account (names are neither unique nor free of spaces). An e-mail address
 * in the text (`kalle@example.se`) is not a mention.
 */
const MENTION = /(?<=^|[\s([{"'«”])@([a-z0-9][a-z0-9._+-]*[a-z0-9]|[a-z0-9])/gi

/** The distinct local parts mentioned in a text, lower-cased, in order of appearance. */
export function mentionedHandles(text: string): string[] {
  const handles = [...text.matchAll(MENTION)].map((match) => match[1]!.toLowerCase())
  return [...new Set(handles)]
}

/** The handle a user is mentioned by: their e-mail address's local part, lower-cased. */
export const handleOf = (email: string): string => email.split('@')[0]!.toLowerCase()

/** Resolves handles against the staff's e-mail addresses; what matches no one is `unknown`. */
export function resolveMentions<User extends { id: string; email: string }>(
  text: string,
  users: User[],
): { users: User[]; unknown: string[] } {
  const byHandle = new Map(users.map((user) => [handleOf(user.email), user]))
  const found: User[] = []
  const unknown: string[] = []
  for (const handle of mentionedHandles(text)) {
    const user = byHandle.get(handle)
    if (user) found.push(user)
    else unknown.push(handle)
  }
  return { users: found, unknown }
}
