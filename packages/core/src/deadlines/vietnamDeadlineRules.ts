import type { DeadlineRuleInput } from './deadlines.schema.js'

const COMPLAINTS = 'Law on Complaints 02/2011/QH13'
const DENUNCIATIONS = 'Law on Denunciations 25/2018/QH14'
const RECEPTION = 'Law on Citizen Reception 42/2013/QH13'
const COMPLAINTS_VI = 'Luật Khiếu nại số 02/2011/QH13'
const DENUNCIATIONS_VI = 'Luật Tố cáo số 25/2018/QH14'
const RECEPTION_VI = 'Luật Tiếp công dân số 42/2013/QH13'

/** Events that settle whether and how a petition is handled (the end of classification). */
const HANDLING_DECIDED = [
  'accepted',
  'forwarded',
  'guided',
  'answered',
  'filed',
  'returned',
] as const

const complexCases = ['complex', 'especially-complex'] as const

/** Outcomes after which a step that follows acceptance will not happen. */
const HANDLED_OTHERWISE = ['withdrawn', 'forwarded', 'returned', 'filed'] as const

/**
 * The default time limits for petitions in Vietnam, from the domain reference table (Law on
 * Complaints 02/2011/QH13, Law on Denunciations 25/2018/QH14, Law on Citizen Reception
 * 42/2013/QH13, Circular 05/2021/TT-TTCP). Each rule carries its legal basis; the one limit that
 * could not be confirmed against a primary text (petition processing, "10 working days", Circular
 * 05/2021/TT-TTCP) is marked `confirmed: false`.
 *
 * None has an `inForceUntil` yet: amendments reported for 1 July 2026 (Law 136/2025/QH15, e.g.
 * complaint acceptance 10 → 7 working days) could not be confirmed, so they are not shipped. Add a
 * new version of a rule with `inForceFrom` and close the old one with `inForceUntil` when they are;
 * deadlines then follow the version in force on the day each clock started.
 *
 * Recommendations and reflections have no statutory limit except when received at a citizen
 * reception (10 working days to answer); add an agency's own limits as rules of your own.
 *
 * @category Deadlines
 * @example
 * ```ts
 * import { VIETNAM_DEADLINE_RULES } from '@lienthong/core/deadlines'
 *
 * VIETNAM_DEADLINE_RULES.filter((rule) => rule.confirmed === false).map((rule) => rule.id)
 * // ['vn-petition-process']
 * ```
 */
