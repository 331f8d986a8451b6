import * as z from 'zod/mini'
import {
  addIssue,
  calendarDateSchema,
  documentRefSchema,
  fieldsAreValid,
  idListSchema,
  idSchema,
  instantSchema,
  textSchema,
} from '../_lib/primitives.js'

/**
 * What a petition asks: a complaint (khiếu nại) against a decision or act affecting the
 * petitioner, a denunciation (tố cáo) of a violation, a recommendation (kiến nghị) or a
 * reflection (phản ánh). One petition may hold several.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionKinds } from '@lienthong/core/petition'
 *
 * petitionKinds // ['complaint', 'denunciation', 'recommendation', 'reflection']
 * ```
 */
export const petitionKinds = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const

/**
 * How a petition arrived.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionChannels } from '@lienthong/core/petition'
 *
 * petitionChannels.includes('online-portal') // true
 * ```
 */
export const petitionChannels = [
  'in-person',
  'post',
  'mailbox',
  'online-portal',
  'email',
  'hotline',
  'deputy-referral',
  'voter-contact',
  'fatherland-front',
  'press',
  'agency-transfer',
  'leader-referral',
  'other',
] as const

/**
 * Subject areas petitions are counted by.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionFields } from '@lienthong/core/petition'
 *
 * petitionFields.includes('land') // true
 * ```
 */
export const petitionFields = [
  'land',
  'compensation-resettlement',
  'housing-construction',
  'administration',
  'justice',
  'social-policy',
  'labour',
  'environment',
  'corruption',
  'party-discipline',
  'other',
] as const

/**
 * Complexity of a case (Decree 31/2019 Art 3); it lengthens time limits.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionComplexities } from '@lienthong/core/petition'
 *
 * petitionComplexities // ['normal', 'complex', 'especially-complex']
 * ```
 */
export const petitionComplexities = ['normal', 'complex', 'especially-complex'] as const

/**
 * Kinds of processing event recorded in a petition's history.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionEventTypes } from '@lienthong/core/petition'
 *
 * petitionEventTypes[0] // 'received'
 * ```
 */
export const petitionEventTypes = [
  'received',
  'classified',
  'competence-decided',
  'accepted',
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'filed',
  'returned',
  'verification-started',
  'deadline-extended',
  'resolved',
  'result-sent',
  'reply-received',
  'closed',
  'withdrawn',
] as const

/**
 * Final handling outcome of a petition (one per petition).
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionOutcomes } from '@lienthong/core/petition'
 *
 * petitionOutcomes.includes('forwarded') // true
 * ```
 */
export const petitionOutcomes = [
  'accepted',
  'forwarded',
  'guided',
  'chased-up',
  'answered',
  'filed',
  'returned',
  'withdrawn',
] as const

/**
 * Verdicts on a complaint: right, wrong, or partly right.
 *
 * @category Petition
 * @example
 * ```ts
 * import { complaintVerdicts } from '@lienthong/core/petition'
 *
 * complaintVerdicts // ['right', 'wrong', 'partly-right']
 * ```
 */
export const complaintVerdicts = ['right', 'wrong', 'partly-right'] as const

/**
 * The person who petitions. Personal data: never shown in statistics or exports, and secret for
 * denouncers (Law 25/2018 Art 9).
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionerSchema } from '@lienthong/core/petition'
 *
 * petitionerSchema.parse({ name: 'Lê Văn Cường', address: 'Số 5 phố Hàng Bạc, Hà Nội' })
 * ```
 */
export const petitionerSchema = z.object({
  name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  idNumber: z.optional(z.string().check(z.trim(), z.minLength(6), z.maxLength(20))),
  address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  phone: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(30))),
  email: z.optional(z.email()),
})

/**
 * A representative named by a crowd petition.
 *
 * @category Petition
 * @example
 * ```ts
 * import { representativeSchema } from '@lienthong/core/petition'
 *
 * representativeSchema.parse({ name: 'Phạm Thị Dung', phone: '0912345678' })
 * ```
 */
