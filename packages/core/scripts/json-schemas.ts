// Builds the JSON Schemas of every model's wire form from the zod schemas (the single source of
// truth), plus the README that explains them. Pure: `write-json-schemas.ts` does the file I/O.
import * as z from 'zod/mini'
import { holidayCalendarSchema } from '../src/calendar/index.js'
import { deadlineRuleSchema } from '../src/deadlines/index.js'
import { directiveSchema, taskSchema } from '../src/directive/index.js'
import { meetingSchema } from '../src/meeting/index.js'
import { organizationSchema, personSchema, venueSchema } from '../src/office/index.js'
import { petitionSchema } from '../src/petition/index.js'
import { workProgramSchema } from '../src/program/index.js'

/** Base of every schema's `$id`: a name, not a download address. */
export const ID_BASE = 'urn:lienthong:schema:'

/** Where the files go, from the root of the repository. */
export const SCHEMA_DIR = 'docs/schemas'

/** One model whose wire form gets a JSON Schema. */
export interface ModelSchema {
  /** Kebab-case file name without `.schema.json`. */
  readonly file: string
  /** The model's name, as in `parseX`. */
  readonly title: string
  readonly schema: z.core.$ZodType
  readonly description: string
  /** Rules `parseX` checks that JSON Schema cannot express. */
  readonly rules: readonly string[]
}

const commonRules = [
  'Text is trimmed before its length is checked, so `"  "` is too short for a required name.',
]

const timeZoneRule =
  '`timeZone` is an IANA time zone name the runtime knows (`Asia/Ho_Chi_Minh`, `Europe/Berlin`), not an offset.'

/** Every model, in the order of the README. */
export const modelSchemas: readonly ModelSchema[] = [
  {
    file: 'organization',
    title: 'Organization',
    schema: organizationSchema,
    description:
      "An organisation: a body (Party Committee, People's Council, People's Committee, National Assembly Delegation), its office, an advisory agency, a department, a district or a commune.",
    rules: [
      '`parentId` is not the organisation’s own `id`.',
      '`workingHours.periods` do not overlap, and each `end` is after its `start`.',
      'Ids in `serves` are unique once trimmed (`uniqueItems` compares them as written).',
      timeZoneRule,
    ],
  },
  {
    file: 'person',
    title: 'Person',
    schema: personSchema,
    description:
      'A person, usually a leader or an official, with the posts they hold in organisations.',
    rules: ['A post’s `until` is on or after its `from`.'],
  },
  {
    file: 'venue',
    title: 'Venue',
    schema: venueSchema,
    description: 'A place where meetings happen: a room, a hall, or an online bridge point.',
    rules: [timeZoneRule],
  },
  {
    file: 'meeting',
    title: 'Meeting',
    schema: meetingSchema,
    description:
      'A meeting, conference, session or event that the offices schedule and serve. Instants are ISO 8601 with an offset; intervals are half-open [start, end).',
    rules: [
      '`end` is after `start`.',
      '`recurrence` lines are RRULE (with FREQ), EXRULE, RDATE or EXDATE lines, with at most one RRULE.',
      'Ids in `coHostIds`, `participantIds` and `requiredOrganizationIds` are unique once trimmed.',
      timeZoneRule,
    ],
  },
  {
    file: 'petition',
    title: 'Petition',
    schema: petitionSchema,
    description:
      "A citizen's petition (complaint, denunciation, recommendation or reflection) and its processing history.",
    rules: [
      '`petitioner.name` is present and not empty unless `anonymous` is true.',
      '`denounced` names a person (`name`) or an agency (`agency`).',
      '`history` is in time order: each event’s `at` is at or after the one before it.',
      'Ids in `relatedIds` are unique once trimmed.',
    ],
  },
  {
    file: 'directive',
    title: 'Directive',
    schema: directiveSchema,
    description:
      'A directing document (resolution, directive, conclusion, decision, notice of conclusions, plan…) and the tasks it assigns.',
    rules: [
      '`symbol` is a document symbol lienthong can read (`15-NQ/TU`, `156/QĐ-UBND`, `31/2019/NĐ-CP`).',
      'Task ids are unique within `tasks`, and every task follows the Task rules.',
    ],
  },
  {
    file: 'task',
    title: 'Task',
    schema: taskSchema,
    description:
      'A task assigned by a directive, following the "5 clear" rule: content, people, leader in charge, deadline, product.',
    rules: [
      '`completedOn` is present when `status` is `completed`, and absent otherwise.',
      'Each extension’s `newDeadline` is after its `previousDeadline`.',
      'Ids in `coordinatingUnitIds` are unique once trimmed.',
    ],
  },
  {
    file: 'work-program',
    title: 'WorkProgram',
    schema: workProgramSchema,
    description:
      "A body's work program for a week, month, quarter, year or term: meetings to hold and documents to issue, by whom and when.",
    rules: [
      '`period` fits `periodKind`: a week runs Monday to Sunday; a month, quarter or year from its first to its last day.',
      'Every range’s `end` is on or after its `start`, and every item is planned inside `period`.',
      'Ids in each item’s `coordinatingUnitIds` are unique once trimmed.',
      'Item ids are unique within `items`.',
    ],
  },
  {
    file: 'holiday-calendar',
    title: 'HolidayCalendar',
    schema: holidayCalendarSchema,
    description:
      'The days an office works: its weekly rest days, holidays, extra days off decided by the Government, and weekly rest days worked in exchange, each with its legal basis.',
    rules: [
      '`to` is on or after `from`, and the calendar covers at most 183,000 days.',
      'Every date in `holidays`, `extraDaysOff` and `extraWorkingDays` lies between `from` and `to`, at most once in its list.',
      'A day in `extraWorkingDays` is one of the `weeklyRestDays`, and is neither a holiday nor an extra day off.',
    ],
  },
  {
    file: 'deadline-rule',
    title: 'DeadlineRule',
    schema: deadlineRuleSchema,
    description:
      'One statutory time limit for a step of petition handling: which petitions it applies to, from which event or date it runs, what ends it, how long it is and on what legal basis.',
    rules: [
      '`start` has exactly one of `event` and `field`; `end` has exactly one of `events` and `field`.',
      '`inForceUntil` is on or after `inForceFrom`.',
      'In a rule set (`parseDeadlineRules`), ids are unique and no two versions of one step are in force on the same day.',
    ],
  },
]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Keys whose value maps names to schemas: their own order (field order) is kept. */
const schemaMaps = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas'])
/** Keys whose value is plain data, never a schema. */
const dataKeys = new Set(['default', 'enum', 'const', 'examples', 'required'])
/** Keywords first in this order, then the rest in zod's order. */
const leadingKeys = ['$schema', '$id', 'title', 'description', 'type', 'format', 'pattern']

