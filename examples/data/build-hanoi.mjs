// Builds the Hanoi dataset: three years of @lienthong/core's generated city (2022–2024, as of
// 1 July 2024), calibrated to the published figures of the three offices' coordination report.
// Every step is a plain selection or adjustment, documented in README.md; the report code knows
// nothing of it. The result is deterministic: its SHA-256 is committed in hanoi.sha256.
//
//   node build-hanoi.mjs                 print the checksum and a summary
//   node build-hanoi.mjs --check         fail when the checksum differs from hanoi.sha256
//   node build-hanoi.mjs --out FILE      also write the dataset as JSON (not committed: ~10 MB)
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isWorkingDay, vietnamWorkingCalendar } from '@lienthong/core/calendar'
import { parsePetition, redactPetition, serializePetition } from '@lienthong/core/petition'
import { generateSampleData } from '@lienthong/core/sample'
import { petitionAccumulator, rangePeriod } from '@lienthong/core/stats'
import { FIGURES, GENERATOR, SPANS } from './hanoi-params.mjs'

const ZONE = 'Asia/Ho_Chi_Minh'
const DAY = 86_400_000
const calendar = vietnamWorkingCalendar({ from: 2022, to: 2025 })

/** The local date (Hanoi, UTC+7 all year) of an instant. */
const localDate = (date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
const inSpan = (date, span) => {
  const day = localDate(date)
  return day >= span.from && day < span.to
}
const counted = (meeting) => meeting.status !== 'cancelled' && meeting.status !== 'postponed'

/** `count` items spread evenly over `items` (kept in their order). */
function spread(items, count) {
  if (count > items.length) throw new Error(`need ${count}, have ${items.length}`)
  const keep = new Set()
  for (let i = 0; i < count; i++) keep.add(Math.floor((i * items.length) / count))
  return items.filter((_, index) => keep.has(index))
}

/** The first working day on or after the local date of `date`, at the same local time. */
function onWorkingDay(date) {
  let moved = date
  while (!isWorkingDay(localDate(moved), calendar)) moved = new Date(moved.getTime() + DAY)
  return moved
}

/**
 * Makes the counted meetings chosen by `pick` within `span` exactly `count`: drops evenly spread
 * extras, or books extra sessions (copies of the nearest one, same time of day) in the middle of
 * the longest gaps between them.
 */
function fitMeetings(meetings, pick, span, count) {
  const chosen = meetings.filter((m) => pick(m) && counted(m) && inSpan(m.start, span))
  if (chosen.length >= count) {
    const keep = new Set(spread(chosen, count))
    return meetings.filter((m) => !chosen.includes(m) || keep.has(m))
  }
  const extra = []
  const all = [...chosen]
  for (let n = 1; all.length < count; n++) {
    all.sort((a, b) => a.start - b.start)
    let best = 0
    for (let i = 1; i < all.length; i++) {
      if (all[i].start - all[i - 1].start > all[best + 1].start - all[best].start) best = i - 1
    }
    const model = all[best]
    const days = Math.round((all[best + 1].start - model.start) / DAY / 2)
    const start = onWorkingDay(new Date(model.start.getTime() + days * DAY))
    const copy = {
      ...model,
      id: `${model.id}-extra-${n}`,
      start,
      end: new Date(start.getTime() + (model.end - model.start)),
    }
    extra.push(copy)
    all.push(copy)
  }
  return [...meetings, ...extra].sort((a, b) => a.start - b.start)
}

/** Splits `total` over `weights` proportionally, whole numbers, largest remainder first. */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w * total) / sum)
  const out = exact.map(Math.floor)
  let left = total - out.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => [x - Math.floor(x), i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left === 0) break
    out[i] += 1
    left -= 1
  }
  return out
}

/**
 * The online conferences: exactly the published number in their span (meetings of another kind
 * held online included), then their component
 * bridge points trimmed (village and residential-group points last in, first out) or extended
 * (more residential groups of the same wards) to the published total, then the delegates at
 * each point rescaled, proportionally, to the published total.
 */
