/**
 * The petition as the form holds it while it is typed (strings, as the fields give them), and its
 * translation into the body of `POST /api/petitions` (the reference server's
 * `petitionSubmissionSchema`). Internal.
 */
import type { PetitionKind } from '@lienthong/core/petition'

/** A representative of a crowd petition, as typed. */
export interface RepresentativeDraft {
  readonly name: string
  readonly phone: string
}

/** A file the person attached (metadata; the bytes go through the host's upload hook, if any). */
export interface AttachmentDraft {
  readonly name: string
  readonly mediaType: string
  readonly size: number
  readonly url?: string
}

/** Everything the person typed, one string per field. */
export interface PetitionDraft {
  readonly kind: PetitionKind | ''
  readonly decision: string
  readonly decisionSymbol: string
  readonly decisionIssuedBy: string
  /** The day the person learned of the decision, as three fields (GOV.UK's date input). */
  readonly learnedDay: string
  readonly learnedMonth: string
  readonly learnedYear: string
  readonly instance: '1' | '2'
  readonly denouncedName: string
  readonly denouncedPosition: string
  readonly denouncedAgency: string
  readonly anonymous: boolean
  readonly name: string
  readonly idNumber: string
  readonly phone: string
  readonly email: string
  readonly address: string
  readonly crowd: boolean
  readonly coSigners: string
  readonly representatives: readonly RepresentativeDraft[]
  readonly place: string
  readonly subject: string
  readonly content: string
  readonly attachments: readonly AttachmentDraft[]
}

/** The kinds, in the order the form offers them. */
export const formKinds = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const

/** The most representatives a crowd petition names (Decree 124/2020 Art 7). */
export const maxRepresentatives = 5

/** A draft with nothing typed yet. */
export function emptyDraft(): PetitionDraft {
  return {
    kind: '',
    decision: '',
    decisionSymbol: '',
    decisionIssuedBy: '',
    learnedDay: '',
    learnedMonth: '',
    learnedYear: '',
    instance: '1',
    denouncedName: '',
    denouncedPosition: '',
    denouncedAgency: '',
    anonymous: false,
    name: '',
    idNumber: '',
    phone: '',
    email: '',
    address: '',
    crowd: false,
    coSigners: '',
    representatives: [],
    place: '',
    subject: '',
    content: '',
    attachments: [],
  }
}

type StringField = {
  [K in keyof PetitionDraft]: PetitionDraft[K] extends string ? K : never
}[keyof PetitionDraft]

const stringFields = Object.keys(emptyDraft()).filter(
  (key) => typeof emptyDraft()[key as keyof PetitionDraft] === 'string',
) as StringField[]

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const asText = (value: unknown, max = 60_000): string =>
  typeof value === 'string' ? value.slice(0, max) : ''

/**
 * Reads a draft back from storage (or from a host's saved form state), keeping only known fields
 * of the right type: anything else another script wrote is dropped.
 */
export function readDraft(value: unknown): PetitionDraft {
  const draft: Record<string, unknown> = { ...emptyDraft() }
  if (!isRecord(value)) return draft as unknown as PetitionDraft
  for (const field of stringFields) draft[field] = asText(value[field])
  if (!(formKinds as readonly string[]).includes(draft.kind as string)) draft.kind = ''
  if (draft.instance !== '2') draft.instance = '1'
  draft.anonymous = value.anonymous === true
  draft.crowd = value.crowd === true
  draft.representatives = (Array.isArray(value.representatives) ? value.representatives : [])
    .filter(isRecord)
    .slice(0, maxRepresentatives)
    .map((person) => ({ name: asText(person.name, 500), phone: asText(person.phone, 100) }))
  draft.attachments = (Array.isArray(value.attachments) ? value.attachments : [])
    .filter(isRecord)
    .filter((file) => typeof file.size === 'number' && Number.isFinite(file.size))
    .slice(0, 50)
    .map((file) => ({
      name: asText(file.name, 500),
      mediaType: asText(file.mediaType, 200),
      size: file.size as number,
      ...(typeof file.url === 'string' ? { url: file.url } : {}),
    }))
  return draft as unknown as PetitionDraft
}

