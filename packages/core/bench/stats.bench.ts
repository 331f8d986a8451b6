// Benchmark of the statistics area's cube against arquero and DuckDB: a script, not a test.
// Run it from packages/core with `pnpm bench:stats`
// (`node --max-old-space-size=6144 --expose-gc --import tsx bench/stats.bench.ts`;
// BENCH_COUNT=… for another size, default 1,000,000).
//
// Data: the sample city's petitions (generateSampleData, scale 20, public form), repeated over
// five years (2022–2026) to BENCH_COUNT rows of { office, kind, outcome, month }: the receiving
// office, the first kind, the outcome ('open' when none yet) and the local month of receipt.
// The month is computed once, before timing, for all three, so each is timed on the same
// grouping of four string columns.
//
// Timed, in the same run, the median of nine runs after a warm-up, each after a full collection,
// a pause for the collector to finish sweeping on its threads, and 150 ms of busy work on both
// cores (this thread and a worker), since a virtual machine's cores run slower for a while after
// idling (measured here: the same loop 28 ms warm, 50–55 ms right after the pause). Every
// contender gets the same; DuckDB uses both cores, the others one:
//   - ours: cubeAccumulator over the row objects (dictionary-encoded keys, one array of counters);
//   - a plain loop building a string key per row in a Map (what the cube replaces);
//   - arquero 7: table.groupby(...).count() and the result's rows, from column arrays;
//   - DuckDB in-process (@duckdb/node-api): SELECT …, count(*) … GROUP BY ALL and reading the
//     result, after the rows were loaded into a table (loading is not timed).
// Then a check that all four give the same count for every cell.
import { Worker } from 'node:worker_threads'
import { DuckDBInstance } from '@duckdb/node-api'
import * as aq from 'arquero'
import { redactPetition } from '../src/petition/redactPetition.js'
import { generateSampleData } from '../src/sample/generateSampleData.js'
import { accumulate } from '../src/stats/accumulator.js'
import { cubeAccumulator } from '../src/stats/cubeAccumulator.js'
import { periodOf } from '../src/stats/period.js'

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000)
const RUNS = 9

interface Row {
  office: string
  kind: string
  outcome: string
  month: string
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = run()
  return { ms: performance.now() - start, value }
}

async function timedAsync<T>(
  run: () => Promise<T>,
): Promise<{ ms: number; cpu: number; value: T }> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = await run()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, value }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const collect = (globalThis as { gc?: () => void }).gc

// ---- Data -------------------------------------------------------------------------------------
const generation = timed(() => {
  const base = generateSampleData({ seed: 8, scale: 20 }).petitions.map((p) => {
    const month = periodOf(p.receivedAt, 'month').key
    const pub = redactPetition(p, 'public')
    return {
      office: pub.receivedById,
      kind: pub.kinds[0] ?? 'other',
      outcome: pub.outcome ?? 'open',
      monthOfYear: month.slice(5),
    }
  })
  // Each distinct month is one string, as the other columns' values are (and as a reader of a
  // file with repeated values, or a dictionary-encoded column, gives them).
  const months = new Map<string, string>()
  const rows: Row[] = new Array<Row>(COUNT)
  for (let i = 0; i < COUNT; i++) {
    const b = base[i % base.length]
    if (b === undefined) throw new Error('no petitions generated')
    const year = 2022 + (Math.floor(i / base.length) % 5)
    const text = `${String(year)}-${b.monthOfYear}`
    let month = months.get(text)
    if (month === undefined) months.set(text, (month = text))
    rows[i] = { office: b.office, kind: b.kind, outcome: b.outcome, month }
  }
  return { rows, distinct: base.length }
})
const { rows } = generation.value
console.log(
  `${COUNT.toLocaleString('en')} petitions (${generation.value.distinct.toLocaleString('en')} generated, repeated over 5 years) ready in ${generation.ms.toFixed(0)} ms`,
)

// Column arrays for arquero; rows loaded into DuckDB (neither timed).
const columns = {
  office: rows.map((r) => r.office),
  kind: rows.map((r) => r.kind),
  outcome: rows.map((r) => r.outcome),
  month: rows.map((r) => r.month),
}
const table = aq.table(columns)

const instance = await DuckDBInstance.create(':memory:')
const connection = await instance.connect()
await connection.run(
  'CREATE TABLE petitions (office VARCHAR, kind VARCHAR, outcome VARCHAR, month VARCHAR)',
)
const load = await timedAsync(async () => {
  const appender = await connection.createAppender('petitions')
  for (const r of rows) {
    appender.appendVarchar(r.office)
    appender.appendVarchar(r.kind)
    appender.appendVarchar(r.outcome)
    appender.appendVarchar(r.month)
    appender.endRow()
  }
  appender.closeSync()
})
console.log(`DuckDB loaded in ${load.ms.toFixed(0)} ms (not timed below)\n`)

// ---- The four ---------------------------------------------------------------------------------
type Counts = Map<string, number>
const keyOf = (office: string, kind: string, outcome: string, month: string) =>
  `${office}\u0000${kind}\u0000${outcome}\u0000${month}`