export const representativeSchema = z.object({
  name: textSchema(200),
  idNumber: z.optional(z.string().check(z.trim(), z.minLength(6), z.maxLength(20))),
  phone: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(30))),
})

/**
 * Where the matter is: administrative-unit codes and a free address.
 *
 * @category Petition
 * @example
 * ```ts
 * import { placeSchema } from '@lienthong/core/petition'
 *
 * placeSchema.parse({ provinceCode: '01', address: 'Phường Hoàn Kiếm' })
 * ```
 */
export const placeSchema = z.object({
  provinceCode: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(10))),
  wardCode: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(10))),
  address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
})

/**
 * The administrative decision or act a complaint is about.
 *
 * @category Petition
 * @example
 * ```ts
 * import { complainedDecisionSchema } from '@lienthong/core/petition'
 *
 * complainedDecisionSchema.parse({
 *   description: 'Quyết định thu hồi đất', symbol: '156/QĐ-UBND', learnedOn: '2026-01-05',
 * })
 * ```
 */
export const complainedDecisionSchema = z.object({
  description: textSchema(2000),
  symbol: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  issuedOn: z.optional(calendarDateSchema),
  issuedBy: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  learnedOn: z.optional(calendarDateSchema),
})

/**
 * The person or agency a denunciation is about.
 *
 * @category Petition
 * @example
 * ```ts
 * import { denouncedSchema } from '@lienthong/core/petition'
 *
 * denouncedSchema.parse({ name: 'Cán bộ địa chính phường X', agency: 'UBND phường X' })
 * ```
 */
export const denouncedSchema = z
  .object({
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    position: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    agency: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  })
  .check(
    z.superRefine((who, ctx) => {
      if (who.name === undefined && who.agency === undefined) {
        addIssue(ctx, 'invalid', [], {
          detail: 'name the person or the agency denounced',
          detailVi: 'cần nêu tên người hoặc cơ quan bị tố cáo',
        })
      }
    }),
    z.describe('Who is denounced: at least one of name and agency.'),
  )

/**
 * A file attached to a petition (metadata only; the bytes live with the back end).
 *
 * @category Petition
 * @example
 * ```ts
 * import { attachmentSchema } from '@lienthong/core/petition'
 *
 * attachmentSchema.parse({ name: 'so-do.pdf', mediaType: 'application/pdf', size: 204800 })
 * ```
 */
export const attachmentSchema = z.object({
  name: textSchema(255),
  mediaType: z.string().check(z.trim(), z.regex(/^[\w.+-]+\/[\w.+-]+$/)),
  size: z.int().check(z.gte(0), z.lte(1_000_000_000)),
  url: z.optional(z.url()),
})

/**
 * One step in a petition's processing history (append-only).
 *
 * `byId` is the person or organisation that acted. Type-specific details are optional fields:
 * `eligible`/`ineligibleReasons`/`duplicateOfId` for `classified`, `forwardedToId` for
 * `forwarded`, `verdict`/`instance` for `resolved`, `newDeadline` for `deadline-extended`.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionEventSchema } from '@lienthong/core/petition'
 *
 * petitionEventSchema.parse({
 *   type: 'forwarded', at: '2026-03-03T09:00:00+07:00', byId: 'vp-tu', forwardedToId: 'ubnd-hoan-kiem',
 * })
 * ```
 */
export const petitionEventSchema = z.object({
  type: z.enum(petitionEventTypes),
  at: instantSchema,
  byId: z.optional(idSchema),
  note: z.optional(z.string().check(z.trim(), z.maxLength(5000))),
  documents: z._default(z.array(documentRefSchema).check(z.maxLength(50)), []),
  eligible: z.optional(z.boolean()),
  ineligibleReasons: z.optional(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(20)),
  ),
  duplicateOfId: z.optional(idSchema),
  competent: z.optional(z.boolean()),
  forwardedToId: z.optional(idSchema),
  verdict: z.optional(z.enum(complaintVerdicts)),
  instance: z.optional(z.union([z.literal(1), z.literal(2)])),
  newDeadline: z.optional(calendarDateSchema),
})

