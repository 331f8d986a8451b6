import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every export of the package carries TSDoc with a @category (typedoc groups by it) and an
// @example (the reference shows how to call it). This walks the real exports, as a user sees them.
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))

function undocumentedExports(): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(entry)
  const moduleSymbol = source && checker.getSymbolAtLocation(source)
  if (!moduleSymbol) throw new Error('cannot read src/index.ts')
  const problems: string[] = []
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const tags = symbol.getJsDocTags(checker).map((tag) => tag.name)
    const missing = ['category', 'example'].filter((name) => !tags.includes(name))
    if (missing.length > 0) problems.push(`${exported.name}: no @${missing.join(', @')}`)
  }
  return problems.sort()
}

describe('API documentation', () => {
  it('gives every export a @category and an @example', { timeout: 60_000 }, () => {
    expect(undocumentedExports()).toEqual([])
  })
})
