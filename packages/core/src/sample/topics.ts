import { ORG } from './organizations.js'

/**
 * A subject the bodies deal with, the unit that advises on it and what a task on it delivers.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { Topic } from './topics.js'
 *
 * const topic: Topic = { subject: 'công tác cán bộ', leadUnitId: 'ban-to-chuc-tu', product: 'Tờ trình' }
 * ```
 */
export interface Topic {
  /** Vietnamese noun phrase, e.g. `công tác phòng, chống tham nhũng, lãng phí, tiêu cực`. */
  readonly subject: string
  /** Organisation that advises on it and leads its tasks. */
  readonly leadUnitId: string
  /** What a task on it typically delivers. */
  readonly product: string
}

/**
 * Subjects of the Party Committee's conferences, resolutions, directives and conclusions.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { PARTY_TOPICS } from './topics.js'
 *
 * PARTY_TOPICS.length > 10 // true
 * ```
 */
export const PARTY_TOPICS: readonly Topic[] = [
  { subject: 'công tác cán bộ', leadUnitId: ORG.organisationBoard, product: 'Tờ trình nhân sự' },
  {
    subject: 'công tác kiểm tra, giám sát và thi hành kỷ luật đảng',
    leadUnitId: ORG.inspectionCommission,
    product: 'Báo cáo kết quả kiểm tra, giám sát',
  },
  {
    subject: 'công tác phòng, chống tham nhũng, lãng phí, tiêu cực',
    leadUnitId: ORG.internalAffairsBoard,
    product: 'Báo cáo kết quả thực hiện',
  },
  {
    subject: 'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    leadUnitId: ORG.internalAffairsBoard,
    product: 'Báo cáo tình hình và kết quả giải quyết',
  },
  {
    subject: 'công tác tuyên truyền, giáo dục chính trị tư tưởng',
    leadUnitId: ORG.propagandaBoard,
    product: 'Kế hoạch tuyên truyền',
  },
  {
    subject: 'công tác dân vận và thực hiện quy chế dân chủ ở cơ sở',
    leadUnitId: ORG.propagandaBoard,
    product: 'Báo cáo sơ kết',
  },
  {
    subject: 'vận hành chính quyền địa phương hai cấp',
    leadUnitId: ORG.organisationBoard,
    product: 'Báo cáo đánh giá, đề xuất',
  },
  {
    subject: 'xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên',
    leadUnitId: ORG.organisationBoard,
    product: 'Đề án',
  },
  {
    subject: 'chuyển đổi số trong các cơ quan đảng',
    leadUnitId: ORG.partyOffice,
    product: 'Kế hoạch triển khai',
  },
  {
    subject: 'bảo đảm an ninh, trật tự trên địa bàn Thủ đô',
    leadUnitId: ORG.police,
    product: 'Báo cáo tình hình an ninh, trật tự',
  },
  {
    subject: 'phát triển văn hóa và xây dựng người Hà Nội thanh lịch, văn minh',
    leadUnitId: ORG.propagandaBoard,
    product: 'Dự thảo Nghị quyết',
  },
  {
    subject: 'tình hình kinh tế - xã hội và các nhiệm vụ trọng tâm',
    leadUnitId: ORG.committee,
    product: 'Báo cáo tình hình kinh tế - xã hội',
  },
  {
    subject: 'thực hiện Luật Thủ đô và các văn bản quy định chi tiết',
    leadUnitId: ORG.committee,
    product: 'Báo cáo tiến độ ban hành văn bản',
  },
  {
    subject: 'công tác quân sự, quốc phòng địa phương',
    leadUnitId: ORG.capitalCommand,
    product: 'Kế hoạch',
  },
  {
    subject: 'công tác bảo vệ chính trị nội bộ',
    leadUnitId: ORG.organisationBoard,
    product: 'Báo cáo',
  },
  {
    subject: 'hoạt động giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể',
    leadUnitId: ORG.fatherlandFront,
    product: 'Báo cáo kết quả giám sát',
  },
]

