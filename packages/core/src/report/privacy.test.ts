import { describe, expect, it } from 'vitest'
import { redactPetition, type PublicPetitionEvent } from '../petition/redactPetition.js'
import { generateSampleData } from '../sample/generateSampleData.js'
import { buildCoordinationReport } from './buildCoordinationReport.js'
import { renderReportCsv } from './renderReportCsv.js'
import { renderReportJson } from './renderReportJson.js'
import { renderReportMarkdown } from './renderReportMarkdown.js'

// No output of the report — in any format or language — holds the personal data of anyone in
// the data it was built from.

const city = generateSampleData({ seed: 9, scale: 0.4 })

function identityStrings(): string[] {
  const found = new Set<string>()
  const add = (value: string | undefined) => {
    if (value !== undefined && value.trim().length >= 5) found.add(value.trim())
  }
  for (const petition of city.petitions) {
    add(petition.petitioner?.name)
    add(petition.petitioner?.idNumber)
    add(petition.petitioner?.address)
    add(petition.petitioner?.phone)
    add(petition.petitioner?.email)
    for (const representative of petition.representatives) {
      add(representative.name)
      add(representative.phone)
    }
    add(petition.place?.address)
    add(petition.subject)
    add(petition.trackingCode)
  }
  for (const person of city.people) add(person.name)
  return [...found]
}

describe('the coordination report holds no personal data', () => {
  it('and loses nothing by being built from redacted petitions', () => {
    const base = { organizations: city.organizations, meetings: city.meetings }
    const options = { from: '2026-01-01', to: '2026-07-01' }
    const projected = city.petitions.map((p) => ({
      id: p.id,
      kinds: p.kinds,
      channel: p.channel,
      receivedAt: p.receivedAt,
      receivedById: p.receivedById,
      people: 1 + p.coSigners,
      complexity: p.complexity,
      remoteArea: p.remoteArea,
      // Zod types absent optional fields as `| undefined`; the parsed events simply lack them.
      history: p.history as readonly PublicPetitionEvent[],
      ...(p.complaintInstance === undefined ? {} : { complaintInstance: p.complaintInstance }),
    }))
    expect(
      buildCoordinationReport(
        { ...base, petitions: city.petitions.map((p) => redactPetition(p, 'public')) },
        options,
      ),
    ).toEqual(buildCoordinationReport({ ...base, petitions: projected }, options))
  })

  it('in Markdown, CSV or JSON, in Vietnamese or English', () => {
    const secrets = identityStrings()
    expect(secrets.length).toBeGreaterThan(100)
    const report = buildCoordinationReport(
      {
        organizations: city.organizations,
        meetings: city.meetings,
        petitions: city.petitions.map((p) => redactPetition(p, 'public')),
        tasks: city.directives.flatMap((d) => d.tasks),
      },
      { from: '2026-01-01', to: '2026-07-01' },
    )
    const outputs = (['vi', 'en'] as const).flatMap((lang) => [
      renderReportMarkdown(report, { lang }),
      renderReportCsv(report, { lang }),
      renderReportJson(report, { lang }),
    ])
    const text = outputs.join('\n').normalize('NFC').toLowerCase()
    const leaked = secrets.filter((secret) => text.includes(secret.normalize('NFC').toLowerCase()))
    expect(leaked).toEqual([])
    // The check can see what is there: offices and their figures are printed.
    expect(text).toContain('văn phòng thành ủy hà nội')
    expect(report.petitions.total.received).toBeGreaterThan(50)
  })
})
