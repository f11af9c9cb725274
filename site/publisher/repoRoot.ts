import path from 'node:path'

/** The repository root: the publisher runs its builds there, and `data/` lives there. */
export const repoRoot = path.resolve(import.meta.dirname, '../..')