/**
 * Subjects of the People's Committee's meetings, decisions and plans.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { CITY_TOPICS } from './topics.js'
 *
 * CITY_TOPICS.some((t) => t.leadUnitId === 'so-xay-dung') // true
 * ```
 */
export const CITY_TOPICS: readonly Topic[] = [
  {
    subject: 'giải ngân vốn đầu tư công',
    leadUnitId: 'so-tai-chinh',
    product: 'Báo cáo tiến độ giải ngân',
  },
  {
    subject: 'thu ngân sách nhà nước trên địa bàn',
    leadUnitId: 'so-tai-chinh',
    product: 'Báo cáo',
  },
  {
    subject: 'giải phóng mặt bằng các dự án trọng điểm',
    leadUnitId: 'so-nn-mt',
    product: 'Báo cáo tiến độ giải phóng mặt bằng',
  },
  {
    subject: 'cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    leadUnitId: 'so-nn-mt',
    product: 'Báo cáo kết quả',
  },
  {
    subject: 'xử lý ô nhiễm môi trường các dòng sông nội đô',
    leadUnitId: 'so-nn-mt',
    product: 'Đề án',
  },
  {
    subject: 'giảm ô nhiễm không khí và chuyển đổi phương tiện giao thông xanh',
    leadUnitId: 'so-nn-mt',
    product: 'Kế hoạch thực hiện',
  },
  { subject: 'quản lý trật tự xây dựng', leadUnitId: 'so-xay-dung', product: 'Báo cáo kiểm tra' },
  {
    subject: 'cải tạo, xây dựng lại chung cư cũ',
    leadUnitId: 'so-xay-dung',
    product: 'Tờ trình phê duyệt kế hoạch',
  },
  {
    subject: 'phát triển hệ thống đường sắt đô thị',
    leadUnitId: 'so-xay-dung',
    product: 'Báo cáo tiến độ',
  },
  { subject: 'chống ùn tắc giao thông', leadUnitId: 'so-xay-dung', product: 'Phương án' },
  {
    subject: 'phòng, chống úng ngập mùa mưa',
    leadUnitId: 'so-xay-dung',
    product: 'Kế hoạch ứng phó',
  },
  {
    subject: 'phòng cháy, chữa cháy nhà ở kết hợp sản xuất, kinh doanh',
    leadUnitId: ORG.police,
    product: 'Báo cáo kết quả kiểm tra',
  },
  {
    subject: 'tuyển sinh vào lớp 10 và các lớp đầu cấp',
    leadUnitId: 'so-gddt',
    product: 'Phương án tuyển sinh',
  },
  {
    subject: 'xây dựng trường học đạt chuẩn quốc gia',
    leadUnitId: 'so-gddt',
    product: 'Báo cáo',
  },
  { subject: 'phòng, chống dịch bệnh', leadUnitId: 'so-y-te', product: 'Kế hoạch' },
  {
    subject: 'bảo đảm an toàn thực phẩm',
    leadUnitId: 'so-y-te',
    product: 'Báo cáo kết quả kiểm tra',
  },
  {
    subject: 'cải cách hành chính và nâng cao các chỉ số PAR INDEX, SIPAS',
    leadUnitId: 'so-noi-vu',
    product: 'Báo cáo phân tích chỉ số',
  },
  {
    subject: 'chuyển đổi số và phát triển dữ liệu dân cư',
    leadUnitId: 'so-khcn',
    product: 'Kế hoạch triển khai',
  },
  {
    subject: 'phát triển du lịch Thủ đô',
    leadUnitId: 'so-du-lich',
    product: 'Chương trình kích cầu du lịch',
  },
  {
    subject: 'tổ chức các hoạt động văn hóa, thể thao chào mừng các ngày lễ lớn',
    leadUnitId: 'so-vh-tt',
    product: 'Kế hoạch tổ chức',
  },
  {
    subject: 'bình ổn thị trường, bảo đảm cung ứng hàng hóa thiết yếu',
    leadUnitId: 'so-cong-thuong',
    product: 'Kế hoạch',
  },
  {
    subject: 'lập và điều chỉnh quy hoạch phân khu đô thị',
    leadUnitId: 'so-qh-kt',
    product: 'Hồ sơ quy hoạch trình phê duyệt',
  },
  {
    subject: 'thực hiện chính sách an sinh xã hội, giảm nghèo đa chiều',
    leadUnitId: 'so-noi-vu',
    product: 'Báo cáo',
  },
  {
    subject: 'phổ biến, giáo dục pháp luật',
    leadUnitId: 'so-tu-phap',
    product: 'Kế hoạch',
  },
  {
    subject: 'thanh tra, giải quyết khiếu nại, tố cáo tồn đọng, kéo dài',
    leadUnitId: 'thanh-tra',
    product: 'Báo cáo kết quả rà soát',
  },
  {
    subject: 'công tác dân tộc, tôn giáo',
    leadUnitId: 'so-dt-tg',
    product: 'Báo cáo',
  },
  {
    subject: 'phát triển khoa học, công nghệ và đổi mới sáng tạo',
    leadUnitId: 'so-khcn',
    product: 'Chương trình hành động',
  },
]

