// Benchmark of petition deadlines: a script, not a test. Run it with
// `npx tsx bench/deadlines.bench.ts` from packages/core.
//
// Generated data (seeded, the same every run): 1,000,000 parsed petitions received between
// 2023-01-02 and 2026-06-30 — 45% complaints (a fifth of them second complaints), 25%
// denunciations, 15% recommendations, 15% reflections, 5% holding two kinds; 30% received in
// person; histories of 0–5 events (acceptance after 1–14 days, resolution 10–70 days later,
// result sent 1–9 days after that, some forwarded, withdrawn or extended).
//
// 1. petitionDeadlines over all of them, as of 2026-06-30, with the Vietnamese calendar
//    2022–2027 and the default rule set: deadline evaluations (one per step that applies) per
//    second.
// 2. The same deadlines computed by a naive evaluator that steps through the calendar day by day
//    (a Set of days off, one Date per step) on the first 50,000 petitions: the rate, the ratio,
//    and a check that both give the same due dates, statuses and working days left.
import { vietnamWorkingCalendar } from '../src/calendar/index.js'
import {
  parseDeadlineRules,
  petitionDeadlines,
  VIETNAM_DEADLINE_RULES,
  type PetitionDeadline,
} from '../src/deadlines/index.js'
import type { Petition, PetitionEvent, PetitionKind } from '../src/petition/index.js'

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000)
const BASELINE_COUNT = Math.min(50_000, COUNT)
const AS_OF = '2026-06-30'
const DAY = 86_400_000
const OFFSET = 7 * 3_600_000 // Asia/Ho_Chi_Minh, UTC+7 all year

/** A small seeded generator (mulberry32), so every run measures the same data. */
function createRandom(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return { next, int }
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10)

function generatePetitions(count: number): Petition[] {
  const random = createRandom(20260630)
  const first = Date.parse('2023-01-02T00:00:00+07:00')
  const last = Date.parse('2026-06-30T00:00:00+07:00')
  const days = (last - first) / DAY
  const petitions: Petition[] = []
  for (let i = 0; i < count; i++) {
    const roll = random.next()
    const kind: PetitionKind =
      roll < 0.45
        ? 'complaint'
        : roll < 0.7
          ? 'denunciation'
          : roll < 0.85
            ? 'recommendation'
            : 'reflection'
    const kinds: PetitionKind[] =
      random.next() < 0.05
        ? [kind, kind === 'reflection' ? 'recommendation' : 'reflection']
        : [kind]
    const received = first + random.int(0, days) * DAY + random.int(8 * 60, 16 * 60) * 60_000
    const history: PetitionEvent[] = []
    const event = (type: PetitionEvent['type'], at: number, extra: Partial<PetitionEvent> = {}) =>
      history.push({ type, at: new Date(at), documents: [], ...extra })
    let at = received
    /** Moves the clock on by `min`–`max` days and returns the new instant. */
    const later = (min: number, max: number) => (at += random.int(min, max) * DAY)
    if (random.next() < 0.1) {
      event('forwarded', later(1, 9), { competent: false })
    } else if (random.next() < 0.85) {
      event('accepted', later(1, 14))
      if (random.next() < 0.05) {
        const extendedAt = later(5, 20)
        event('deadline-extended', extendedAt, {
          newDeadline: isoDate(extendedAt + OFFSET + 40 * DAY),
        })
      }
      if (random.next() < 0.7) {
        event('resolved', later(10, 60))
        if (random.next() < 0.8) event('result-sent', later(1, 9))
      } else if (random.next() < 0.1) {
        event('withdrawn', later(1, 30))
      }
    }
    const complaint = kinds.includes('complaint')
    petitions.push({
      id: `p-${i}`,
      trackingCode: `HN-${i}`,
      kinds,
      channel: random.next() < 0.3 ? 'in-person' : 'online-portal',
      receivedAt: new Date(received),
      receivedById: 'vp',
      anonymous: true,
      coSigners: 0,
      representatives: [],
      subject: 'Đơn',
      content: 'Nội dung',
      complexity:
        random.next() < 0.8 ? 'normal' : random.next() < 0.7 ? 'complex' : 'especially-complex',
      remoteArea: random.next() < 0.1,
      attachments: [],
      relatedIds: [],
      history,
      ...(complaint
        ? {
            complaintInstance: random.next() < 0.8 ? 1 : 2,
            complainedDecision: {
              description: 'Quyết định',
              learnedOn: isoDate(received + OFFSET - random.int(0, 120) * DAY),
            },
          }
        : {}),
    })
  }
  return petitions
}

