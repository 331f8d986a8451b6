import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseDirective,
  safeParseDirective,
  serializeDirective,
} from '../directive/parseDirective.js'
import { parseTask, safeParseTask, serializeTask } from '../directive/parseTask.js'
import type { MessageLocale, SafeParseResult } from '../errors/issue.js'
import { issueMessages } from '../errors/messages.js'
import { LienthongError } from '../errors/LienthongError.js'
import { parseMeeting, safeParseMeeting, serializeMeeting } from '../meeting/parseMeeting.js'
import {
  parseOrganization,
  safeParseOrganization,
  serializeOrganization,
} from '../office/parseOrganization.js'
import { parsePerson, safeParsePerson, serializePerson } from '../office/parsePerson.js'
import { parseVenue, safeParseVenue, serializeVenue } from '../office/parseVenue.js'
import { parsePetition, safeParsePetition, serializePetition } from '../petition/parsePetition.js'
import {
  parseWorkProgram,
  safeParseWorkProgram,
  serializeWorkProgram,
} from '../program/parseWorkProgram.js'
import {
  directiveInput,
  formatInstant,
  hostile,
  meetingInput,
  nearMiss,
  offsets,
  organizationInput,
  personInput,
  petitionInput,
  taskInput,
  venueInput,
  workProgramInput,
  type Hostile,
  type NearMiss,
  type Path,
} from './testing/arbitraries.js'

/** `*` matches any one key or index. */
type Pattern = readonly (string | number)[]

/**
 * A cross-field rule: when the part at `changed` is replaced by a value that is valid on its own,
 * the rule may report a problem at (or under) `reported` instead: `end` must follow `start`,
 * ids in a list are unique, a named petitioner unless anonymous…
 */
type Link = readonly [changed: Pattern, reported: Pattern]

interface ModelCase<T, I> {
  readonly name: string
  readonly valid: fc.Arbitrary<I>
  readonly parse: (input: unknown) => T
  readonly safeParse: (input: unknown, options?: { locale?: MessageLocale }) => SafeParseResult<T>
  readonly serialize: (value: T) => I
  readonly links: readonly Link[]
}

/** Erases the model's types so that every case fits in one list. */
interface AnyCase {
  readonly name: string
  readonly valid: fc.Arbitrary<unknown>
  readonly parse: (input: unknown) => unknown
  readonly safeParse: (input: unknown, locale: MessageLocale) => SafeParseResult<unknown>
  readonly serialize: (input: unknown) => unknown
  readonly links: readonly Link[]
}

function modelCase<T, I>(model: ModelCase<T, I>): AnyCase {
  return {
    name: model.name,
    valid: model.valid,
    parse: model.parse,
    safeParse: (input, locale) => model.safeParse(input, { locale }),
    // Only ever given what `parse` returned.
    serialize: (value) => model.serialize(value as T),
    links: model.links,
  }
}

const uniqueIds = (...lists: string[]): Link[] =>
  lists.map((list) => [
    [list, '*'],
    [list, '*'],
  ])

const taskLinks: Link[] = [
  [['status'], ['completedOn']],
  [
    ['extensions', '*', 'previousDeadline'],
    ['extensions', '*', 'newDeadline'],
  ],
  ...uniqueIds('coordinatingUnitIds'),
]

