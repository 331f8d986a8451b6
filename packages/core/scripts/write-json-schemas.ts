// Writes docs/schemas/ (one JSON Schema per model and a README) from the zod schemas.
//
//   pnpm --filter @lienthong/core schemas          regenerate the files
//   pnpm --filter @lienthong/core schemas:check    exit 1, naming the stale files, if any differ
//
// Node 20 cannot run TypeScript, so the package scripts bundle this file with tsup first.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedFiles, SCHEMA_DIR } from './json-schemas.js'

/** The repository root: the nearest folder above this file with `pnpm-workspace.yaml`. */
function findRoot(from: string): string {
  let folder = from
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`no pnpm-workspace.yaml above ${from}`)
    folder = parent
  }
  return folder
}

/** Generated files that differ from what is on disk, and files on disk nobody generates. */
function staleFiles(folder: string, expected: readonly { name: string; text: string }[]): string[] {
  const names = new Set(expected.map((file) => file.name))
  const onDisk = existsSync(folder) ? readdirSync(folder) : []
  const changed = expected
    .filter(({ name, text }) => {
      const path = join(folder, name)
      return !existsSync(path) || readFileSync(path, 'utf8') !== text
    })
    .map(({ name }) => (onDisk.includes(name) ? `${name} (out of date)` : `${name} (missing)`))
  const extra = onDisk
    .filter((name) => name.endsWith('.schema.json') && !names.has(name))
    .map((name) => `${name} (no longer generated)`)
  return [...changed, ...extra]
}

function main(args: readonly string[]): number {
  const root = findRoot(dirname(fileURLToPath(import.meta.url)))
  const folder = join(root, SCHEMA_DIR)
  const files = generatedFiles()
  const stale = staleFiles(folder, files)

  if (args.includes('--check')) {
    if (stale.length === 0) {
      console.log(`${SCHEMA_DIR}: ${files.length} files up to date`)
      return 0
    }
    console.error(
      [
        `${SCHEMA_DIR} does not match the zod schemas. Stale files:`,
        ...stale.map((entry) => `  - ${SCHEMA_DIR}/${entry}`),
        'Run `pnpm --filter @lienthong/core schemas` and commit the result.',
      ].join('\n'),
    )
    return 1
  }

  mkdirSync(folder, { recursive: true })
  for (const { name, text } of files) writeFileSync(join(folder, name), text)
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.schema.json') && !files.some((file) => file.name === name)) {
      rmSync(join(folder, name))
    }
  }
  console.log(
    stale.length === 0
      ? `${SCHEMA_DIR}: ${files.length} files already up to date`
      : `${SCHEMA_DIR}: wrote ${stale.map((entry) => entry.split(' ')[0]).join(', ')}`,
  )
  return 0
}

process.exitCode = main(process.argv.slice(2))
