// Size budgets of the widgets, checked in the test command (`pnpm --filter @lienthong/widgets
// size`).
//
// Method. Each element's registration module (`src/<element>/define.ts`) is bundled on its own
// with esbuild, as a page that registers only that element would get it: ESM, minified, for the
// browser, Lit's production build, `@lienthong/core` from its sources through the tsconfig paths
// (as the tests see it; its `sideEffects: false` applies; its npm ESM build is one file per
// module too, so an application's bundler sees the same modules and drops the same).
//
// Code split (`splitting: true`), so the lazily loaded parts (`import()`: core's validators,
// conflict detection, the message catalogs of every language) become chunks of their own; the
// figure counts every chunk reachable from the entry, static and dynamic imports alike, because a
// page that uses the element loads them too ("with the core code it uses"). One exception, since
// a page speaks one language and never all: the message catalogs of the five languages
// (`locales/<lang>.ts`, or an element's own `messages/<lang>.ts`, Vietnamese included: every
// language is loaded on demand) are alternatives, and only the language whose catalog chunks
// weigh most for that element counts. Each chunk is gzipped on its own at level 9, as a server
// sends it, and the sizes are added up; the "first load" column is the part reachable through
// static imports only (without any language's messages, which every element waits for). "Lit" means lit, lit-html, lit-element and @lit/reactive-element: bundled for a budget
// "with Lit", external for one "excluding Lit".
//
// The CDN bundle is measured as it is shipped (`tsup.config.ts`): one file, not split, every
// element and every language in it.
//
// An "enforced" budget fails the command when exceeded; a "tracked" one prints its gap without
// failing, for a target not reached yet (never raise a budget to make it pass). An element whose
// registration module does not exist yet is reported as missing.
//
// Usage: node scripts/size-budget.mjs [--analyze]
//   --analyze  also prints where the bytes go: each counted chunk, and the bytes per package or
//              source folder (minified; gzipped estimated by sharing out each chunk's gzip size),
//              and writes each element's esbuild metafile to node_modules/.cache/size-budget/,
//              for https://esbuild.github.io/analyze/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const kB = 1000
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']
/** The messages of one language, loaded lazily: its language. */
const catalogLanguage = /(?:^|\/)(?:locales|messages)\/(vi|en|ja|ru|ur)\.ts$/

/**
 * @typedef {object} Budget
 * @property {string} name - What is measured.
 * @property {string} entry - The entry module, relative to the package.
 * @property {boolean} withLit - Whether Lit counts.
 * @property {number | undefined} limit - The budget in bytes, min+gzip; none: informational.
 * @property {'enforced' | 'tracked' | 'info'} mode - See the header.
 * @property {boolean} [single] - One file, as the CDN bundle is shipped, instead of split.
 */

/** @type {Budget[]} */
const budgets = [
  {
    name: '<lt-petition-status>',
    entry: 'src/petition-status/define.ts',
    withLit: true,
    limit: 25 * kB,
    mode: 'enforced',
  },
  {
    name: '<lt-petition-form>',
    entry: 'src/petition-form/define.ts',
    withLit: true,
    limit: 45 * kB,
    // Tracked: over even with core's schemas on zod/mini (zod about 11 kB, core's calendar and
    // deadlines about 14 kB).
    mode: 'tracked',
  },
  {
    name: '<lt-meeting-calendar>',
    entry: 'src/meeting-calendar/define.ts',
    withLit: false,
    limit: 35 * kB,
    mode: 'tracked',
  },
  {
    name: '<lt-weekly-schedule>',
    entry: 'src/weekly-schedule/define.ts',
    withLit: false,
    limit: 35 * kB,
    mode: 'tracked',
  },
  {
    name: 'CDN bundle (all elements)',
    entry: 'src/cdn/lienthong-widgets.ts',
    withLit: true,
    limit: undefined,
    mode: 'info',
    single: true,
  },
]

/**
 * Bundles one entry with code splitting (unless `single`) and measures every chunk it can load.
 *
 * @param {Budget} budget
 */
