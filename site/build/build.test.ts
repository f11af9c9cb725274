// `npm run build -w site` uses Astro's public API only: nothing it imports, directly or through
// the site's own modules, is the Astro adapter (astroInternals.ts) or a module of astro/dist.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/** The modules a file loads: its imports and re-exports (not type-only ones) and import()s. */
function loadedBy(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const loaded: string[] = []
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly)
    ) {
      if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
        loaded.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      loaded.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return loaded
}

/** Every module `entry` loads, the site's own files followed, packages not. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const specifier of loadedBy(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier)
        continue
      }
      const base = path.resolve(path.dirname(file), specifier)
      const found = [base, `${base}.ts`, `${base}/index.ts`].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      )
      if (!found) throw new Error(`${file} imports ${specifier}, which is not there`)
      visit(found)
    }
  }
  visit(entry)
  return { files: [...files], packages: [...packages] }
}

const buildDir = import.meta.dirname

describe('the one-shot site build', () => {
  it('imports neither the Astro adapter nor any of astro/dist', () => {
    const { files, packages } = importGraph(path.join(buildDir, 'build.ts'))
    expect(files).toContain(path.join(buildDir, 'render.ts'))
    expect(packages).toContain('astro')
    expect(files).not.toContain(path.join(buildDir, 'astroInternals.ts'))
    expect(packages.filter((name) => name.startsWith('astro/dist'))).toEqual([])
    // Nor does any of them reach into Astro's package by a path of its own, or its globals.
    const reaching = files.filter((file) =>
      /astro\/dist|astroAsset|astro\/package\.json/.test(readFileSync(file, 'utf8')),
    )
    expect(reaching).toEqual([])
  })

  it('is told apart from the build server, which does import the adapter', () => {
    const { files } = importGraph(path.join(buildDir, 'buildServer.ts'))
    expect(files).toContain(path.join(buildDir, 'astroInternals.ts'))
  })
})