/** Orders the keywords of a schema (and of every subschema) the same way on every run. */
function orderKeywords(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(orderKeywords)
  if (schema === null || typeof schema !== 'object') return schema
  const keys = Object.keys(schema)
  const ordered = [
    ...leadingKeys.filter((key) => key in schema),
    ...keys.filter((key) => !leadingKeys.includes(key)),
  ]
  const result: Record<string, Json> = {}
  for (const key of ordered) {
    const value = schema[key] ?? null
    if (dataKeys.has(key)) result[key] = value
    else if (schemaMaps.has(key) && value !== null && typeof value === 'object') {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]): [string, Json] => [name, orderKeywords(sub)]),
      )
    } else result[key] = orderKeywords(value)
  }
  return result
}

/**
 * zod leaves out the `default` of a field whose type transforms (a list of events holding
 * instants), because a default is an output value. Encoded back to the wire it is a valid input
 * (`[]` stays `[]`), so it is put back: readers of the schema see which fields are filled in.
 */
function restoreDefault(context: {
  zodSchema: z.core.$ZodTypes
  jsonSchema: z.core.JSONSchema.BaseSchema
}) {
  const { zodSchema, jsonSchema } = context
  if (zodSchema._zod.def.type !== 'default' || 'default' in jsonSchema) return
  const { innerType, defaultValue } = zodSchema._zod.def
  jsonSchema.default = JSON.parse(JSON.stringify(z.encode(innerType, defaultValue))) as unknown
}

function describeModel(model: ModelSchema): string {
  const parser = `parse${model.title}`
  const rules = [...model.rules, ...commonRules]
  return [
    `${model.description} This is the JSON wire form that lienthong's ${parser} reads and serialize${model.title} writes.`,
    `${parser} also checks: ${rules.map((rule, index) => `(${index + 1}) ${rule}`).join(' ')}`,
  ].join('\n\n')
}

