/**
 * The two systems of documents in Vietnam, each with its own symbol grammar: Party documents
 * (`15-NQ/TU`, Quy định 66-QĐ/TW and Hướng dẫn 36-HD/VPTW) and state documents (`156/QĐ-UBND`,
 * Nghị định 30/2020/NĐ-CP; `31/2019/NĐ-CP`, the Law on Promulgation of Legal Documents).
 *
 * @category Documents
 * @example
 * ```ts
 * import { documentSystems } from '@lienthong/core/directive'
 *
 * documentSystems // ['party', 'state']
 * ```
 */
export const documentSystems = ['party', 'state'] as const

/**
 * `'party'` or `'state'`.
 *
 * @category Documents
 * @example
 * ```ts
 * import type { DocumentSystem } from '@lienthong/core/directive'
 *
 * const system: DocumentSystem = 'party'
 * ```
 */
export type DocumentSystem = (typeof documentSystems)[number]

/**
 * Kinds of document a directive, notice or plan can be. The first ones are those that assign
 * tasks; the rest are the other kinds whose type codes appear in symbols (see
 * {@link documentTypeCodes}). `notice-of-conclusions` is a notice (`TB`) that records a
 * meeting's conclusions: its symbol alone only says `notice`. `law` and `ordinance` have no type
 * code: their symbols name the National Assembly (`45/2019/QH14`) or its Standing Committee.
 *
 * @category Documents
 * @example
 * ```ts
 * import { documentTypes } from '@lienthong/core/directive'
 *
 * documentTypes.includes('notice-of-conclusions') // true
 * ```
 */
export const documentTypes = [
  'resolution',
  'directive',
  'conclusion',
  'decision',
  'regulation',
  'rules',
  'notice-of-conclusions',
  'notice',
  'instruction',
  'guidance',
  'program',
  'plan',
  'project',
  'development-project',
  'option',
  'report',
  'official-letter',
  'official-telegram',
  'submission',
  'communique',
  'minutes',
  'contract',
  'invitation',
  'letter-of-introduction',
  'leave-permit',
  'dispatch-slip',
  'transfer-slip',
  'notification-slip',
  'circular',
  'joint-circular',
  'joint-resolution',
  'decree',
  'order',
  'ordinance',
  'law',
  'other',
] as const

/**
 * One of {@link documentTypes}.
 *
 * @category Documents
 * @example
 * ```ts
 * import type { DocumentType } from '@lienthong/core/directive'
 *
 * const type: DocumentType = 'conclusion'
 * ```
 */
export type DocumentType = (typeof documentTypes)[number]

/**
 * Vietnamese and English names of every document type, for labels and reports.
 *
 * @category Documents
 * @example
 * ```ts
 * import { documentTypeNames } from '@lienthong/core/directive'
 *
 * documentTypeNames['notice-of-conclusions'].vi // 'Thông báo kết luận'
 * ```
 */
export const documentTypeNames: Readonly<
  Record<
    DocumentType,
    {
      /** Vietnamese name, e.g. `Quyết định`. */
      readonly vi: string
      /** English name, e.g. `Decision`. */
      readonly en: string
    }
  >