// ----- The naive baseline: the same rules, the calendar stepped through one day at a time. -----

function naiveEvaluator(calendar: ReturnType<typeof vietnamWorkingCalendar>) {
  const off = new Set([...calendar.holidays, ...calendar.extraDaysOff].map((day) => day.date))
  const worked = new Set(calendar.extraWorkingDays.map((day) => day.date))
  const working = (time: number) => {
    const date = isoDate(time)
    if (worked.has(date)) return true
    const weekday = new Date(time).getUTCDay()
    return weekday !== 0 && weekday !== 6 && !off.has(date)
  }
  const addWorking = (start: number, n: number) => {
    let time = start
    for (let left = n; left > 0;) {
      time += DAY
      if (working(time)) left -= 1
    }
    return time
  }
  const civil = (start: number, n: number) => {
    let time = start + n * DAY
    while (!working(time)) time += DAY
    return time
  }
  const between = (a: number, b: number) => {
    const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1]
    let count = 0
    for (let time = low + DAY; time <= high; time += DAY) if (working(time)) count += 1
    return count === 0 ? 0 : sign * count
  }
  const dayOf = (date: Date) => Math.floor((date.getTime() + OFFSET) / DAY) * DAY
  const asOf = Date.parse(`${AS_OF}T00:00:00Z`)
  const rules = parseDeadlineRules(VIETNAM_DEADLINE_RULES)

  return (petition: Petition) => {
    const received = dayOf(petition.receivedAt)
    const events = petition.history.filter((event) => dayOf(event.at) <= asOf)
    const notCompetent =
      petition.outcome === 'forwarded' ||
      events.some((event) => event.type === 'forwarded' || event.competent === false)
    const result: { dueOn?: string; status: string; workingDaysLeft?: number }[] = []
    for (const rule of rules) {
      if (!rule.kinds.some((kind) => petition.kinds.includes(kind))) continue
      if (rule.instance !== undefined && (petition.complaintInstance ?? 1) !== rule.instance)
        continue
      if (rule.channels && !rule.channels.includes(petition.channel)) continue
      if (rule.condition === 'not-competent' && !notCompetent) continue
      let start: number | undefined
      let startTime = -Infinity
      let startIndex = -1
      if (rule.start.field === 'receivedAt') {
        start = received
        startTime = petition.receivedAt.getTime()
      } else if (rule.start.field === 'complainedDecision.learnedOn') {
        const learned = petition.complainedDecision?.learnedOn
        if (learned === undefined) continue
        start = Date.parse(`${learned}T00:00:00Z`)
        if (start > asOf) continue
      } else {
        startIndex = events.findIndex((event) => event.type === rule.start.event)
        const startEvent = events[startIndex]
        if (startEvent) {
          start = dayOf(startEvent.at)
          startTime = startEvent.at.getTime()
        }
      }
      if (start === undefined) {
        if (!events.some((event) => rule.stopEvents.includes(event.type))) {
          result.push({ status: 'not-started' })
        }
        continue
      }
      let end: number | undefined = rule.end.field === 'receivedAt' ? received : undefined
      let stop: number | undefined
      let extendedBy: PetitionEvent | undefined
      for (const event of events.slice(startIndex + 1)) {
        if (event.at.getTime() < startTime) continue
        if (end === undefined && rule.end.events?.includes(event.type)) {
          end = dayOf(event.at)
          break
        }
        if (stop === undefined && rule.stopEvents.includes(event.type)) stop = dayOf(event.at)
        if (event.type === 'deadline-extended') extendedBy = event
      }
      let amount = rule.amount
      for (const option of rule.extensions) {
        if (option.amount <= amount) continue
        if (option.complexity && !option.complexity.includes(petition.complexity)) continue
        if (option.remoteArea !== undefined && option.remoteArea !== petition.remoteArea) continue
        if (option.byDecision && !extendedBy) continue
        amount = option.amount
      }
      let due = rule.unit === 'working-days' ? addWorking(start, amount) : civil(start, amount)
      if (rule.extendable && extendedBy?.newDeadline !== undefined) {
        due = Date.parse(`${extendedBy.newDeadline}T00:00:00Z`)
      }
      if (end !== undefined) {
        result.push({
          dueOn: isoDate(due),
          status: end <= due ? 'met' : 'missed',
          workingDaysLeft: between(end, due),
        })
      } else if (stop !== undefined) {
        if (stop > due)
          result.push({
            dueOn: isoDate(due),
            status: 'missed',
            workingDaysLeft: between(stop, due),
          })
      } else {
        const left = between(asOf, due)
        const status = asOf > due ? 'missed' : left <= 3 ? 'due-soon' : 'pending'
        result.push({ dueOn: isoDate(due), status, workingDaysLeft: left })
      }
    }
    return result
  }
}