const models: AnyCase[] = [
  modelCase({
    name: 'Organization',
    valid: organizationInput,
    parse: parseOrganization,
    safeParse: safeParseOrganization,
    serialize: serializeOrganization,
    links: [
      [['id'], ['parentId']],
      [
        ['workingHours', 'periods', '*', 'start'],
        ['workingHours', 'periods'],
      ],
      [
        ['workingHours', 'periods', '*', 'end'],
        ['workingHours', 'periods'],
      ],
      ...uniqueIds('serves'),
    ],
  }),
  modelCase({
    name: 'Person',
    valid: personInput,
    parse: parsePerson,
    safeParse: safeParsePerson,
    serialize: serializePerson,
    links: [
      [
        ['posts', '*', 'from'],
        ['posts', '*', 'until'],
      ],
    ],
  }),
  modelCase({
    name: 'Venue',
    valid: venueInput,
    parse: parseVenue,
    safeParse: safeParseVenue,
    serialize: serializeVenue,
    links: [],
  }),
  modelCase({
    name: 'Meeting',
    valid: meetingInput,
    parse: parseMeeting,
    safeParse: safeParseMeeting,
    serialize: serializeMeeting,
    links: [
      [['start'], ['end']],
      [['recurrence', '*'], ['recurrence']],
      ...uniqueIds('coHostIds', 'participantIds', 'requiredOrganizationIds'),
    ],
  }),
  modelCase({
    name: 'Petition',
    valid: petitionInput,
    parse: parsePetition,
    safeParse: safeParsePetition,
    serialize: serializePetition,
    links: [
      [['anonymous'], ['petitioner', 'name']],
      [['denounced', 'name'], ['denounced']],
      [['denounced', 'agency'], ['denounced']],
      [
        ['history', '*', 'at'],
        ['history', '*', 'at'],
      ],
      ...uniqueIds('kinds', 'relatedIds'),
    ],
  }),
  modelCase({
    name: 'Task',
    valid: taskInput,
    parse: parseTask,
    safeParse: safeParseTask,
    serialize: serializeTask,
    links: taskLinks,
  }),
  modelCase({
    name: 'Directive',
    valid: directiveInput,
    parse: parseDirective,
    safeParse: safeParseDirective,
    serialize: serializeDirective,
    links: [
      [
        ['tasks', '*', 'id'],
        ['tasks', '*', 'id'],
      ],
      ...taskLinks.map(([changed, reported]): Link => [
        ['tasks', '*', ...changed],
        ['tasks', '*', ...reported],
      ]),
    ],
  }),
  modelCase({
    name: 'WorkProgram',
    valid: workProgramInput,
    parse: parseWorkProgram,
    safeParse: safeParseWorkProgram,
    serialize: serializeWorkProgram,
    links: [
      [['periodKind'], ['period']],
      [['period', 'start'], ['period']],
      [['period', 'end'], ['period']],
      [
        ['period', 'start'],
        ['items', '*', 'planned'],
      ],
      [
        ['period', 'end'],
        ['items', '*', 'planned'],
      ],
      [
        ['items', '*', 'planned', 'start'],
        ['items', '*', 'planned'],
      ],
      [
        ['items', '*', 'planned', 'end'],
        ['items', '*', 'planned'],
      ],
      [
        ['items', '*', 'id'],
        ['items', '*', 'id'],
      ],
      [
        ['items', '*', 'coordinatingUnitIds', '*'],
        ['items', '*', 'coordinatingUnitIds', '*'],
      ],
    ],
  }),
]

function startsWith(path: Path, prefix: Pattern): boolean {
  return (
    path.length >= prefix.length &&
    prefix.every((segment, index) => segment === '*' || segment === path[index])
  )
}

/**
 * True when an issue at `issuePath` is about the part changed at `changed`: at or under it, or,
 * when the changed part passed its own checks (`changedIsValid`), where a cross-field rule that
 * involves it reports. A rule must not run on a part that is itself wrong.
 */
function pointsAtChange(
  issuePath: Path,
  changed: Path,
  changedIsValid: boolean,
  links: readonly Link[],
): boolean {
  if (startsWith(issuePath, changed)) return true
  return (
    changedIsValid &&
    links.some(
      ([from, reported]) =>
        from.length === changed.length &&
        startsWith(changed, from) &&
        startsWith(issuePath, reported),
    )
  )
}

/**
 * Arbitrary input of every kind: any JSON, any JS value, near misses of valid input, and valid
 * input with hostile parts (proxies whose traps throw, revoked proxies).
 */
type Probe =
  | { readonly kind: 'json' | 'anything'; readonly input: unknown }
  | ({ readonly kind: 'hostile' } & Hostile)
  | ({ readonly kind: 'near-miss' } & NearMiss)