function fitOnline(meetings, target) {
  const isOnline = (m) => m.kind === 'online-conference' || m.online !== undefined
  // Other meetings held online (a joint meeting with bridges to the districts) count as online
  // conferences too; they were fitted as what they are, so only online conferences are chosen.
  const others = meetings.filter(
    (m) =>
      m.kind !== 'online-conference' &&
      isOnline(m) &&
      counted(m) &&
      inSpan(m.start, SPANS.onlineConferences),
  )
  const fitted = fitMeetings(
    meetings,
    (m) => m.kind === 'online-conference',
    SPANS.onlineConferences,
    target.conferences - others.length,
  )
  const conferences = fitted.filter(
    (m) => isOnline(m) && counted(m) && inSpan(m.start, SPANS.onlineConferences),
  )
  const points = conferences.map((m) => [...(m.online?.bridgePoints ?? [])])
  const sizes = apportion(
    target.bridgePoints,
    points.map((p) => Math.max(p.length, 1)),
  )
  points.forEach((list, c) => {
    while (list.length > sizes[c]) {
      const sub = list.findLastIndex((p) => p.venueId === undefined)
      list.splice(sub === -1 ? list.length - 1 : sub, 1)
    }
    const wards = list.filter((p) => p.venueId !== undefined)
    for (let n = 1; list.length < sizes[c]; n++) {
      const ward = wards[n % Math.max(wards.length, 1)] ?? list[0]
      list.push({
        name: `${ward.name} - tổ dân phố số ${100 + n}`,
        ...(ward.hostUnitId === undefined ? {} : { hostUnitId: ward.hostUnitId }),
        delegates: ward.delegates,
      })
    }
  })
  const delegates = apportion(
    target.delegates,
    points.flat().map((p) => p.delegates),
  )
  let next = 0
  const replaced = new Map(
    conferences.map((m, c) => [
      m,
      {
        ...m,
        online: {
          ...(m.online ?? {}),
          bridgePoints: points[c].map((p) => ({ ...p, delegates: Math.max(1, delegates[next++]) })),
        },
      },
    ]),
  )
  return fitted.map((m) => replaced.get(m) ?? m)
}

/** What each public petition adds to the report's figures over the petitions' span. */
const petitionFigures = petitionAccumulator({
  period: rangePeriod(SPANS.petitions.from, SPANS.petitions.to, ZONE),
})

function figuresOf(petition) {
  const stats = petitionFigures
  const s = stats.finish(stats.add(stats.create(), petition))
  return {
    received: s.received,
    handled: s.handled.total,
    forwarded: s.outcomes.forwarded ?? 0,
    documents: s.documents,
  }
}

/**
 * A petition handled without a document: the office found it already taken up by the competent
 * body and filed it, on the day it had settled it. The generator writes this very history for a
 * share of the petitions; the People's Council's Standing Committee files many more.
 */
function filedWithoutDocument(petition) {
  const wire = serializePetition(petition)
  const settling = wire.history.findIndex((e) =>
    [
      'accepted',
      'forwarded',
      'guided',
      'chased-up',
      'answered',
      'filed',
      'returned',
      'withdrawn',
    ].includes(e.type),
  )
  const kept = wire.history
    .slice(0, settling)
    .filter((e) => ['received', 'classified', 'competence-decided'].includes(e.type))
  const history = [
    ...kept,
    {
      type: 'filed',
      at: wire.history[settling].at,
      byId: petition.receivedById,
      note: 'Đơn đã được cơ quan có thẩm quyền thụ lý, giải quyết: lưu theo dõi',
    },
  ]
  return parsePetition({ ...wire, history, outcome: 'filed' })
}

/**
 * Selects each office's petitions so its figures over the petitions' span are the published
 * ones. Petitions that count for nothing in the span (received and settled before it) stay.
 */