async function measure(budget) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [budget.entry],
    bundle: true,
    splitting: budget.single !== true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    external: budget.withLit ? [] : lit,
    outdir: 'size-budget-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const contents = new Map(result.outputFiles.map((file) => [relative(root, file.path), file]))
  const outputs = result.metafile.outputs
  const [entryOutput] = Object.keys(outputs).filter(
    (path) => outputs[path].entryPoint === budget.entry,
  )
  if (!entryOutput) throw new Error(`esbuild produced no output for ${budget.entry}`)

  /** Chunks reachable from the entry; `staticOnly` follows static imports only. */
  const reachable = (staticOnly) => {
    const seen = new Set([entryOutput])
    const queue = [entryOutput]
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      for (const { path: next, kind, external } of outputs[path].imports) {
        if (external || seen.has(next) || !(next in outputs)) continue
        if (staticOnly && kind === 'dynamic-import') continue
        seen.add(next)
        queue.push(next)
      }
    }
    return [...seen]
  }
  const sizeOf = (path) => {
    const bytes = contents.get(path)?.contents
    if (!bytes) throw new Error(`esbuild output ${path} is missing`)
    return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  }
  /** The language of a chunk that holds only one language's messages, else `undefined`. */
  const languageOf = (path) => {
    const languages = new Set(
      Object.keys(outputs[path].inputs).map((input) => catalogLanguage.exec(input)?.[1]),
    )
    const [language] = languages
    return languages.size === 1 ? language : undefined
  }
  const isAlternative = (path) => languageOf(path) !== undefined
  /** The chunks that count: every one but the catalogs, and the heaviest language's catalogs. */
  const counted = (paths) => {
    const sized = paths.map((path) => ({ path, ...sizeOf(path), language: languageOf(path) }))
    const weight = new Map()
    for (const { language, gzip } of sized) {
      if (language !== undefined) weight.set(language, (weight.get(language) ?? 0) + gzip)
    }
    const [heaviest] = [...weight].sort((a, b) => b[1] - a[1])
    return sized.filter((chunk) => chunk.language === undefined || chunk.language === heaviest?.[0])
  }
  const total = (chunks) =>
    chunks.reduce((sum, chunk) => ({ min: sum.min + chunk.min, gzip: sum.gzip + chunk.gzip }), {
      min: 0,
      gzip: 0,
    })
  const all = reachable(false)
  const chunks = counted(all).map((chunk) => ({ ...chunk, inputs: outputs[chunk.path].inputs }))
  return {
    ...total(chunks),
    firstGzip: total(counted(reachable(true))).gzip,
    chunks: all.filter((path) => !isAlternative(path)).length,
    alternatives: new Set(all.map(languageOf).filter(Boolean)).size,
    counted: chunks,
    metafile: result.metafile,
  }
}

/** Groups a bundle's input files: a package name, a message catalog, or a source folder. */
function groupOf(input) {
  // A message catalog is a group of its own: one language of one catalog.
  if (/(?:^|\/)(?:locales|messages)\/[a-z]{2}\.ts$/.test(input)) return input
  const packageMatch = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(
    input,
  )
  if (packageMatch) return packageMatch[1]
  const parts = input.split('/')
  if (parts[0] === '..') return `@lienthong/${parts.slice(1, 4).join('/')}`
  return parts.slice(0, Math.min(parts.length, 3)).join('/')
}

/**
 * Bytes per origin over the chunks that count: minified exactly, gzipped estimated (each chunk's
 * gzip size shared out in proportion to the minified bytes each origin has in it).
 */
