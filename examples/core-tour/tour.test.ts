import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The tour runs against the built package, exactly as `pnpm tour` does.
describe('core tour example', () => {
  it('prints the sample city, the readable errors and the parsed symbols', () => {
    const output = execFileSync(
      process.execPath,
      [fileURLToPath(new URL('tour.mjs', import.meta.url))],
      {
        encoding: 'utf8',
      },
    )
    expect(output).toMatch(/Meetings \d{3,} · petitions \d{3,}/)
    expect(output).toContain('participantIds[1]: expected a string, received a number')
    expect(output).toContain('participantIds[1]: cần một chuỗi ký tự, nhận được một số')
    expect(output).toContain('timeZone: "Asia/Hanoi" is not an IANA time zone')
    expect(output).toContain('end: must be after start')
    expect(output).toMatch(/156\/QĐ-UBND: state, number 156, decision, issuer UBND/)
  })
})