const cube = cubeAccumulator<Row>([
  { name: 'office', of: (r) => r.office },
  { name: 'kind', of: (r) => r.kind },
  { name: 'outcome', of: (r) => r.outcome },
  { name: 'month', of: (r) => r.month },
])

function ours(): Counts {
  const result = accumulate(cube, rows)
  return new Map(result.cells.map((cell) => [cell.key.join('\u0000'), cell.count]))
}

function plainMap(): Counts {
  const counts: Counts = new Map()
  for (const r of rows) {
    const key = keyOf(r.office, r.kind, r.outcome, r.month)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

function arquero(): Counts {
  const grouped = table.groupby('office', 'kind', 'outcome', 'month').count()
  const counts: Counts = new Map()
  for (const row of grouped.objects() as {
    office: string
    kind: string
    outcome: string
    month: string
    count: number
  }[]) {
    counts.set(keyOf(row.office, row.kind, row.outcome, row.month), row.count)
  }
  return counts
}

async function duckdb(): Promise<Counts> {
  const reader = await connection.runAndReadAll(
    'SELECT office, kind, outcome, month, count(*)::INTEGER AS n FROM petitions GROUP BY ALL',
  )
  const counts: Counts = new Map()
  for (const [office, kind, outcome, month, n] of reader.getRows() as [
    string,
    string,
    string,
    string,
    number,
  ][]) {
    counts.set(keyOf(office, kind, outcome, month), n)
  }
  return counts
}

// The cells of the timed part are read into a Map too, so all four end with the same value.
const contenders: { name: string; run: () => Counts | Promise<Counts> }[] = [
  { name: 'lienthong cubeAccumulator', run: ours },
  { name: 'plain Map, string keys', run: plainMap },
  { name: 'arquero 7 groupby().count()', run: arquero },
  { name: 'DuckDB (in-process) GROUP BY', run: duckdb },
]

// Busy work on both cores before each timed run (see the header).
const WARM_MS = 150
const spin = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until);
}
const warmer = new Worker(
  `const { parentPort } = require('node:worker_threads')
   parentPort.on('message', (ms) => {
     const until = performance.now() + ms
     while (performance.now() < until);
     parentPort.postMessage('warm')
   })`,
  { eval: true },
)
async function warmBothCores(): Promise<void> {
  const done = new Promise((resolve) => warmer.once('message', resolve))
  warmer.postMessage(WARM_MS)
  spin(WARM_MS)
  await done
}

const results = new Map<string, { ms: number[]; cpu: number[]; counts: Counts }>()
for (const c of contenders) await c.run() // warm-up
for (let run = 0; run < RUNS; run++) {
  for (const c of contenders) {
    collect?.()
    // Let the collector finish sweeping on its threads, so no contender pays for the last one.
    await new Promise((resolve) => setTimeout(resolve, 100))
    await warmBothCores()
    const { ms, cpu, value } = await timedAsync(async () => c.run())
    const entry = results.get(c.name) ?? { ms: [], cpu: [], counts: value }
    entry.ms.push(ms)
    entry.cpu.push(cpu)
    entry.counts = value
    results.set(c.name, entry)
  }
}

const ourMs = median(results.get('lienthong cubeAccumulator')?.ms ?? [])
const ourCpu = median(results.get('lienthong cubeAccumulator')?.cpu ?? [])
console.log(
  `${COUNT.toLocaleString('en')} petitions by office × kind × outcome × month (median of ${String(RUNS)} runs;` +
    ' CPU time counts every thread of the process)',
)
console.log('                                  wall ms  ×ours   CPU ms  ×ours')
for (const c of contenders) {
  const ms = median(results.get(c.name)?.ms ?? [])
  const cpu = median(results.get(c.name)?.cpu ?? [])
  console.log(
    `  ${c.name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ${(ms / ourMs).toFixed(2).padStart(6)}` +
      ` ${cpu.toFixed(1).padStart(8)} ${(cpu / ourCpu).toFixed(2).padStart(6)}`,
  )
}

// ---- Agreement --------------------------------------------------------------------------------
const reference: Counts =
  results.get('lienthong cubeAccumulator')?.counts ?? new Map<string, number>()
let total = 0
for (const n of reference.values()) total += n
const disagreements = contenders
  .map((c) => {
    const counts = results.get(c.name)?.counts ?? new Map<string, number>()
    const differ =
      counts.size !== reference.size || [...reference].some(([key, n]) => counts.get(key) !== n)
    return differ ? c.name : undefined
  })
  .filter((name) => name !== undefined)
console.log(
  `\nagreement: ${disagreements.length === 0 ? 'all four give the same' : `DIFFER: ${disagreements.join(', ')}`} ` +
    `${reference.size.toLocaleString('en')} cells, ${total.toLocaleString('en')} petitions in all`,
)
const duckMs = median(results.get('DuckDB (in-process) GROUP BY')?.ms ?? [])
console.log(
  `target (faster than DuckDB in the same run): ${ourMs < duckMs ? 'met' : 'NOT met'} — ${ourMs.toFixed(1)} ms vs ${duckMs.toFixed(1)} ms`,
)
connection.closeSync()
instance.closeSync()
await warmer.terminate()
if (disagreements.length > 0 || total !== COUNT) process.exitCode = 1