function probes(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Probe> {
  return fc.oneof(
    fc.jsonValue().map((input): Probe => ({ kind: 'json', input })),
    fc
      .anything({
        withBoxedValues: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withObjectString: true,
      })
      .map((input): Probe => ({ kind: 'anything', input })),
    {
      arbitrary: nearMiss(valid).map((miss): Probe => ({ kind: 'near-miss', ...miss })),
      weight: 2,
    },
    {
      arbitrary: hostile(valid).map((recipe): Probe => ({ kind: 'hostile', ...recipe })),
      weight: 1,
    },
  )
}

/**
 * What is wrong with one result of `safeParseX`, judged against the contract every model
 * promises (plain checks rather than `expect`, which is too slow for 80,000 runs).
 */
function problemsOf(
  result: SafeParseResult<unknown>,
  probe: Probe,
  links: readonly Link[],
): string[] {
  const keys = Object.keys(result).sort().join()
  if (result.ok) return keys === 'ok,value' ? [] : [`an ok result has the keys ${keys}`]
  const { error } = result
  const problems: string[] = []
  if (keys !== 'error,ok') problems.push(`a failed result has the keys ${keys}`)
  if (!(error instanceof LienthongError)) return [...problems, 'the error is not a LienthongError']
  if (error.issues.length === 0) problems.push('the error has no issues')
  if (error.path !== (error.issues[0]?.path ?? error.path)) {
    problems.push('error.path is not the first issue’s path')
  }
  const changedIsValid =
    probe.kind === 'near-miss' && !error.issues.some((issue) => startsWith(issue.path, probe.path))
  for (const issue of error.issues) {
    const where = `${issue.code} at ${JSON.stringify(issue.path)}`
    if (!Array.isArray(issue.path)) problems.push(`${where}: the path is not an array`)
    else if (issue.path.some((key) => typeof key !== 'string' && typeof key !== 'number')) {
      problems.push(`${where}: the path holds something other than keys and indexes`)
    }
    if (typeof issue.message !== 'string' || issue.message.trim() === '') {
      problems.push(`${where}: no message`)
    }
    if (!Object.hasOwn(issueMessages.en, issue.code)) problems.push(`${where}: unknown code`)
    if (
      probe.kind === 'near-miss' &&
      !pointsAtChange(issue.path, probe.path, changedIsValid, links)
    ) {
      problems.push(`${where}, but the part at ${JSON.stringify(probe.path)} was ${probe.change}`)
    }
  }
  return problems
}

/** Generous: 10,000 runs take a second or two, more on a busy CI machine. */
const PROPERTY_TIMEOUT_MS = 60_000

describe.each(models)('$name', (model) => {
  it('survives parse ∘ serialize, also through JSON text', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(model.valid, (input) => {
        const parsed = model.parse(input)
        const wire = model.serialize(parsed)
        const json: unknown = JSON.parse(JSON.stringify(wire))
        expect(json).toStrictEqual(wire)
        expect(model.parse(wire)).toStrictEqual(parsed)
        expect(model.parse(json)).toStrictEqual(parsed)
      }),
      { numRuns: 300 },
    )
  })

  it(
    'answers any input with a value or a well-formed error, never a throw',
    { timeout: PROPERTY_TIMEOUT_MS },
    () => {
      fc.assert(
        fc.property(
          probes(model.valid),
          fc.constantFrom<MessageLocale>('en', 'vi'),
          (probe, locale) => {
            const input = probe.kind === 'hostile' ? probe.build() : probe.input
            const problems = problemsOf(model.safeParse(input, locale), probe, model.links)
            if (problems.length > 0) expect.fail(problems.join('\n'))
          },
        ),
        { numRuns: 10_000 },
      )
    },
  )
})

describe('instants at the edges of the wire format', () => {
  // Years 0000 and 9999 written with an offset can name instants in year -1 or 10000, which
  // `toISOString()` cannot write as `YYYY-…`: they must be refused, not fail in serialize.
  const firstDay = Date.parse('0000-01-01T00:00:00Z')
  const lastDay = Date.parse('9999-12-31T00:00:00Z')
  const edge = fc.tuple(
    fc.oneof(
      fc.integer({ min: firstDay - 86_400_000, max: firstDay + 86_400_000 }),
      fc.integer({ min: lastDay - 86_400_000, max: lastDay + 2 * 86_400_000 }),
    ),
    fc.constantFrom(...offsets),
  )

  it('either refuses an instant or writes it back so that it parses again', () => {
    fc.assert(
      fc.property(edge, ([ms, offset]) => {
        const at = formatInstant(ms, offset, 3)
        fc.pre(/^\d{4}-/.test(at))
        const result = safeParseTask({
          id: 't1',
          content: 'Đôn đốc',
          urgings: [{ at, byId: 'vp' }],
        })
        if (!result.ok) {
          expect(result.error.issues.map((issue) => issue.path)).toEqual([['urgings', 0, 'at']])
          return
        }
        expect(parseTask(serializeTask(result.value))).toStrictEqual(result.value)
      }),
      { numRuns: 300 },
    )
  })
})