function fitPetitions(petitions) {
  const rows = petitions.map((petition) => ({
    petition,
    figures: figuresOf(redactPetition(petition, 'public')),
  }))
  const out = []
  for (const row of rows) {
    const target = FIGURES.petitions[row.petition.receivedById]
    if (target === undefined || row.figures.received === 0) out.push(row)
  }
  for (const [office, target] of Object.entries(FIGURES.petitions)) {
    const candidates = rows.filter(
      (r) => r.petition.receivedById === office && r.figures.received === 1,
    )
    const stay = out.filter((r) => r.petition.receivedById === office)
    if (target.forwarded !== undefined) {
      const forwarded = candidates.filter((r) => r.figures.forwarded === 1)
      const other = candidates.filter((r) => r.figures.forwarded === 0)
      out.push(
        ...spread(forwarded, target.forwarded),
        ...spread(other, target.received - target.forwarded),
      )
      continue
    }
    const handled = spread(
      candidates.filter((r) => r.figures.handled === 1),
      target.handled,
    )
    if (target.documents === undefined) {
      out.push(...handled)
      continue
    }
    // Documents issued in the span for petitions received before it count too.
    const earlier = stay.reduce((n, r) => n + r.figures.documents, 0)
    const withDocument = new Set(
      spread(
        handled.filter((r) => r.figures.documents === 1),
        target.documents - earlier,
      ),
    )
    for (const r of handled) {
      if (withDocument.has(r) || r.figures.documents === 0) out.push(r)
      else out.push({ petition: filedWithoutDocument(r.petition), figures: null })
    }
  }
  return out
    .map((r) => r.petition)
    .sort((a, b) => a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : 1))
}

/**
 * The Hanoi dataset, as plain parsed values: organisations, meetings, public (redacted)
 * petitions and tasks, each list sorted. About two seconds.
 */
export function buildHanoiDataset() {
  const runs = GENERATOR.years.map(({ year, asOf }) => ({
    meetingsRun: generateSampleData({
      seed: GENERATOR.seed,
      year,
      asOf,
      scale: GENERATOR.meetingScale,
    }),
    petitionsRun: generateSampleData({
      seed: GENERATOR.seed,
      year,
      asOf,
      scale: GENERATOR.petitionScale,
    }),
  }))
  const organizations = runs.at(-1).meetingsRun.organizations
  let meetings = runs.flatMap((r) => r.meetingsRun.meetings)
  for (const { hostId, kind, count } of FIGURES.meetings) {
    meetings = fitMeetings(
      meetings,
      (m) => m.hostId === hostId && m.kind === kind,
      SPANS.meetings,
      count,
    )
  }
  meetings = fitOnline(meetings, FIGURES.onlineConferences)
  const petitions = fitPetitions(runs.flatMap((r) => r.petitionsRun.petitions)).map((p) =>
    redactPetition(p, 'public'),
  )
  const tasks = runs.flatMap((r) => r.meetingsRun.directives.flatMap((d) => d.tasks))
  return { organizations, meetings, petitions, tasks }
}

/** The dataset as canonical JSON text (what the checksum is of). */
export function hanoiDatasetJson(dataset) {
  return JSON.stringify(dataset)
}

const checksumFile = fileURLToPath(new URL('hanoi.sha256', import.meta.url))

/** The SHA-256 of the dataset's JSON, and the one committed. */
export function hanoiChecksums(dataset) {
  const actual = createHash('sha256').update(hanoiDatasetJson(dataset)).digest('hex')
  const committed = readFileSync(checksumFile, 'utf8').trim().split(/\s+/)[0]
  return { actual, committed }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dataset = buildHanoiDataset()
  const out = process.argv.indexOf('--out')
  if (out !== -1) writeFileSync(process.argv[out + 1], hanoiDatasetJson(dataset))
  const actual = createHash('sha256').update(hanoiDatasetJson(dataset)).digest('hex')
  console.log(
    `meetings ${dataset.meetings.length} · petitions ${dataset.petitions.length} · tasks ${dataset.tasks.length}`,
  )
  console.log(`${actual}  hanoi.json`)
  if (process.argv.includes('--check')) {
    const { committed } = hanoiChecksums(dataset)
    if (committed !== actual) {
      console.error(`checksum differs from hanoi.sha256 (${committed})`)
      process.exit(1)
    }
    console.log('matches hanoi.sha256')
  }
}