/** The JSON Schema (draft 2020-12) of one model's wire form. */
export function jsonSchemaOf(model: ModelSchema): Record<string, Json> {
  const generated = z.toJSONSchema(model.schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: restoreDefault,
  }) as Record<string, Json>
  const schema = orderKeywords({
    ...generated,
    $id: `${ID_BASE}${model.file}`,
    title: model.title,
    description: describeModel(model),
  })
  return schema as Record<string, Json>
}

/** Renders JSON the way every generated file is written: two spaces, final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

function readme(): string {
  const rows = modelSchemas.map(
    (model) =>
      `| [\`${model.file}.schema.json\`](${model.file}.schema.json) | ${model.title} | \`${ID_BASE}${model.file}\` |`,
  )
  const rules = modelSchemas.flatMap((model) => [
    `### ${model.title}`,
    '',
    ...model.rules.map((rule) => `- ${rule}`),
    '',
  ])
  return `${[
    '# JSON Schemas of the wire formats',
    '',
    '<!-- Generated by packages/core/scripts/write-json-schemas.ts: edit the zod schemas or the script, then run `pnpm --filter @lienthong/core schemas`. -->',
    '',
    'These files describe, in [JSON Schema draft 2020-12](https://json-schema.org/draft/2020-12),',
    'the JSON that `@lienthong/core` reads with `parseX` and writes with `serializeX`, for back',
    'ends written in other languages. They are generated from the zod schemas in',
    '`packages/core/src/<area>/<area>.schema.ts` (`z.toJSONSchema` with `io: "input"`), so they',
    'follow the code; CI fails when they are stale (`pnpm check:schemas`).',
    '',
    '| File | Model | `$id` |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'The `$id`s are names (URNs), not download addresses: load the files from this folder.',
    '',
    '## Reading them',
    '',
    '- **Input form.** Fields with a default (`timeZone`, `status`, lists…) are optional and show',
    '  their `default`; `parseX` fills them in and `serializeX` always writes them.',
    '- **Instants** are strings in ISO 8601 with an offset (`2026-03-02T08:00:00+07:00`, `…Z`,',
    '  `…-05:30`), `format: date-time`; **calendar dates** are `YYYY-MM-DD`, `format: date`.',
    '  Both also carry the exact `pattern` zod uses.',
    '- **Unknown properties are allowed** (no `additionalProperties: false`): `parseX` drops them,',
    '  so newer senders do not break older readers.',
    '- **Lists of ids** carry `uniqueItems: true`; `parseX` also counts `" a"` and `"a"` as the',
    '  same id, because it trims them first.',
    '- **Descriptions** of properties state the rules that the schema itself cannot check.',
    '',
    '## What only `parseX` checks',
    '',
    'JSON Schema cannot express every rule. A document that passes these schemas can still be',
    'refused by `parseX`, which reports each problem with a code and a path. For every model:',
    '',
    ...commonRules.map((rule) => `- ${rule}`),
    '- Lengths: `parseX` counts UTF-16 code units after trimming, JSON Schema counts code points',
    '  before trimming; text near a limit (or with emoji) can pass one and not the other.',
    '- An instant written in year 0000 or 9999 whose UTC form falls in year -1 or 10000',
    '  (`0000-01-01T00:00:00+07:00`) is refused.',
    '',
    ...rules,
    '## Validating with them',
    '',
    'JavaScript, with [Ajv](https://ajv.js.org/) (`ajv/dist/2020`) and `ajv-formats`:',
    '',
    '```js',
    "import Ajv2020 from 'ajv/dist/2020.js'",
    "import addFormats from 'ajv-formats'",
    "import meetingSchema from './meeting.schema.json' with { type: 'json' }",
    '',
    'const ajv = new Ajv2020({ allErrors: true })',
    'addFormats(ajv)',
    'const validate = ajv.compile(meetingSchema)',
    'if (!validate(data)) console.log(validate.errors)',
    '```',
    '',
    'Python, with [jsonschema](https://python-jsonschema.readthedocs.io/):',
    '',
    '```python',
    'import json, jsonschema',
    '',
    'schema = json.load(open("petition.schema.json", encoding="utf-8"))',
    'jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)',
    '```',
  ].join('\n')}\n`
}

/** Every generated file: name within {@link SCHEMA_DIR}, and its exact text. */
export function generatedFiles(): { name: string; text: string }[] {
  return [
    ...modelSchemas.map((model) => ({
      name: `${model.file}.schema.json`,
      text: formatJson(jsonSchemaOf(model)),
    })),
    { name: 'README.md', text: readme() },
  ]
}