> = {
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  regulation: { vi: 'Quy định', en: 'Regulation' },
  rules: { vi: 'Quy chế', en: 'Rules' },
  'notice-of-conclusions': { vi: 'Thông báo kết luận', en: 'Notice of conclusions' },
  notice: { vi: 'Thông báo', en: 'Notice' },
  instruction: { vi: 'Thông tri', en: 'Instruction' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  program: { vi: 'Chương trình', en: 'Program' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  project: { vi: 'Đề án', en: 'Project (scheme)' },
  'development-project': { vi: 'Dự án', en: 'Development project' },
  option: { vi: 'Phương án', en: 'Option (plan of action)' },
  report: { vi: 'Báo cáo', en: 'Report' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  'official-telegram': { vi: 'Công điện', en: 'Official telegram' },
  submission: { vi: 'Tờ trình', en: 'Submission' },
  communique: { vi: 'Thông cáo', en: 'Communiqué' },
  minutes: { vi: 'Biên bản', en: 'Minutes' },
  contract: { vi: 'Hợp đồng', en: 'Contract' },
  invitation: { vi: 'Giấy mời', en: 'Invitation' },
  'letter-of-introduction': { vi: 'Giấy giới thiệu', en: 'Letter of introduction' },
  'leave-permit': { vi: 'Giấy nghỉ phép', en: 'Leave permit' },
  'dispatch-slip': { vi: 'Phiếu gửi', en: 'Dispatch slip' },
  'transfer-slip': { vi: 'Phiếu chuyển', en: 'Transfer slip' },
  'notification-slip': { vi: 'Phiếu báo', en: 'Notification slip' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  'joint-circular': { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  'joint-resolution': { vi: 'Nghị quyết liên tịch', en: 'Joint resolution' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  order: { vi: 'Lệnh', en: 'Order' },
  ordinance: { vi: 'Pháp lệnh', en: 'Ordinance' },
  law: { vi: 'Luật', en: 'Law' },
  other: { vi: 'Văn bản khác', en: 'Other document' },
}

/**
 * One row of {@link documentTypeCodes}: a type code as written in symbols, and what it means in
 * the systems that use it.
 *
 * @category Documents
 * @example
 * ```ts
 * import type { DocumentTypeCode } from '@lienthong/core/directive'
 *
 * const row: DocumentTypeCode = {
 *   code: 'KL', type: 'conclusion', vi: 'Kết luận', en: 'Conclusion', systems: ['party', 'state'],
 * }
 * ```
 */
export interface DocumentTypeCode {
  /** The code exactly as the rules spell it, e.g. `QĐ`, `QĐi`, `CTr`. */
  readonly code: string
  /** What kind of document the code stands for. */
  readonly type: DocumentType
  /** Vietnamese name of the kind, e.g. `Quyết định`. */
  readonly vi: string
  /** English name of the kind, e.g. `Decision`. */
  readonly en: string
  /** The systems whose symbols use this code with this meaning. */
  readonly systems: readonly DocumentSystem[]
}

const both = ['party', 'state'] as const
const party = ['party'] as const
const state = ['state'] as const

/**
 * Type codes used in document symbols, and what each stands for.
 *
 * - Party codes follow Hướng dẫn 36-HD/VPTW (2018): `QĐi` is a regulation, `TT` an instruction
 *   (Thông tri), `CV` an official letter (`123-CV/TU`).
 * - State administrative codes follow Nghị định 30/2020/NĐ-CP, Appendix III: there a regulation
 *   is `QyĐ`, `DA` is a development project (Dự án) and `ĐA` a project (Đề án), `HĐ` a contract
 *   and `HD` guidance, and an official letter has no code (`123/UBND-VP`). `KL` is the
 *   inspectorates' conclusion (`12/KL-TTCP`).
 * - State legal codes follow the Law on Promulgation of Legal Documents: `NĐ` decree, `TT`
 *   circular, `TTLT` joint circular, `NQLT` joint resolution, `L` order of the President
 *   (`03/2019/L-CTN`). Laws and ordinances have no code (`45/2019/QH14`).
 *
 * The same code can mean different things in the two systems (`TT`): look a code up together
 * with its system. Memoranda, agreements and powers of attorney are left out: their codes could
 * not be confirmed against the decree's text.
 *
 * @category Documents
 * @example
 * ```ts
 * import { documentTypeCodes } from '@lienthong/core/directive'
 *
 * const row = documentTypeCodes.find((r) => r.code === 'TT' && r.systems.includes('state'))
 * row?.type // 'circular'
 * ```
 */
export const documentTypeCodes: readonly DocumentTypeCode[] = [
  { code: 'NQ', type: 'resolution', vi: 'Nghị quyết', en: 'Resolution', systems: both },
  { code: 'CT', type: 'directive', vi: 'Chỉ thị', en: 'Directive', systems: both },
  { code: 'KL', type: 'conclusion', vi: 'Kết luận', en: 'Conclusion', systems: both },
  { code: 'QĐ', type: 'decision', vi: 'Quyết định', en: 'Decision', systems: both },
  { code: 'QĐi', type: 'regulation', vi: 'Quy định', en: 'Regulation', systems: party },
  { code: 'QyĐ', type: 'regulation', vi: 'Quy định', en: 'Regulation', systems: state },
  { code: 'QC', type: 'rules', vi: 'Quy chế', en: 'Rules', systems: both },
  { code: 'TB', type: 'notice', vi: 'Thông báo', en: 'Notice', systems: both },
  { code: 'TT', type: 'instruction', vi: 'Thông tri', en: 'Instruction', systems: party },
  { code: 'HD', type: 'guidance', vi: 'Hướng dẫn', en: 'Guidance', systems: both },
  { code: 'CTr', type: 'program', vi: 'Chương trình', en: 'Program', systems: both },
  { code: 'KH', type: 'plan', vi: 'Kế hoạch', en: 'Plan', systems: both },
  { code: 'ĐA', type: 'project', vi: 'Đề án', en: 'Project (scheme)', systems: both },
  {
    code: 'DA',
    type: 'development-project',
    vi: 'Dự án',
    en: 'Development project',
    systems: state,
  },
  { code: 'PA', type: 'option', vi: 'Phương án', en: 'Option (plan of action)', systems: state },
  { code: 'BC', type: 'report', vi: 'Báo cáo', en: 'Report', systems: both },
  { code: 'CV', type: 'official-letter', vi: 'Công văn', en: 'Official letter', systems: party },
  {
    code: 'CĐ',
    type: 'official-telegram',
    vi: 'Công điện',
    en: 'Official telegram',
    systems: state,
  },
  { code: 'TTr', type: 'submission', vi: 'Tờ trình', en: 'Submission', systems: both },
  { code: 'TC', type: 'communique', vi: 'Thông cáo', en: 'Communiqué', systems: both },
  { code: 'BB', type: 'minutes', vi: 'Biên bản', en: 'Minutes', systems: both },
  { code: 'HĐ', type: 'contract', vi: 'Hợp đồng', en: 'Contract', systems: state },
  { code: 'GM', type: 'invitation', vi: 'Giấy mời', en: 'Invitation', systems: state },
  {
    code: 'GGT',
    type: 'letter-of-introduction',
    vi: 'Giấy giới thiệu',
    en: 'Letter of introduction',
    systems: state,
  },
  { code: 'GNP', type: 'leave-permit', vi: 'Giấy nghỉ phép', en: 'Leave permit', systems: state },
  { code: 'PG', type: 'dispatch-slip', vi: 'Phiếu gửi', en: 'Dispatch slip', systems: state },
  { code: 'PC', type: 'transfer-slip', vi: 'Phiếu chuyển', en: 'Transfer slip', systems: state },
  {
    code: 'PB',
    type: 'notification-slip',
    vi: 'Phiếu báo',
    en: 'Notification slip',
    systems: state,
  },
  { code: 'TT', type: 'circular', vi: 'Thông tư', en: 'Circular', systems: state },
  {
    code: 'TTLT',
    type: 'joint-circular',
    vi: 'Thông tư liên tịch',
    en: 'Joint circular',
    systems: state,
  },
  {
    code: 'NQLT',
    type: 'joint-resolution',
    vi: 'Nghị quyết liên tịch',
    en: 'Joint resolution',
    systems: state,
  },
  { code: 'NĐ', type: 'decree', vi: 'Nghị định', en: 'Decree', systems: state },
  { code: 'L', type: 'order', vi: 'Lệnh', en: 'Order', systems: state },
]
