import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { openApiText, OPENAPI_FILE } from '../scripts/openapi-file.js'
import { endpoints } from '../src/contract.js'
import { aSubmission, submit, testApp } from './helpers.js'

const onDisk = readFileSync(
  fileURLToPath(new URL(`../../../${OPENAPI_FILE}`, import.meta.url)),
  'utf8',
)
const document = JSON.parse(onDisk) as {
  openapi: string
  paths: Record<string, Record<string, unknown>>
  components: { schemas: Record<string, unknown> }
}

// Ajv checks the answers against the published schemas; `strict: false` lets it ignore the
// OpenAPI keywords around them.
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
ajv.addSchema({ $id: 'urn:lienthong:openapi', components: document.components })
const validatorOf = (name: string) => {
  const validate = ajv.compile({ $ref: `urn:lienthong:openapi#/components/schemas/${name}` })
  return (data: unknown) => (validate(data) ? [] : (validate.errors ?? []))
}

describe('docs/openapi.json', () => {
  it('is what the zod schemas generate (run `pnpm --filter @lienthong/example-server openapi`)', async () => {
    expect(onDisk === (await openApiText()), `${OPENAPI_FILE} is stale`).toBe(true)
  })

  it('is OpenAPI 3.1 with every operation of the contract', () => {
    expect(document.openapi).toBe('3.1.0')
    for (const endpoint of Object.values(endpoints)) {
      expect(document.paths[endpoint.path]?.[endpoint.method], endpoint.path).toBeDefined()
    }
    for (const match of onDisk.matchAll(/"\$ref": "#\/components\/schemas\/(\w+)"/g)) {
      expect(document.components.schemas[match[1] ?? ''], match[0]).toBeDefined()
    }
  })

  it('describes what the reference back end really answers', async () => {
    const app = testApp()
    const meetings = await app.request(
      '/api/meetings?from=2026-03-02T00:00:00%2B07:00&to=2026-04-01T00:00:00%2B07:00',
    )
    expect(validatorOf('MeetingsResponse')(await meetings.json())).toEqual([])
    const submission = aSubmission({ kinds: ['complaint', 'reflection'] })
    expect(validatorOf('PetitionSubmission')(submission)).toEqual([])
    const receipt = await submit(app, submission)
    expect(validatorOf('PublicPetitionStatus')(await receipt.json())).toEqual([])
    const organizations = await app.request('/api/organizations')
    expect(validatorOf('OrganizationsResponse')(await organizations.json())).toEqual([])
    const stats = await app.request('/api/stats/summary')
    expect(validatorOf('StatsSummary')(await stats.json())).toEqual([])
    const error = await submit(app, { kinds: [] })
    expect(validatorOf('Error')(await error.json())).toEqual([])
  })

  it('rejects in the schema what the back end rejects', () => {
    const validate = validatorOf('PetitionSubmission')
    expect(validate(aSubmission({ kinds: [] }))).not.toEqual([])
    expect(validate({ kinds: ['complaint'] })).not.toEqual([])
  })
})