/**
 * Subjects of the People's Council's resolutions and supervision; `{year}` and `{next}` stand for
 * the sample year and the next.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { COUNCIL_TOPICS } from './topics.js'
 *
 * COUNCIL_TOPICS[0]?.subject // 'dự toán ngân sách thành phố năm {next}'
 * ```
 */
export const COUNCIL_TOPICS: readonly Topic[] = [
  {
    subject: 'dự toán ngân sách thành phố năm {next}',
    leadUnitId: 'so-tai-chinh',
    product: 'Quyết định giao dự toán',
  },
  {
    subject: 'kế hoạch đầu tư công năm {next}',
    leadUnitId: 'so-tai-chinh',
    product: 'Quyết định giao kế hoạch vốn',
  },
  {
    subject: 'điều chỉnh kế hoạch đầu tư công năm {year}',
    leadUnitId: 'so-tai-chinh',
    product: 'Báo cáo',
  },
  {
    subject: 'mức thu học phí năm học {year}-{next}',
    leadUnitId: 'so-gddt',
    product: 'Văn bản hướng dẫn thực hiện',
  },
  {
    subject: 'chính sách hỗ trợ người cao tuổi và người có hoàn cảnh khó khăn',
    leadUnitId: 'so-noi-vu',
    product: 'Kế hoạch triển khai',
  },
  {
    subject: 'danh mục các dự án thu hồi đất năm {next}',
    leadUnitId: 'so-nn-mt',
    product: 'Báo cáo tình hình thực hiện',
  },
  {
    subject: 'chương trình giám sát năm {next} của HĐND thành phố',
    leadUnitId: ORG.councilOffice,
    product: 'Kế hoạch giám sát',
  },
  {
    subject: 'chủ trương đầu tư các dự án nhóm A',
    leadUnitId: 'so-tai-chinh',
    product: 'Báo cáo nghiên cứu khả thi',
  },
  {
    subject: 'kết quả giải quyết kiến nghị của cử tri',
    leadUnitId: ORG.committeeOffice,
    product: 'Báo cáo kết quả giải quyết',
  },
  {
    subject: 'quy định mức chi hỗ trợ cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    leadUnitId: ORG.police,
    product: 'Kế hoạch triển khai',
  },
]

/**
 * Fills `{year}` and `{next}` in a text.
 *
 * @category Sample data
 * @param text - A text with placeholders.
 * @param year - The sample year.
 * @returns The text with years.
 * @example
 * ```ts
 * import { fillYear } from './topics.js'
 *
 * fillYear('năm học {year}-{next}', 2026) // 'năm học 2026-2027'
 * ```
 */
export function fillYear(text: string, year: number): string {
  return text.replaceAll('{year}', String(year)).replaceAll('{next}', String(year + 1))
}
