import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The guides' code is part of the product: each guide below is run as one module, its ```ts
// blocks in order, against the built @lienthong/core (as a reader who installed it would), after
// a strict type check. A ```text block right after a ```ts block is what that block prints.
const GUIDES = ['getting-started.md', 'getting-started.vi.md']
// Browser code: type-checked against the built packages (DOM included), not run.
const BROWSER_GUIDES = ['embedding-widgets.md', 'embedding-widgets.vi.md']

const guidesDir = new URL('../../docs/guides/', import.meta.url)
// Inside this example's node_modules, so `@lienthong/core` resolves to the workspace package.
const workDir = new URL('node_modules/.guides/', import.meta.url)

interface Guide {
  readonly code: string
  readonly expectedOutput: string
}

function readGuide(name: string): Guide {
  const lines = readFileSync(new URL(name, guidesDir), 'utf8').split('\n')
  const code: string[] = []
  const output: string[] = []
  let fence: { lang: string; body: string[] } | undefined
  let lastClosed: string | undefined
  for (const line of lines) {
    if (fence === undefined) {
      const open = /^```(\w*)\s*$/.exec(line)
      if (open) fence = { lang: open[1] ?? '', body: [] }
      else if (line.trim() !== '') lastClosed = undefined
      continue
    }
    if (line.startsWith('```')) {
      if (fence.lang === 'ts') code.push(fence.body.join('\n'))
      if (fence.lang === 'text' && lastClosed === 'ts') output.push(...fence.body)
      lastClosed = fence.lang
      fence = undefined
      continue
    }
    fence.body.push(line)
  }
  return { code: code.join('\n\n'), expectedOutput: output.join('\n') }
}

const widgetsDist = (path: string) =>
  fileURLToPath(new URL(`../../packages/widgets/dist/${path}`, import.meta.url))

/** The widgets are not a dependency of this example: their built types are mapped in. */
const browserOptions: ts.CompilerOptions = {
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  paths: {
    '@lienthong/widgets': [widgetsDist('index.d.ts')],
    '@lienthong/widgets/define': [widgetsDist('define.d.ts')],
  },
}

function typeErrors(file: string, extra: ts.CompilerOptions = {}): string[] {
  const configPath = fileURLToPath(new URL('tsconfig.json', import.meta.url))
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, (path) => ts.sys.readFile(path)).config,
    ts.sys,
    fileURLToPath(new URL('.', import.meta.url)),
  )
  const program = ts.createProgram([file], { ...config.options, ...extra, noEmit: true })
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.formatDiagnostic(diagnostic, ts.createCompilerHost({})))
}

// A strict type check and a Node process per guide: seconds on a busy two-core machine.
const SLOW = { timeout: 60_000 }

describe('the guides run as written', () => {
  mkdirSync(workDir, { recursive: true })
  for (const name of GUIDES) {
    it(`${name}: type-checks, runs and prints what the guide shows`, SLOW, () => {
      const guide = readGuide(name)
      expect(guide.code).toContain('@lienthong/core')
      const base = name.replace(/\.md$/, '')
      const source = fileURLToPath(new URL(`${base}.ts`, workDir))
      writeFileSync(source, guide.code)
      expect(typeErrors(source)).toEqual([])

      const script = fileURLToPath(new URL(`${base}.mjs`, workDir))
      const js = ts.transpileModule(guide.code, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      })
      writeFileSync(script, js.outputText)
      const printed = execFileSync(process.execPath, [script], { encoding: 'utf8' })
      expect(printed.trimEnd()).toBe(guide.expectedOutput.trimEnd())
    })
  }

  for (const name of BROWSER_GUIDES) {
    it(`${name}: its TypeScript type-checks against the built packages`, SLOW, () => {
      const guide = readGuide(name)
      expect(guide.code).toContain('@lienthong/widgets')
      const source = fileURLToPath(new URL(name.replace(/\.md$/, '.ts'), workDir))
      writeFileSync(source, guide.code)
      expect(typeErrors(source, browserOptions)).toEqual([])
    })
  }
})