/**
 * A citizen's petition (đơn) and its processing history.
 *
 * A petitioner names themself unless `anonymous` is true (an anonymous denunciation is not
 * handled as a denunciation, Law 25/2018 Art 25). `coSigners` counts the other people who signed;
 * a crowd petition (5 or more people) names up to 5 `representatives`.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionSchema } from '@lienthong/core/petition'
 *
 * const petition = petitionSchema.parse({
 *   id: 'd1', trackingCode: 'HN-2026-000123', kinds: ['complaint'], channel: 'online-portal',
 *   receivedAt: '2026-03-02T10:15:00+07:00', receivedById: 'vp-hdnd',
 *   petitioner: { name: 'Lê Văn Cường', address: 'Phường Hoàn Kiếm, Hà Nội' },
 *   subject: 'Khiếu nại quyết định thu hồi đất', content: 'Tôi không đồng ý với mức bồi thường…',
 * })
 * petition.complexity // 'normal'
 * ```
 */
export const petitionSchema = z
  .object({
    id: idSchema,
    trackingCode: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
    kinds: z.array(z.enum(petitionKinds)).check(
      z.minLength(1),
      z.maxLength(4),
      z.superRefine((kinds, ctx) => {
        kinds.forEach((kind, index) => {
          if (kinds.indexOf(kind) !== index)
            addIssue(ctx, 'duplicate_value', [index], { value: kind })
        })
      }),
      z.meta({ description: 'What the petition asks, each kind at most once.', uniqueItems: true }),
    ),
    channel: z.enum(petitionChannels),
    receivedAt: instantSchema,
    receivedById: idSchema,
    receivedByPersonId: z.optional(idSchema),
    anonymous: z._default(z.boolean(), false),
    petitioner: z
      .optional(petitionerSchema)
      .check(z.describe('Required, with a non-empty name, unless anonymous is true.')),
    coSigners: z._default(z.int().check(z.gte(0), z.lte(100_000)), 0),
    representatives: z._default(z.array(representativeSchema).check(z.maxLength(5)), []),
    subject: textSchema(500),
    content: z.string().check(z.trim(), z.minLength(1), z.maxLength(50_000)),
    field: z.optional(z.enum(petitionFields)),
    place: z.optional(placeSchema),
    complainedDecision: z.optional(complainedDecisionSchema),
    denounced: z.optional(denouncedSchema),
    complaintInstance: z.optional(z.union([z.literal(1), z.literal(2)])),
    complexity: z._default(z.enum(petitionComplexities), 'normal'),
    remoteArea: z._default(z.boolean(), false),
    attachments: z._default(z.array(attachmentSchema).check(z.maxLength(50)), []),
    relatedIds: z._default(idListSchema, []),
    history: z
      ._default(z.array(petitionEventSchema).check(z.maxLength(1000)), [])
      .check(z.describe('Processing events in time order: each at or after the one before it.')),
    outcome: z.optional(z.enum(petitionOutcomes)),
  })
  .check(
    z.superRefine(
      (petition, ctx) => {
        const name = petition.petitioner?.name
        if (!petition.anonymous && (name === undefined || name === '')) {
          addIssue(ctx, 'missing_name', ['petitioner', 'name'])
        }
      },
      { when: fieldsAreValid(['anonymous', 'petitioner']) },
    ),
    z.superRefine(
      (petition, ctx) => {
        // History is append-only: each event happens at or after the one before it.
        for (let i = 1; i < petition.history.length; i++) {
          const previous = petition.history[i - 1]
          const current = petition.history[i]
          if (previous && current && current.at.getTime() < previous.at.getTime()) {
            addIssue(ctx, 'invalid', ['history', i, 'at'], {
              detail: `happens before the event above it (${previous.at.toISOString()}); history is in time order`,
              detailVi: `xảy ra trước sự kiện liền trước (${previous.at.toISOString()}); lịch sử phải theo thứ tự thời gian`,
            })
          }
        }
      },
      { when: fieldsAreValid(['history']) },
    ),
  )