/**
 * The day typed in the three date fields as `YYYY-MM-DD`; `''` when all three are empty and
 * `undefined` when they do not make a real date (31 2 2026, a two-digit year…).
 */
export function learnedOnOf(draft: PetitionDraft): string | undefined {
  const [day, month, year] = [draft.learnedDay, draft.learnedMonth, draft.learnedYear].map((part) =>
    part.trim(),
  )
  if (day === '' && month === '' && year === '') return ''
  if (
    !/^\d{1,2}$/.test(day ?? '') ||
    !/^\d{1,2}$/.test(month ?? '') ||
    !/^\d{4}$/.test(year ?? '')
  ) {
    return undefined
  }
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1)
    return undefined
  return date.toISOString().slice(0, 10)
}

/**
 * `learnedOn` as sent: the date, nothing when the fields are empty, or what was typed when it is
 * not a real date (so core's schema reports it rather than the form dropping it).
 */
function learnedOnWire(draft: PetitionDraft): string | undefined {
  const date = learnedOnOf(draft)
  if (date === '') return undefined
  return (
    date ?? `${draft.learnedYear.trim()}-${draft.learnedMonth.trim()}-${draft.learnedDay.trim()}`
  )
}

/** Whether the person may stay anonymous for this kind (a complaint must carry a name). */
export function anonymityAllowed(kind: PetitionDraft['kind']): boolean {
  return kind !== 'complaint'
}

/** Trimmed, NFC-normalized text, or `undefined` when empty (optional fields are then left out). */
function clean(value: string): string | undefined {
  const text = value.normalize('NFC').trim()
  return text === '' ? undefined : text
}

/** Copies only the defined values, so the JSON never carries `undefined` or empty strings. */
function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

/** The number typed as the count of co-signers, or `NaN` when it is not a whole number. */
export function coSignerCount(draft: PetitionDraft): number {
  const text = draft.coSigners.trim()
  if (text === '') return 0
  return /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN
}

/**
 * The body of `POST /api/petitions` for a draft: only the fields its kind uses, texts trimmed and
 * in NFC (so a character count on the device matches the server's), nothing empty.
 */
export function toSubmission(draft: PetitionDraft): Record<string, unknown> {
  const anonymous = draft.anonymous && anonymityAllowed(draft.kind)
  const submission: Record<string, unknown> = {
    kinds: draft.kind === '' ? [] : [draft.kind],
    anonymous,
    subject: clean(draft.subject) ?? '',
    content: clean(draft.content) ?? '',
  }
  if (!anonymous) {
    submission.petitioner = compact({
      name: clean(draft.name) ?? '',
      idNumber: clean(draft.idNumber),
      phone: clean(draft.phone),
      email: clean(draft.email),
      address: clean(draft.address),
    })
  }
  if (draft.crowd && !anonymous) {
    const count = coSignerCount(draft)
    submission.coSigners = Number.isNaN(count) ? -1 : count
    submission.representatives = draft.representatives.map((person) =>
      compact({ name: clean(person.name) ?? '', phone: clean(person.phone) }),
    )
  }
  const place = clean(draft.place)
  if (place) submission.place = { address: place }
  if (draft.kind === 'complaint') {
    submission.complainedDecision = compact({
      description: clean(draft.decision) ?? '',
      symbol: clean(draft.decisionSymbol),
      issuedBy: clean(draft.decisionIssuedBy),
      learnedOn: learnedOnWire(draft),
    })
    submission.complaintInstance = draft.instance === '2' ? 2 : 1
  }
  if (draft.kind === 'denunciation') {
    submission.denounced = compact({
      name: clean(draft.denouncedName),
      position: clean(draft.denouncedPosition),
      agency: clean(draft.denouncedAgency),
    })
  }
  if (draft.attachments.length > 0) {
    submission.attachments = draft.attachments.map((file) => compact({ ...file }))
  }
  return submission
}

/** The number of user-perceived characters (grapheme clusters) in a text. */
export function graphemeCount(text: string): number {
  // Every browser the widgets support has Intl.Segmenter; code points are the fallback.
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).length
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length
}