/** Milliseconds of CPU time (user + system) this process used since `start`. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

function main(): void {
  console.log(`Petition deadlines: ${fmt(COUNT)} petitions, as of ${AS_OF}`)
  const started = performance.now()
  const petitions = generatePetitions(COUNT)
  const calendar = vietnamWorkingCalendar({ from: 2022, to: 2027 })
  const options = { asOf: AS_OF, calendar, rules: VIETNAM_DEADLINE_RULES }
  console.log(`  data generated in ${fmt(performance.now() - started)} ms`)

  // Warm-up: compiles the calendar and the rules, lets the JIT settle.
  for (let i = 0; i < 20_000; i++) petitionDeadlines(petitions[i], options)

  let evaluations = 0
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (const petition of petitions) evaluations += petitionDeadlines(petition, options).length
  const cpuMs = cpuMsSince(cpu0)
  const ms = performance.now() - t0
  const rate = (evaluations / ms) * 1000
  const cpuRate = (evaluations / cpuMs) * 1000
  console.log(
    `\n1. petitionDeadlines      ${fmt(ms)} ms wall, ${fmt(cpuMs)} ms CPU  ` +
      `${fmt(evaluations)} deadline evaluations (${fmt(evaluations / COUNT, 2)} per petition)`,
  )
  console.log(
    `   ${fmt(rate / 1e6, 2)} M evaluations/s wall-clock, ${fmt(cpuRate / 1e6, 2)} M evaluations/s of CPU time ` +
      `(${fmt(((COUNT / ms) * 1000) / 1e6, 2)} M petitions/s wall-clock)`,
  )
  const verdict =
    rate >= 1_000_000
      ? 'met'
      : cpuRate >= 1_000_000
        ? 'met in CPU time (wall-clock also counts the time other processes held the CPU)'
        : 'NOT MET'
  console.log(`   target ≥ 1,000,000 evaluations/s: ${verdict}`)

  const naive = naiveEvaluator(calendar)
  const sample = petitions.slice(0, BASELINE_COUNT)
  for (const petition of sample.slice(0, 1_000)) naive(petition)
  let naiveEvaluations = 0
  const t1 = performance.now()
  const cpu1 = process.cpuUsage()
  const naiveResults = sample.map((petition) => {
    const result = naive(petition)
    naiveEvaluations += result.length
    return result
  })
  const naiveCpuMs = cpuMsSince(cpu1)
  const naiveMs = performance.now() - t1
  const naiveRate = (naiveEvaluations / naiveMs) * 1000
  const naiveCpuRate = (naiveEvaluations / naiveCpuMs) * 1000
  console.log(
    `\n2. naive day-by-day (${fmt(BASELINE_COUNT)} petitions)  ${fmt(naiveMs)} ms wall, ${fmt(naiveCpuMs)} ms CPU  ` +
      `${fmt(naiveEvaluations)} evaluations`,
  )
  console.log(
    `   ${fmt(naiveRate / 1e6, 3)} M evaluations/s wall-clock, ${fmt(naiveCpuRate / 1e6, 3)} M evaluations/s of CPU time`,
  )
  console.log(
    `   ratio: petitionDeadlines is ${fmt(rate / naiveRate, 1)}× faster (wall-clock), ${fmt(cpuRate / naiveCpuRate, 1)}× (CPU time)`,
  )

  let compared = 0
  let different = 0
  sample.forEach((petition, index) => {
    const fast: PetitionDeadline[] = petitionDeadlines(petition, options)
    const slow = naiveResults[index] ?? []
    if (fast.length !== slow.length) different += 1
    fast.forEach((deadline, k) => {
      compared += 1
      const other = slow[k]
      if (
        other === undefined ||
        other.dueOn !== deadline.dueOn ||
        other.status !== deadline.status ||
        other.workingDaysLeft !== deadline.workingDaysLeft
      ) {
        different += 1
      }
    })
  })
  console.log(
    `   agreement: ${fmt(compared)} deadlines compared, ${fmt(different)} different ${different === 0 ? '(identical)' : '(MISMATCH)'}`,
  )
  if (different > 0 || cpuRate < 1_000_000) process.exitCode = 1
}

main()