/**
 * One of {@link petitionKinds}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionKind } from '@lienthong/core/petition'
 *
 * const petitionKind: PetitionKind = 'complaint'
 * ```
 */
export type PetitionKind = (typeof petitionKinds)[number]
/**
 * One of {@link petitionChannels}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionChannel } from '@lienthong/core/petition'
 *
 * const petitionChannel: PetitionChannel = 'in-person'
 * ```
 */
export type PetitionChannel = (typeof petitionChannels)[number]
/**
 * One of {@link petitionFields}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionField } from '@lienthong/core/petition'
 *
 * const petitionField: PetitionField = 'land'
 * ```
 */
export type PetitionField = (typeof petitionFields)[number]
/**
 * One of {@link petitionComplexities}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionComplexity } from '@lienthong/core/petition'
 *
 * const petitionComplexity: PetitionComplexity = 'normal'
 * ```
 */
export type PetitionComplexity = (typeof petitionComplexities)[number]
/**
 * One of {@link petitionEventTypes}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionEventType } from '@lienthong/core/petition'
 *
 * const petitionEventType: PetitionEventType = 'received'
 * ```
 */
export type PetitionEventType = (typeof petitionEventTypes)[number]
/**
 * One of {@link petitionOutcomes}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { PetitionOutcome } from '@lienthong/core/petition'
 *
 * const petitionOutcome: PetitionOutcome = 'accepted'
 * ```
 */
export type PetitionOutcome = (typeof petitionOutcomes)[number]
/**
 * One of {@link complaintVerdicts}.
 *
 * @category Petition
 * @example
 * ```ts
 * import type { ComplaintVerdict } from '@lienthong/core/petition'
 *
 * const complaintVerdict: ComplaintVerdict = 'right'
 * ```
 */
export type ComplaintVerdict = (typeof complaintVerdicts)[number]
/**
 * A parsed Petitioner: what {@link petitionerSchema} returns.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionerSchema, type Petitioner } from '@lienthong/core/petition'
 *
 * declare const json: unknown
 * const petitioner: Petitioner = petitionerSchema.parse(json)
 * ```
 */
export type Petitioner = z.output<typeof petitionerSchema>
/**
 * A parsed PetitionEvent: what {@link petitionEventSchema} returns.
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionEventSchema, type PetitionEvent } from '@lienthong/core/petition'
 *
 * declare const json: unknown
 * const petitionEvent: PetitionEvent = petitionEventSchema.parse(json)
 * ```
 */
export type PetitionEvent = z.output<typeof petitionEventSchema>
/**
 * The wire (JSON) form of a {@link PetitionEvent}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Petition
 * @example
 * ```ts
 * import { petitionEventSchema, type PetitionEventInput } from '@lienthong/core/petition'
 *
 * declare const wire: PetitionEventInput
 * const parsed = petitionEventSchema.parse(wire)
 * ```
 */
export type PetitionEventInput = z.input<typeof petitionEventSchema>
/**
 * A parsed Petition: what {@link parsePetition} returns (instants as `Date`).
 *
 * @category Petition
 * @example
 * ```ts
 * import { parsePetition, type Petition } from '@lienthong/core/petition'
 *
 * declare const json: unknown
 * const petition: Petition = parsePetition(json)
 * ```
 */
export type Petition = z.output<typeof petitionSchema>
/**
 * The wire (JSON) form of a {@link Petition}: what a back end sends and receives (instants as ISO 8601 strings).
 *
 * @category Petition
 * @example
 * ```ts
 * import { serializePetition, type Petition, type PetitionInput } from '@lienthong/core/petition'
 *
 * declare const petition: Petition
 * const wire: PetitionInput = serializePetition(petition)
 * ```
 */
export type PetitionInput = z.input<typeof petitionSchema>
