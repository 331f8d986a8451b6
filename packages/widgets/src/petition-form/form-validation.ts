/**
 * Checks a petition draft with core's petition schema (`safeParsePetition`, the same check the
 * reference server runs) and the form's own rules (the law's required facts), and says which
 * field each problem belongs to. Loaded on demand by `<lt-petition-form>`: core's petition area
 * builds zod schemas when it loads, so it must not load before zod is told not to probe for
 * `eval` (see `loadValidation`). Internal.
 */
import { petitionRules, safeParsePetition } from '@lienthong/core/petition'
import {
  anonymityAllowed,
  coSignerCount,
  learnedOnOf,
  toSubmission,
  type PetitionDraft,
} from './form-model.js'

/** What is wrong with a field; each has a message per field or a generic one in the catalogs. */
export type FieldProblemCode =
  'required' | 'tooLong' | 'tooShort' | 'format' | 'future' | 'whole' | 'representatives' | 'date'

/** One problem: the field (its element id in the form) and what is wrong. */
export interface FieldProblem {
  readonly field: string
  readonly code: FieldProblemCode
  /** The limit for `tooLong`/`tooShort`, or the range for `representatives`. */
  readonly params?: Readonly<Record<string, number>>
}

/** The form field of each path core reports, by the path's first keys. */
const fieldOfPath: Readonly<Record<string, string>> = {
  kinds: 'kind',
  'petitioner.name': 'name',
  'petitioner.idNumber': 'idNumber',
  'petitioner.phone': 'phone',
  'petitioner.email': 'email',
  'petitioner.address': 'address',
  coSigners: 'coSigners',
  representatives: 'representatives',
  subject: 'subject',
  content: 'content',
  'place.address': 'place',
  'complainedDecision.description': 'decision',
  'complainedDecision.symbol': 'decisionSymbol',
  'complainedDecision.issuedBy': 'decisionIssuedBy',
  'complainedDecision.learnedOn': 'learnedOn',
  denounced: 'denouncedName',
  'denounced.name': 'denouncedName',
  'denounced.position': 'denouncedPosition',
  'denounced.agency': 'denouncedAgency',
  attachments: 'attachments',
}

/** The field of a core issue path: `representatives.2.name` → `rep-2-name`. */
function fieldOf(path: readonly (string | number)[]): string | undefined {
  const [first, second, third] = path
  if (first === 'representatives' && typeof second === 'number') {
    return `rep-${second}-${third === 'phone' ? 'phone' : 'name'}`
  }
  if (first === 'attachments') return 'attachments'
  const two = `${String(first)}.${String(second)}`
  return fieldOfPath[two] ?? fieldOfPath[String(first)]
}

function problemOf(code: string, params: Readonly<Record<string, unknown>> = {}) {
  const limit = (value: unknown): Record<string, number> =>
    typeof value === 'number' ? { limit: value } : {}
  switch (code) {
    case 'too_big':
      return { code: 'tooLong', params: limit(params.maximum) } as const
    case 'too_small':
      return params.minimum === 1 || params.origin !== 'string'
        ? ({ code: 'required' } as const)
        : ({ code: 'tooShort', params: limit(params.minimum) } as const)
    case 'missing_name':
    case 'required':
      return { code: 'required' } as const
    case 'invalid':
      return { code: 'required' } as const // only `denounced` without a name or an agency
    default:
      return { code: 'format' } as const
  }
}

/** Today in the office's zone, `YYYY-MM-DD`. */
function today(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now)
}

/**
 * Every problem of a draft, in the order of the fields on the page, one per field. Empty when
 * the petition can be sent.
 *
 * @param draft - What the person typed.
 * @param now - The current instant (a `learnedOn` after today is an error).
 */
export function validateDraft(draft: PetitionDraft, now: Date = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (problem: FieldProblem): void => {
    if (!problems.some((found) => found.field === problem.field)) problems.push(problem)
  }
  if (draft.kind === '') add({ field: 'kind', code: 'required' })

  // The law's required facts the schema leaves optional.
  const named = !(draft.anonymous && anonymityAllowed(draft.kind))
  // Core checks the name too, but only once the rest of the petitioner is valid.
  if (named && draft.name.trim() === '') add({ field: 'name', code: 'required' })
  if (named && draft.address.trim() === '') add({ field: 'address', code: 'required' })
  if (draft.kind === 'complaint') {
    const learnedOn = learnedOnOf(draft)
    if (learnedOn === undefined) add({ field: 'learnedOn', code: 'date' })
    else if (learnedOn !== '' && learnedOn > today(now)) add({ field: 'learnedOn', code: 'future' })
  }
  if (draft.crowd && named) {
    const others = coSignerCount(draft)
    if (Number.isNaN(others)) add({ field: 'coSigners', code: 'whole' })
    const people = 1 + (Number.isNaN(others) ? 0 : others)
    const { minPeople, bands } = petitionRules.crowd
    if (!Number.isNaN(others) && people < minPeople) {
      add({ field: 'coSigners', code: 'tooShort', params: { limit: minPeople - 1 } })
    }
    const band = bands.find((found) => found.maxPeople === undefined || people <= found.maxPeople)
    const count = draft.representatives.length
    if (band && (count < band.minRepresentatives || count > band.maxRepresentatives)) {
      add({
        field: 'representatives',
        code: 'representatives',
        params: { min: band.minRepresentatives, max: band.maxRepresentatives, people },
      })
    }
  }

  const result = safeParsePetition({
    ...toSubmission(draft),
    id: 'draft',
    trackingCode: 'draft',
    channel: 'online-portal',
    receivedAt: now.toISOString(),
    receivedById: 'office',
  })
  if (!result.ok) {
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path)
      if (field) add({ field, ...problemOf(issue.code, issue.params) })
    }
  }
  return sortByFieldOrder(problems)
}

/** The fields in the order they appear on the page. */
const fieldOrder = [
  'kind',
  'decision',
  'decisionSymbol',
  'decisionIssuedBy',
  'learnedOn',
  'denouncedName',
  'denouncedPosition',
  'denouncedAgency',
  'name',
  'idNumber',
  'address',
  'phone',
  'email',
  'coSigners',
  'representatives',
  'rep-',
  'place',
  'subject',
  'content',
  'attachments',
]

function rank(field: string): number {
  const index = fieldOrder.findIndex(
    (name) => field === name || (name.endsWith('-') && field.startsWith(name)),
  )
  return index === -1 ? fieldOrder.length : index
}

function sortByFieldOrder(problems: FieldProblem[]): FieldProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => rank(a.problem.field) - rank(b.problem.field) || a.index - b.index)
    .map(({ problem }) => problem)
}
