// A tour of @lienthong/core on a generated city: what the models hold, how bad input is
// reported, and how document symbols are read. Run with `pnpm tour` from the repository root.
import {
  detectConflicts,
  generateSampleData,
  parseDocumentSymbol,
  petitionDeadlines,
  safeParseDocumentSymbol,
  safeParseMeeting,
  vietnamWorkingCalendar,
} from '@lienthong/core'

const city = generateSampleData({ seed: 2026 })
const names = new Map(city.organizations.map((org) => [org.id, org.shortName ?? org.name]))
const people = new Map(city.people.map((person) => [person.id, person.name]))

console.log('lienthong — a tour of @lienthong/core on a sample city\n')
console.log(
  `Organisations ${city.organizations.length} · people ${city.people.length} · venues ${city.venues.length}`,
)
console.log(
  `Meetings ${city.meetings.length} · petitions ${city.petitions.length} · directives ${city.directives.length} · work programs ${city.workPrograms.length}\n`,
)

const busiest = [...city.people]
  .sort((a, b) => b.posts.length - a.posts.length)
  .slice(0, 3)
  .map(
    (p) =>
      `  ${p.name}: ${p.posts.map((post) => `${post.role} of ${names.get(post.organizationId)}`).join('; ')}`,
  )
console.log('Leaders with several posts (why schedules collide):')
console.log(busiest.join('\n'))

const fmt = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
})
console.log('\nFirst meetings of the year:')
for (const meeting of city.meetings.slice(0, 4)) {
  const chair = meeting.chairId ? people.get(meeting.chairId) : '—'
  console.log(`  ${fmt.format(meeting.start)}  ${meeting.title} (chủ trì: ${chair})`)
}

const calendar = vietnamWorkingCalendar({ from: 2025, to: 2027 })
const conflicts = detectConflicts(city.meetings, {
  people: city.people,
  venues: city.venues,
  organizations: city.organizations,
  calendar,
})
const byKind = new Map()
for (const conflict of conflicts) byKind.set(conflict.kind, (byKind.get(conflict.kind) ?? 0) + 1)
console.log(
  `\nConflicts across the offices' schedules: ${conflicts.length} (${city.intentionalClashes.length} double bookings planted)`,
)
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kind.padEnd(22)} ${count}`)
}
const firstClash = conflicts.find((conflict) => conflict.severity === 'error')
if (firstClash) console.log(`  e.g. ${firstClash.message}`)

const complaint = city.petitions.find(
  (petition) =>
    petition.kinds.includes('complaint') &&
    petition.history.some((event) => event.type === 'accepted'),
)
if (complaint) {
  console.log(`\nStatutory deadlines of complaint ${complaint.trackingCode} as of ${city.asOf}:`)
  for (const deadline of petitionDeadlines(complaint, { asOf: city.asOf, calendar })) {
    const due = deadline.dueOn ?? '—'
    console.log(
      `  ${deadline.step.padEnd(14)} due ${due.padEnd(10)}  ${deadline.status.padEnd(11)} ${deadline.legalBasis}`,
    )
  }
}

console.log('\nA malformed meeting gets one message per problem, in English or Vietnamese:')
const bad = safeParseMeeting({
  id: 'm-bad',
  title: 'Họp giao ban',
  kind: 'working-session',
  hostId: 'ubnd',
  participantIds: ['p1', 42],
  start: '2026-03-02T10:00:00+07:00',
  end: '2026-03-02T09:00:00+07:00',
  timeZone: 'Asia/Hanoi',
})
if (!bad.ok) {
  console.log(bad.error.format('en').replace(/^/gm, '  '))
  console.log(bad.error.format('vi').replace(/^/gm, '  '))
}

console.log('\nDocument symbols:')
for (const text of ['137-QĐ/TW', '05/2021/TT-TTCP', 'Số: 156/QD-UBND', '123/UBND-VP']) {
  const symbol = parseDocumentSymbol(text)
  console.log(
    `  ${text.padEnd(18)} → ${symbol.symbol}: ${symbol.system}, number ${symbol.number}${symbol.year ? `, year ${symbol.year}` : ''}${symbol.type ? `, ${symbol.type}` : ''}, issuer ${symbol.issuer}`,
  )
}
const wrong = safeParseDocumentSymbol('QĐ-UBND/156')
if (!wrong.ok) console.log(`  QĐ-UBND/156        → ${wrong.error.issues[0]?.message}`)