function breakdown(chunks) {
  const groups = new Map()
  const files = []
  for (const chunk of chunks) {
    const inputs = Object.entries(chunk.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    const ratio = chunk.gzip / chunk.min
    for (const [input, { bytesInOutput }] of inputs) {
      const group = groups.get(groupOf(input)) ?? { min: 0, gzip: 0 }
      group.min += bytesInOutput
      group.gzip += bytesInOutput * ratio
      groups.set(groupOf(input), group)
      files.push([input, { min: bytesInOutput, gzip: bytesInOutput * ratio }])
    }
  }
  const byBytes = (a, b) => b[1].min - a[1].min
  return { groups: [...groups].sort(byBytes), files: files.sort(byBytes) }
}

const formatKB = (bytes) => `${(bytes / kB).toFixed(1)} kB`
const chunkCount = ({ chunks, alternatives }) =>
  `${chunks} chunk${chunks === 1 ? '' : 's'}${alternatives > 0 ? ` + 1 of ${alternatives} languages` : ''}`

function printTable(rows) {
  const header = ['element', 'Lit', 'min', 'gzip', 'first load', 'budget', 'ok']
  const lines = [header, ...rows]
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column].length)))
  const render = (line) => line.map((cell, column) => cell.padEnd(widths[column])).join(' | ')
  console.log(render(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'))
  for (const row of rows) console.log(render(row))
}

const analyze = process.argv.includes('--analyze')
const cacheDir = join(root, 'node_modules', '.cache', 'size-budget')
const rows = []
const failures = []
const notes = []
const analyses = []

for (const budget of budgets) {
  const lit = budget.withLit ? 'with' : 'without'
  const limit = budget.limit === undefined ? '-' : formatKB(budget.limit)
  if (!existsSync(join(root, budget.entry))) {
    rows.push([budget.name, lit, '-', '-', '-', limit, 'MISSING'])
    notes.push(`${budget.name}: ${budget.entry} does not exist yet; not measured.`)
    continue
  }
  let size
  try {
    size = await measure(budget)
  } catch (error) {
    // A build error (a syntax error, an import that does not resolve) is a failure of its own,
    // reported with esbuild's message, and the other elements are still measured.
    rows.push([budget.name, lit, '-', '-', '-', limit, 'BUILD FAILED'])
    failures.push(`${budget.name}: could not be bundled: ${String(error)}`)
    continue
  }
  let verdict = 'info'
  if (budget.limit !== undefined) {
    const over = size.gzip - budget.limit
    if (over <= 0) verdict = `yes (${budget.mode})`
    else if (budget.mode === 'enforced') {
      verdict = `NO, ${formatKB(over)} over`
      failures.push(`${budget.name}: ${formatKB(size.gzip)} > ${limit}`)
    } else verdict = `tracked, ${formatKB(over)} over`
  }
  rows.push([
    budget.name,
    lit,
    formatKB(size.min),
    `${formatKB(size.gzip)} (${chunkCount(size)})`,
    formatKB(size.firstGzip),
    limit,
    verdict,
  ])
  if (analyze) analyses.push([budget, size])
}

console.log('Size budgets: min+gzip (level 9), each element bundled on its own with esbuild\n')
printTable(rows)
for (const note of notes) console.log(`\n${note}`)

if (analyze) {
  mkdirSync(cacheDir, { recursive: true })
  for (const [budget, size] of analyses) {
    const file = join(cacheDir, `${budget.entry.split('/').at(-2) ?? 'entry'}.meta.json`)
    writeFileSync(file, JSON.stringify(size.metafile))
    console.log(`\n${budget.name} (metafile: ${relative(root, file)})`)
    console.log('  chunks counted (min, gzip):')
    for (const chunk of size.counted) {
      const [largest] = Object.entries(chunk.inputs).sort(
        (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
      )
      console.log(
        `  ${formatKB(chunk.min).padStart(9)} ${formatKB(chunk.gzip).padStart(9)}  ${chunk.path}` +
          ` (largest input: ${largest?.[0] ?? '-'})`,
      )
    }
    const { groups, files } = breakdown(size.counted)
    console.log('  by origin (min, gzip estimated):')
    for (const [group, bytes] of groups.slice(0, 15)) {
      console.log(
        `  ${formatKB(bytes.min).padStart(9)} ${formatKB(bytes.gzip).padStart(9)}  ${group}`,
      )
    }
    console.log('  largest files (min, gzip estimated):')
    for (const [input, bytes] of files.slice(0, 12)) {
      console.log(
        `  ${formatKB(bytes.min).padStart(9)} ${formatKB(bytes.gzip).padStart(9)}  ${input}`,
      )
    }
  }
}

if (failures.length > 0) {
  console.error(`\nSize check failed:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
}
