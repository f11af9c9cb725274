// The READMEs are checked against the code so that they cannot go stale: every environment
// table against the zod schema that reads those variables (names both ways, defaults where the
// schema has them), the tables of other settings against the code that reads them, every
// relative link against the files and headings it points at, and the root README's size.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { envSchema as cmsEnvSchema } from '@redaktion/cms/env'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

import { schema as siteEnvSchema } from '../../../site/src/env'
import { repoRoot } from '../lib/paths'
import { schema as publisherEnvSchema } from '@redaktion/site/publisher/config'
import { schema as startEnvSchema } from '../start/config'

const READMES = ['README.md', 'cms/README.md', 'site/README.md', 'scripts/README.md']
/** "At most 8 kB" read strictly: 8,000 bytes. */
const ROOT_README_MAX_BYTES = 8000

const SCHEMA_TABLES: { readme: string; heading: string; schema: z.ZodObject }[] = [
  { readme: 'cms/README.md', heading: 'Environment', schema: cmsEnvSchema },
  { readme: 'site/README.md', heading: 'Environment of the site build', schema: siteEnvSchema },
  { readme: 'site/README.md', heading: 'Environment of the publisher', schema: publisherEnvSchema },
  { readme: 'scripts/README.md', heading: 'Environment of npm start', schema: startEnvSchema },
]

/** Tables of variables that no schema reads: each must still be read somewhere in the code. */
const CODE_TABLES = [
  { readme: 'site/README.md', heading: 'Build settings outside the schemas' },
  { readme: 'scripts/README.md', heading: 'Test settings' },
]

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mjs', '.js', '.astro'])
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'data'])

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

/** Markdown without its fenced code blocks, whose `#` lines and brackets are not markdown. */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

function headingsOf(markdown: string): { level: number; text: string }[] {
  return [...withoutCodeBlocks(markdown).matchAll(/^(#{1,6}) (.+)$/gm)].map((match) => ({
    level: match[1]!.length,
    text: match[2]!.trim(),
  }))
}

/**
 * The rows of the first table after the heading with exactly this text, as variable → default
 * cell. A row names one variable, as a code span in its first cell.
 */
function tableUnder(markdown: string, heading: string): Map<string, string> {
  const lines = withoutCodeBlocks(markdown).split('\n')
  const start = lines.findIndex(
    (line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') === heading,
  )
  if (start === -1) throw new Error(`No heading "${heading}"`)
  const rows = new Map<string, string>()
  let index = start + 1
  while (index < lines.length && !lines[index]!.startsWith('|')) {
    if (/^#{1,6} /.test(lines[index]!)) throw new Error(`No table under "${heading}"`)
    index++
  }
  // Skip the header row and the separator row.
  for (index += 2; index < lines.length && lines[index]!.startsWith('|'); index++) {
    const [variableCell = '', defaultCell = ''] = lines[index]!.split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    const variable = /^`([A-Z][A-Z0-9_]*)`$/.exec(variableCell)?.[1]
    if (!variable) throw new Error(`Under "${heading}": "${variableCell}" is not one variable`)
    if (rows.has(variable)) throw new Error(`Under "${heading}": ${variable} twice`)
    rows.set(variable, defaultCell)
  }
  if (rows.size === 0) throw new Error(`No table under "${heading}"`)
  return rows
}

/** How a schema default is written in a README: paths in the repository relative to it. */
function displayDefault(value: unknown): string {
  if (typeof value === 'string' && path.isAbsolute(value) && value.startsWith(repoRoot)) {
    return `./${path.relative(repoRoot, value)}`
  }
  return String(value)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) return []
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return SOURCE_EXTENSIONS.has(path.extname(name)) ? [full] : []
  })
}

describe('the root README', () => {
  it('is at most 8 kB', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(ROOT_README_MAX_BYTES)
  })
})

describe.each(SCHEMA_TABLES)('$readme, "$heading"', ({ readme, heading, schema }) => {
  const rows = tableUnder(read(readme), heading)
  const defaults = schema.parse({}) as Record<string, unknown>

  it('lists exactly the variables the schema reads', () => {
    const documented = [...rows.keys()]
    const inSchema = Object.keys(schema.shape)
    expect({
      missing: inSchema.filter((name) => !rows.has(name)),
      extra: documented.filter((name) => !inSchema.includes(name)),
    }).toEqual({ missing: [], extra: [] })
  })

  it("gives the schema's defaults, and claims none where it has none", () => {
    for (const [variable, cell] of rows) {
      if (!(variable in schema.shape)) continue
      const value = defaults[variable]
      if (value === undefined) {
        // Unset, made at run time, or derived from another variable ($NAME): not a literal.
        expect(cell, variable).toMatch(/^(unset|generated|random|`[^`]*\$[^`]*`)/)
      } else {
        expect(/^`([^`]+)`/.exec(cell)?.[1], variable).toBe(displayDefault(value))
      }
    }
  })
})

describe.each(CODE_TABLES)('$readme, "$heading"', ({ readme, heading }) => {
  it('lists only variables the code still reads', () => {
    const code = sourceFiles(repoRoot)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const unread = [...tableUnder(read(readme), heading).keys()].filter(
      (variable) => !new RegExp(`\\b${variable}\\b`).test(code),
    )
    expect(unread).toEqual([])
  })
})

describe.each(READMES)('%s', (readme) => {
  it('links only to files and headings that exist', () => {
    const dir = path.dirname(path.join(repoRoot, readme))
    const broken = [...withoutCodeBlocks(read(readme)).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
      .filter((target) => {
        const [file = '', anchor] = target.split('#')
        const full = file ? path.resolve(dir, file) : path.join(repoRoot, readme)
        let isFile: boolean
        try {
          isFile = statSync(full).isFile()
        } catch {
          return true
        }
        if (anchor === undefined) return false
        if (!isFile || !full.endsWith('.md')) return true
        return !headingsOf(readFileSync(full, 'utf8')).some(
          (heading) => anchorOf(heading.text) === anchor,
        )
      })
    expect(broken).toEqual([])
  })
})
