// A tour of @lienthong/core on a generated city: what the models hold, how bad input is
// reported, and how document symbols are read. Run with `pnpm demo` from the repository root.
import {
  generateSampleData,
  parseDocumentSymbol,
  safeParseDocumentSymbol,
  safeParseMeeting,
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

console.log(
  `\nClashes planted in the sample (for conflict detection): ${city.intentionalClashes.length}`,
)

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