export const VIETNAM_DEADLINE_RULES: readonly DeadlineRuleInput[] = [
  {
    id: 'vn-complaint-file-1',
    title: 'File a first complaint',
    titleVi: 'Thời hiệu khiếu nại lần đầu',
    kinds: ['complaint'],
    step: 'file',
    instance: 1,
    duty: 'petitioner',
    start: { field: 'complainedDecision.learnedOn' },
    end: { field: 'receivedAt' },
    amount: 90,
    unit: 'calendar-days',
    legalBasis: `${COMPLAINTS}, Art 9`,
    legalBasisVi: `Điều 9 ${COMPLAINTS_VI}`,
    note: 'Counted from the day the complainant received or learned of the decision or act. Time lost to illness, natural disaster, war, study or work far away or another objective obstacle is not counted (Art 9): record it by moving complainedDecision.learnedOn.',
  },
  {
    id: 'vn-complaint-file-2',
    title: 'File a second complaint',
    titleVi: 'Thời hạn khiếu nại lần hai',
    kinds: ['complaint'],
    step: 'file',
    instance: 2,
    duty: 'petitioner',
    start: { field: 'complainedDecision.learnedOn' },
    end: { field: 'receivedAt' },
    amount: 30,
    unit: 'calendar-days',
    extensions: [{ remoteArea: true, amount: 45 }],
    legalBasis: `${COMPLAINTS}, Art 33`,
    legalBasisVi: `Điều 33 ${COMPLAINTS_VI}`,
    note: 'Counted from the day the first-instance decision was received (recorded as complainedDecision.learnedOn).',
  },
  {
    id: 'vn-complaint-accept',
    title: 'Accept the complaint, or refuse it with reasons',
    titleVi: 'Thụ lý giải quyết khiếu nại',
    kinds: ['complaint'],
    step: 'accept',
    start: { field: 'receivedAt' },
    end: { events: [...HANDLING_DECIDED] },
    amount: 10,
    unit: 'working-days',
    legalBasis: `${COMPLAINTS}, Arts 27 and 36; working days per Circular 07/2013/TT-TTCP, Art 5`,
    legalBasisVi: `Điều 27 và Điều 36 ${COMPLAINTS_VI}; ngày làm việc theo Điều 5 Thông tư số 07/2013/TT-TTCP`,
    note: 'The Law says "10 days"; the Government Inspectorate’s circular counts them as working days.',
  },
  {
    id: 'vn-complaint-resolve-1',
    title: 'Resolve the first complaint',
    titleVi: 'Giải quyết khiếu nại lần đầu',
    kinds: ['complaint'],
    step: 'resolve',
    instance: 1,
    start: { event: 'accepted' },
    end: { events: ['resolved'] },
    stopEvents: [...HANDLED_OTHERWISE],
    amount: 30,
    unit: 'calendar-days',
    extensions: [
      { complexity: [...complexCases], amount: 45 },
      { remoteArea: true, amount: 45 },
      { complexity: [...complexCases], remoteArea: true, amount: 60 },
    ],
    legalBasis: `${COMPLAINTS}, Art 28`,
    legalBasisVi: `Điều 28 ${COMPLAINTS_VI}`,
  },
  {
    id: 'vn-complaint-resolve-2',
    title: 'Resolve the second complaint',
    titleVi: 'Giải quyết khiếu nại lần hai',
    kinds: ['complaint'],
    step: 'resolve',
    instance: 2,
    start: { event: 'accepted' },
    end: { events: ['resolved'] },
    stopEvents: [...HANDLED_OTHERWISE],
    amount: 45,
    unit: 'calendar-days',
    extensions: [
      { complexity: [...complexCases], amount: 60 },
      { remoteArea: true, amount: 60 },
      { complexity: [...complexCases], remoteArea: true, amount: 70 },
    ],
    legalBasis: `${COMPLAINTS}, Art 37`,
    legalBasisVi: `Điều 37 ${COMPLAINTS_VI}`,
  },
  {
    id: 'vn-complaint-send-decision-1',
    title: 'Send the first-instance decision',
    titleVi: 'Gửi quyết định giải quyết khiếu nại lần đầu',
    kinds: ['complaint'],
    step: 'send-decision',
    instance: 1,
    start: { event: 'resolved' },
    end: { events: ['result-sent'] },
    amount: 3,
    unit: 'working-days',
    legalBasis: `${COMPLAINTS}, Art 32`,
    legalBasisVi: `Điều 32 ${COMPLAINTS_VI}`,
  },
  {
    id: 'vn-complaint-send-decision-2',
    title: 'Send the second-instance decision',
    titleVi: 'Gửi quyết định giải quyết khiếu nại lần hai',
    kinds: ['complaint'],
    step: 'send-decision',
    instance: 2,
    start: { event: 'resolved' },
    end: { events: ['result-sent'] },
    amount: 7,
    unit: 'calendar-days',
    legalBasis: `${COMPLAINTS}, Art 41`,
    legalBasisVi: `Điều 41 ${COMPLAINTS_VI}`,
  },
  {
    id: 'vn-denunciation-classify',
    title: 'Log and classify the denunciation and check the conditions to accept it',
    titleVi: 'Vào sổ, phân loại, xử lý ban đầu thông tin tố cáo',
    kinds: ['denunciation'],
    step: 'classify',
    start: { field: 'receivedAt' },
    end: { events: [...HANDLING_DECIDED] },
    amount: 7,
    unit: 'working-days',
    extensions: [
      {
        byDecision: true,
        amount: 10,
        note: 'When the check needs several places or is delegated (recorded by a deadline-extended event).',
      },
    ],
    legalBasis: `${DENUNCIATIONS}, Art 24(1)`,
    legalBasisVi: `Khoản 1 Điều 24 ${DENUNCIATIONS_VI}`,
  },
  {
    id: 'vn-denunciation-forward',
    title: 'Forward a denunciation outside the agency’s competence',
    titleVi: 'Chuyển đơn tố cáo không thuộc thẩm quyền',
    kinds: ['denunciation'],
    step: 'forward',
    condition: 'not-competent',
    start: { field: 'receivedAt' },
    end: { events: ['forwarded', 'guided', 'returned'] },
    amount: 5,
    unit: 'working-days',
    legalBasis: `${DENUNCIATIONS}, Art 24(2)`,
    legalBasisVi: `Khoản 2 Điều 24 ${DENUNCIATIONS_VI}`,
  },
  {
    id: 'vn-denunciation-notify-acceptance',
    title: 'Notify the denouncer of the acceptance',
    titleVi: 'Thông báo việc thụ lý tố cáo',
    kinds: ['denunciation'],
    step: 'notify-acceptance',
    start: { event: 'accepted' },
    end: { events: ['answered'] },
    stopEvents: [...HANDLED_OTHERWISE],
    amount: 5,
    unit: 'working-days',
    legalBasis: `${DENUNCIATIONS}, Art 29(3)`,
    legalBasisVi: `Khoản 3 Điều 29 ${DENUNCIATIONS_VI}`,
    note: 'Record the notification as an "answered" event.',
  },
  {
    id: 'vn-denunciation-resolve',
    title: 'Resolve the denunciation',
    titleVi: 'Giải quyết tố cáo',
    kinds: ['denunciation'],
    step: 'resolve',
    start: { event: 'accepted' },
    end: { events: ['resolved'] },
    stopEvents: [...HANDLED_OTHERWISE],
    amount: 30,
    unit: 'calendar-days',
    extensions: [
      { complexity: ['complex'], byDecision: true, amount: 60 },
      { complexity: ['especially-complex'], byDecision: true, amount: 90 },
    ],
    extendable: true,
    legalBasis: `${DENUNCIATIONS}, Art 30`,
    legalBasisVi: `Điều 30 ${DENUNCIATIONS_VI}`,
    note: 'A complex case may be extended once by up to 30 days, an especially complex one twice, each by a written decision (Art 30): record it as a deadline-extended event, with newDeadline to set the date.',
  },
  {
    id: 'vn-denunciation-send-conclusion',
    title: 'Send the conclusion on the denunciation',
    titleVi: 'Gửi kết luận nội dung tố cáo',
    kinds: ['denunciation'],
    step: 'send-conclusion',
    start: { event: 'resolved' },
    end: { events: ['result-sent'] },
    amount: 5,
    unit: 'working-days',
    legalBasis: `${DENUNCIATIONS}, Art 35(3)`,
    legalBasisVi: `Khoản 3 Điều 35 ${DENUNCIATIONS_VI}`,
    note: 'Publishing the conclusion (7 working days, Art 40) has no event type and is not timed here.',
  },
  {
    id: 'vn-reception-answer',
    title: 'Answer a recommendation or reflection received at a citizen reception',
    titleVi: 'Trả lời kiến nghị, phản ánh tại nơi tiếp công dân',
    kinds: ['recommendation', 'reflection'],
    step: 'answer',
    channels: ['in-person'],
    start: { field: 'receivedAt' },
    end: { events: ['answered', 'forwarded', 'guided', 'resolved', 'result-sent'] },
    amount: 10,
    unit: 'working-days',
    legalBasis: `${RECEPTION}, Art 28(1)`,
    legalBasisVi: `Khoản 1 Điều 28 ${RECEPTION_VI}`,
  },
  {
    id: 'vn-petition-process',
    title: 'Classify the petition and decide how to handle it',
    titleVi: 'Xử lý đơn',
    kinds: ['complaint', 'denunciation', 'recommendation', 'reflection'],
    step: 'process',
    start: { field: 'receivedAt' },
    end: { events: [...HANDLING_DECIDED] },
    amount: 10,
    unit: 'working-days',
    legalBasis: 'Circular 05/2021/TT-TTCP (the commonly cited limit)',
    legalBasisVi: 'Thông tư số 05/2021/TT-TTCP (thời hạn thường được viện dẫn)',
    confirmed: false,
    note: 'Not confirmed against the text of the circular: check it, or replace the rule, before relying on it.',
  },
]
