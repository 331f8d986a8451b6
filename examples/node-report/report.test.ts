import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The printed Hanoi report shows the seed report's figures (shared seeds, "Figures"), line by
// line, in both languages and every format. The report runs as a user runs it.
const script = fileURLToPath(new URL('report.mjs', import.meta.url))
const run = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' })

/** The cells of every Markdown table row under the heading that contains `heading`. */
function rows(markdown: string, heading: string): string[][] {
  const section = markdown.split('\n## ').find((part) => part.includes(heading))
  if (section === undefined) throw new Error(`no section ${heading}`)
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(' | '))
}

const cell = (table: string[][], first: string[], column: number) =>
  table.find((row) => first.every((text, i) => row[i] === text))?.[column]

const PARTY_OFFICE = 'Văn phòng Thành ủy Hà Nội'
const COUNCIL_OFFICE = 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hà Nội'
const DELEGATION = 'Đoàn đại biểu Quốc hội thành phố Hà Nội'

describe('the Hanoi coordination report', () => {
  it('shows the seed figures in English, line by line', () => {
    const markdown = run('--lang', 'en')
    const meetings = rows(
      markdown,
      'Meetings served, by body and kind (1 January 2023 – 30 June 2024)',
    )
    const online = rows(markdown, 'Online conferences (3 October 2022 – 30 June 2024)')
    const petitions = rows(markdown, 'by office (1 October 2022 – 30 June 2024)')
    const seed: [string, string | undefined, string][] = [
      // 1 Jan 2023 – 30 Jun 2024
      [
        '76 Standing Board conferences',
        cell(meetings, ['Thường trực Thành ủy Hà Nội', 'Standing Board conference'], 2),
        '76',
      ],
      [
        '36 Standing Committee conferences',
        cell(meetings, ['Ban Thường vụ Thành ủy Hà Nội', 'Standing Committee conference'], 2),
        '36',
      ],
      [
        '8 City Party Committee conferences',
        cell(meetings, ['Thành ủy Hà Nội', 'Executive Committee conference'], 2),
        '8',
      ],
      // "and quarterly periodic meetings": one a quarter, six quarters
      [
        'quarterly joint meetings',
        cell(meetings, ['Thành ủy Hà Nội', 'Quarterly joint meeting'], 2),
        '6',
      ],
      // 3 Oct 2022 – 30 Jun 2024
      ['45 online conferences', cell(online, ['Online conferences'], 1), '45'],
      ['10,306 bridge points', cell(online, ['Bridge points'], 1), '10,306'],
      ['419,949 delegates', cell(online, ['Delegates'], 1), '419,949'],
      // Oct 2022 – Jun 2024; columns: received 1, handled 4, forwarded 5, documents 8
      ['979 petitions received and advised on', cell(petitions, [PARTY_OFFICE], 1), '979'],
      ['698 of them forwarded', cell(petitions, [PARTY_OFFICE], 5), '698'],
      ['1,454 handled by the Standing Committee', cell(petitions, [COUNCIL_OFFICE], 4), '1,454'],
      ['281 handling documents issued', cell(petitions, [COUNCIL_OFFICE], 8), '281'],
      ['831 handled by the National Assembly Delegation', cell(petitions, [DELEGATION], 4), '831'],
    ]
    expect(seed.map(([line, printed]) => [line, printed])).toEqual(
      seed.map(([line, , expected]) => [line, expected]),
    )
    // The columns read are the ones they say they are.
    expect(petitions[0]).toEqual([
      'Receiving office',
      'Received',
      'Carried over',
      'New in the period',
      'Handled',
      'Forwarded',
      'Guided',
      'Accepted',
      'Handling documents issued',
      'Open',
    ])
  })

  it('shows them in Vietnamese by default, the Vietnamese way', () => {
    const markdown = run()
    expect(markdown.split('\n')[0]).toBe('# Báo cáo kết quả phối hợp công tác')
    const meetings = rows(markdown, 'theo cơ quan và loại (01/01/2023 – 30/06/2024)')
    const online = rows(markdown, 'Hội nghị trực tuyến (03/10/2022 – 30/06/2024)')
    const petitions = rows(markdown, 'xử lý đơn theo cơ quan (01/10/2022 – 30/06/2024)')
    expect([
      cell(meetings, ['Thường trực Thành ủy Hà Nội', 'Hội nghị Thường trực'], 2),
      cell(meetings, ['Ban Thường vụ Thành ủy Hà Nội', 'Hội nghị Ban Thường vụ'], 2),
      cell(meetings, ['Thành ủy Hà Nội', 'Hội nghị Ban Chấp hành'], 2),
      cell(online, ['Hội nghị trực tuyến'], 1),
      cell(online, ['Điểm cầu'], 1),
      cell(online, ['Đại biểu dự'], 1),
      cell(petitions, [PARTY_OFFICE], 1),
      cell(petitions, [PARTY_OFFICE], 5),
      cell(petitions, [COUNCIL_OFFICE], 4),
      cell(petitions, [COUNCIL_OFFICE], 8),
      cell(petitions, [DELEGATION], 4),
    ]).toEqual(['76', '36', '8', '45', '10.306', '419.949', '979', '698', '1.454', '281', '831'])
  })

  it('prints the same figures as CSV', () => {
    const csv = run('--format', 'csv', '--lang', 'en').split('\r\n')
    const value = (section: string, row: string, metric: string) =>
      csv
        .find(
          (line) =>
            line.startsWith(`${section},`) &&
            line.includes(`,${row},`) &&
            line.includes(`,${metric},`),
        )
        ?.split(',')
        .at(-1)
    expect([
      value('online', 'bridgePoints', 'value'),
      value('online', 'delegates', 'value'),
      value('petitions', 'vp-tu', 'forwarded'),
      value('petitions', 'vp-doan-dbqh-hdnd', 'documents'),
    ]).toEqual(['10306', '419949', '698', '281'])
  })

  it('prints the same figures as JSON', () => {
    const json = JSON.parse(run('--format', 'json')) as {
      lang: string
      report: {
        onlineConferences: { delegates: number }
        petitions: { rows: { officeId: string; handled: number }[] }
      }
    }
    expect(json.lang).toBe('vi')
    expect(json.report.onlineConferences.delegates).toBe(419_949)
    expect(json.report.petitions.rows.find((row) => row.officeId === 'doan-dbqh')?.handled).toBe(
      831,
    )
  })

  it('takes its options after the `--` that `pnpm start --` passes on', () => {
    expect(run('--', '--lang', 'en', '--format', 'csv').split('\r\n')[0]).toBe(
      'Section,Table,Row id,Row,Metric id,Metric,Number',
    )
  })

  it('refuses an unknown format with the usage', () => {
    expect(() =>
      execFileSync(process.execPath, [script, '--format', 'xml'], { stdio: 'pipe' }),
    ).toThrow(/usage/)
  })
})
