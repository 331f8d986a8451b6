import type { PetitionField, PetitionKind } from '../petition/index.js'

/**
 * The particulars a petition template is filled with.
 *
 * @category Sample data
 * @example
 * ```ts
 * import type { PetitionFacts } from './petitionTexts.js'
 *
 * const ward = (facts: PetitionFacts) => facts.ward
 * ```
 */
export interface PetitionFacts {
  /** Full name of the ward or commune, e.g. `Phường Láng`. */
  readonly ward: string
  /** Where the matter is, e.g. `thửa đất số 125, tờ bản đồ số 7`. */
  readonly place: string
  /** Symbol of the decision complained about, e.g. `156/QĐ-UBND`. */
  readonly symbol: string
  /** Date of that decision, `dd/mm/yyyy`. */
  readonly decisionDate: string
  /** A public project, e.g. `dự án xây dựng tuyến đường liên khu vực`. */
  readonly project: string
  /** An apartment building or urban area. */
  readonly building: string
  /** A company. */
  readonly company: string
  /** A sum of money in words, e.g. `1,2 tỷ đồng`. */
  readonly amount: string
  /** A whole number of months. */
  readonly months: number
}

/**
 * One kind of petition: its kinds, field, subject lines (several wordings, so that a repeated
 * petition can say the same thing differently) and body paragraphs.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { PETITION_TEMPLATES, type PetitionTemplate } from './petitionTexts.js'
 *
 * const first: PetitionTemplate | undefined = PETITION_TEMPLATES[0]
 * ```
 */
export interface PetitionTemplate {
  readonly kinds: readonly PetitionKind[]
  readonly field: PetitionField
  readonly subjects: readonly ((facts: PetitionFacts) => string)[]
  readonly bodies: readonly ((facts: PetitionFacts) => string)[]
}

/**
 * Templates of ordinary petitions, by kind and field.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { PETITION_TEMPLATES } from './petitionTexts.js'
 *
 * PETITION_TEMPLATES.filter((t) => t.kinds.includes('denunciation')).length > 0 // true
 * ```
 */
export const PETITION_TEMPLATES: readonly PetitionTemplate[] = [
  {
    kinds: ['complaint'],
    field: 'land',
    subjects: [
      (f) => `Khiếu nại Quyết định số ${f.symbol} về việc thu hồi đất tại ${f.ward}`,
      (f) => `Đề nghị xem xét lại việc thu hồi đất của gia đình theo Quyết định số ${f.symbol}`,
      (f) => `Không đồng ý với quyết định thu hồi đất số ${f.symbol} của UBND ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Ngày ${f.decisionDate}, UBND ${f.ward} ban hành Quyết định số ${f.symbol} thu hồi ${f.place} của gia đình tôi. Gia đình tôi sử dụng ổn định thửa đất này từ trước năm 1993, không có tranh chấp, nhưng quyết định lại xác định là đất công do UBND quản lý.`,
      (f) =>
        `Theo Quyết định số ${f.symbol} ngày ${f.decisionDate}, ${f.place} của gia đình tôi bị thu hồi. Việc xác định nguồn gốc đất không đúng thực tế sử dụng và không được niêm yết công khai theo quy định.`,
    ],
  },
  {
    kinds: ['complaint'],
    field: 'compensation-resettlement',
    subjects: [
      (f) => `Khiếu nại về giá bồi thường, hỗ trợ khi thu hồi đất thực hiện ${f.project}`,
      (f) => `Đề nghị xem xét lại phương án bồi thường, hỗ trợ tại ${f.project}`,
    ],
    bodies: [
      (f) =>
        `Gia đình tôi có ${f.place} bị thu hồi để thực hiện ${f.project} tại ${f.ward}. Mức bồi thường được phê duyệt thấp hơn nhiều so với giá thị trường và so với các hộ liền kề, tổng số tiền chênh lệch khoảng ${f.amount}.`,
      (f) =>
        `Phương án bồi thường, hỗ trợ ${f.project} áp dụng sai đơn giá đối với ${f.place} của gia đình tôi và không tính khoản hỗ trợ chuyển đổi nghề nghiệp.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'compensation-resettlement',
    subjects: [
      (f) => `Kiến nghị bố trí tái định cư cho hộ gia đình bị thu hồi đất tại ${f.project}`,
      (f) => `Đề nghị sớm giao đất tái định cư theo phương án bồi thường ${f.project}`,
    ],
    bodies: [
      (f) =>
        `Gia đình tôi đã bàn giao mặt bằng cho ${f.project} từ ${String(f.months)} tháng trước nhưng đến nay vẫn chưa được bố trí tái định cư, phải đi thuê nhà để ở.`,
    ],
  },
  {
    kinds: ['complaint'],
    field: 'housing-construction',
    subjects: [
      (f) =>
        `Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng số ${f.symbol}`,
      (f) => `Đề nghị hủy Quyết định xử phạt số ${f.symbol} của Chủ tịch UBND ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Ngày ${f.decisionDate}, Chủ tịch UBND ${f.ward} ban hành Quyết định số ${f.symbol} xử phạt gia đình tôi vì xây dựng không phép, trong khi công trình chỉ là sửa chữa, cải tạo bên trong nhà ở, không thuộc trường hợp phải xin phép.`,
    ],
  },
  {
    kinds: ['reflection'],
    field: 'housing-construction',
    subjects: [
      (f) => `Phản ánh công trình xây dựng sai phép tại ${f.place}, ${f.ward}`,
      (f) => `Phản ánh việc xây dựng vượt số tầng được cấp phép tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Công trình nhà ở tại ${f.place}, ${f.ward} đang xây dựng vượt số tầng được cấp phép, lấn sang phần đất của các hộ liền kề, gây lún nứt nhà dân. Người dân đã báo chính quyền phường nhưng công trình vẫn tiếp tục thi công.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'housing-construction',
    subjects: [
      (f) => `Kiến nghị cải tạo, xây dựng lại nhà chung cư cũ ${f.building}`,
      (f) => `Đề nghị sớm có phương án cải tạo chung cư ${f.building} xuống cấp`,
    ],
    bodies: [
      (f) =>
        `Nhà chung cư ${f.building} tại ${f.ward} được xây dựng từ những năm 1970, đã xuống cấp nghiêm trọng, tường bong tróc, hệ thống cấp thoát nước hư hỏng, nguy cơ mất an toàn cho các hộ dân.`,
    ],
  },
  {
    kinds: ['recommendation', 'reflection'],
    field: 'housing-construction',
    subjects: [
      (f) => `Phản ánh chủ đầu tư chậm cấp Giấy chứng nhận quyền sở hữu căn hộ tại ${f.building}`,
      (f) => `Kiến nghị đôn đốc chủ đầu tư ${f.building} làm thủ tục cấp sổ cho cư dân`,
    ],
    bodies: [
      (f) =>
        `Cư dân ${f.building}, ${f.ward} đã nhận bàn giao căn hộ và thanh toán đủ tiền hơn ${String(f.months)} tháng nhưng ${f.company} vẫn chưa làm thủ tục cấp Giấy chứng nhận quyền sở hữu.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'land',
    subjects: [
      (f) => `Kiến nghị cấp Giấy chứng nhận quyền sử dụng đất đối với ${f.place}`,
      (f) => `Đề nghị giải quyết hồ sơ cấp Giấy chứng nhận quyền sử dụng đất tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Gia đình tôi đã nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất đối với ${f.place} tại ${f.ward} từ ${String(f.months)} tháng trước nhưng đến nay chưa được giải quyết và không được thông báo lý do.`,
    ],
  },
  {
    kinds: ['reflection'],
    field: 'land',
    subjects: [
      (f) => `Phản ánh tình trạng lấn chiếm đất công tại ${f.ward}`,
      (f) => `Phản ánh việc sử dụng đất công ích sai mục đích tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Tại ${f.place}, ${f.ward}, một số hộ đã tự ý san lấp, xây dựng công trình trên đất công ích do UBND quản lý. Người dân đã nhiều lần phản ánh nhưng chưa được xử lý dứt điểm.`,
    ],
  },
  {
    kinds: ['denunciation'],
    field: 'land',
    subjects: [
      (f) => `Tố cáo cán bộ địa chính ${f.ward} có sai phạm trong việc xác nhận nguồn gốc đất`,
      (f) => `Tố cáo việc xác nhận sai nguồn gốc đất để hợp thức hóa hồ sơ tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Công chức địa chính ${f.ward} đã xác nhận sai nguồn gốc, thời điểm sử dụng đất đối với ${f.place}, giúp một số hộ được cấp Giấy chứng nhận và được bồi thường trái quy định.`,
    ],
  },
  {
    kinds: ['denunciation'],
    field: 'corruption',
    subjects: [
      (f) =>
        `Tố cáo hành vi nhận tiền của người dân khi giải quyết thủ tục hành chính tại ${f.ward}`,
      (f) => `Tố cáo cán bộ ${f.ward} gây phiền hà, sách nhiễu người dân`,
    ],
    bodies: [
      (f) =>
        `Khi làm thủ tục tại Trung tâm phục vụ hành chính công ${f.ward}, tôi bị cán bộ tiếp nhận yêu cầu nộp thêm ${f.amount} ngoài lệ phí theo quy định thì hồ sơ mới được giải quyết đúng hạn.`,
    ],
  },
  {
    kinds: ['denunciation'],
    field: 'corruption',
    subjects: [
      (f) => `Tố cáo sai phạm trong quản lý, sử dụng ngân sách tại ${f.ward}`,
      (f) => `Tố cáo việc nghiệm thu, thanh toán khống công trình tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Công trình cải tạo hạ tầng tại ${f.place}, ${f.ward} được nghiệm thu, thanh toán ${f.amount} nhưng thực tế khối lượng thi công chỉ khoảng một nửa so với hồ sơ.`,
    ],
  },
  {
    kinds: ['denunciation'],
    field: 'party-discipline',
    subjects: [
      (f) => `Tố cáo đảng viên vi phạm những điều đảng viên không được làm tại ${f.ward}`,
      (f) => `Tố cáo cán bộ, đảng viên ${f.ward} vi phạm đạo đức, lối sống`,
    ],
    bodies: [
      (f) =>
        `Một cán bộ, đảng viên công tác tại UBND ${f.ward} đã lợi dụng chức vụ để can thiệp vào việc đấu thầu, giúp người thân trúng thầu các gói thầu có giá trị khoảng ${f.amount}.`,
    ],
  },
  {
    kinds: ['reflection'],
    field: 'administration',
    subjects: [
      (f) => `Phản ánh việc chậm giải quyết thủ tục hành chính tại ${f.ward}`,
      (f) => `Phản ánh hồ sơ thủ tục hành chính bị trễ hẹn nhiều lần tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Hồ sơ của tôi nộp tại Trung tâm phục vụ hành chính công ${f.ward} đã quá hạn ${String(f.months)} tháng nhưng không có văn bản xin lỗi, hẹn lại theo quy định.`,
    ],
  },
  {
    kinds: ['complaint'],
    field: 'administration',
    subjects: [
      (f) => `Khiếu nại việc UBND ${f.ward} từ chối giải quyết hồ sơ đăng ký hộ kinh doanh`,
      (f) => `Khiếu nại văn bản trả lại hồ sơ của UBND ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Ngày ${f.decisionDate}, UBND ${f.ward} có văn bản số ${f.symbol} trả lại hồ sơ của tôi với lý do không phù hợp quy hoạch, trong khi các hộ liền kề cùng điều kiện vẫn được giải quyết.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'justice',
    subjects: [
      () => 'Kiến nghị xem xét lại bản án dân sự phúc thẩm theo thủ tục giám đốc thẩm',
      () => 'Đề nghị kháng nghị giám đốc thẩm bản án tranh chấp quyền sử dụng đất',
    ],
    bodies: [
      (f) =>
        `Bản án phúc thẩm về tranh chấp quyền sử dụng đất tại ${f.place}, ${f.ward} đã không xem xét đầy đủ chứng cứ gia đình tôi cung cấp, gây thiệt hại cho gia đình tôi.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'justice',
    subjects: [
      () => 'Đề nghị đẩy nhanh việc thi hành án dân sự',
      () => 'Kiến nghị tổ chức thi hành bản án đã có hiệu lực pháp luật',
    ],
    bodies: [
      (f) =>
        `Bản án đã có hiệu lực pháp luật hơn ${String(f.months)} tháng, buộc bên phải thi hành án trả cho gia đình tôi ${f.amount}, nhưng đến nay vẫn chưa được tổ chức thi hành.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'social-policy',
    subjects: [
      () => 'Đề nghị xem xét giải quyết chế độ chính sách đối với người có công với cách mạng',
      () => 'Kiến nghị công nhận và giải quyết chế độ cho thân nhân liệt sĩ',
    ],
    bodies: [
      (f) =>
        `Bố tôi tham gia kháng chiến, đã có đủ giấy tờ chứng minh nhưng hồ sơ đề nghị hưởng chế độ nộp tại ${f.ward} từ ${String(f.months)} tháng trước vẫn chưa được giải quyết.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'social-policy',
    subjects: [
      () => 'Kiến nghị được hưởng trợ cấp xã hội hằng tháng',
      (f) => `Đề nghị xét hỗ trợ hộ cận nghèo tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Tôi là người cao tuổi sống một mình, không có lương hưu, đã làm hồ sơ đề nghị hưởng trợ cấp xã hội tại ${f.ward} nhưng bị trả lại vì thiếu giấy tờ không có trong quy định.`,
    ],
  },
  {
    kinds: ['reflection'],
    field: 'labour',
    subjects: [
      (f) => `Phản ánh ${f.company} nợ lương, chậm đóng bảo hiểm xã hội cho người lao động`,
      (f) => `Đề nghị can thiệp việc ${f.company} nợ lương công nhân`,
    ],
    bodies: [
      (f) =>
        `${f.company} đóng tại ${f.ward} đã nợ lương người lao động ${String(f.months)} tháng và không đóng bảo hiểm xã hội, tổng số tiền nợ khoảng ${f.amount}.`,
    ],
  },
  {
    kinds: ['reflection'],
    field: 'environment',
    subjects: [
      (f) => `Phản ánh ô nhiễm tiếng ồn, bụi từ cơ sở sản xuất tại ${f.ward}`,
      (f) => `Phản ánh xưởng sản xuất gây ô nhiễm trong khu dân cư ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Xưởng sản xuất của ${f.company} tại ${f.place}, ${f.ward} hoạt động cả ban đêm, gây tiếng ồn và bụi, xả nước thải chưa qua xử lý ra mương thoát nước chung.`,
    ],
  },
  {
    kinds: ['reflection'],
    field: 'environment',
    subjects: [
      (f) => `Phản ánh tình trạng đổ trộm phế thải xây dựng tại ${f.ward}`,
      (f) => `Đề nghị xử lý điểm tập kết rác thải tự phát tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Tại ${f.place}, ${f.ward}, ban đêm thường xuyên có xe tải đổ trộm phế thải xây dựng, rác thải sinh hoạt, gây ô nhiễm và mất mỹ quan.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'other',
    subjects: [
      (f) => `Kiến nghị lắp đặt hệ thống chiếu sáng công cộng tại ${f.ward}`,
      (f) => `Đề nghị sửa chữa đường giao thông nội đồng xuống cấp tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Tuyến đường qua ${f.place}, ${f.ward} xuống cấp, không có đèn chiếu sáng, đã xảy ra nhiều vụ tai nạn giao thông vào ban đêm.`,
    ],
  },
]

/**
 * Templates of the "hot spots": many people petitioning on one matter in one place within a
 * few weeks.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { HOT_SPOT_TEMPLATES } from './petitionTexts.js'
 *
 * HOT_SPOT_TEMPLATES.length >= 3 // true
 * ```
 */
export const HOT_SPOT_TEMPLATES: readonly PetitionTemplate[] = [
  {
    kinds: ['complaint'],
    field: 'compensation-resettlement',
    subjects: [
      (f) =>
        `Khiếu nại đơn giá bồi thường, hỗ trợ khi thu hồi đất thực hiện ${f.project} tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Các hộ dân bị thu hồi đất nông nghiệp để thực hiện ${f.project} tại ${f.ward} không đồng ý với đơn giá bồi thường ${f.amount} mỗi sào, thấp hơn nhiều so với dự án liền kề thực hiện cùng thời điểm.`,
    ],
  },
  {
    kinds: ['reflection', 'recommendation'],
    field: 'environment',
    subjects: [
      (f) => `Phản ánh ô nhiễm mùi và nước rỉ rác từ khu xử lý chất thải rắn tại ${f.ward}`,
    ],
    bodies: [
      (f) =>
        `Khu xử lý chất thải rắn tại ${f.ward} bốc mùi hôi thối nặng, nước rỉ rác tràn ra ruộng và mương tưới tiêu, ảnh hưởng nghiêm trọng đến sức khỏe và sản xuất của người dân.`,
    ],
  },
  {
    kinds: ['recommendation'],
    field: 'housing-construction',
    subjects: [
      (f) =>
        `Kiến nghị về việc chủ đầu tư chậm bàn giao căn hộ và cấp Giấy chứng nhận tại ${f.building}`,
    ],
    bodies: [
      (f) =>
        `Cư dân ${f.building}, ${f.ward} đã nộp đủ tiền mua căn hộ nhưng ${f.company} chậm bàn giao ${String(f.months)} tháng so với hợp đồng, chưa thành lập Ban quản trị và chưa làm thủ tục cấp Giấy chứng nhận.`,
    ],
  },
  {
    kinds: ['complaint', 'denunciation'],
    field: 'land',
    subjects: [(f) => `Khiếu nại, tố cáo việc giao đất dịch vụ không đúng đối tượng tại ${f.ward}`],
    bodies: [
      (f) =>
        `Việc giao đất dịch vụ cho các hộ có đất nông nghiệp bị thu hồi tại ${f.ward} không công khai, nhiều hộ đủ điều kiện không được giao trong khi một số hộ không có đất bị thu hồi lại được giao.`,
    ],
  },
]

/**
 * Public projects, buildings and companies named in petitions (invented, not real ones).
 *
 * @category Sample data
 * @example
 * ```ts
 * import { PETITION_NAMES } from './petitionTexts.js'
 *
 * PETITION_NAMES.companies.length > 0 // true
 * ```
 */
export const PETITION_NAMES = {
  projects: [
    'dự án xây dựng tuyến đường liên khu vực',
    'dự án mở rộng đường trục chính của xã',
    'dự án xây dựng trường trung học phổ thông công lập',
    'dự án cải tạo, nâng cấp đê tả sông',
    'dự án xây dựng khu tái định cư',
    'dự án xây dựng công viên và hồ điều hòa',
  ],
  buildings: [
    'khu tập thể Thành Công',
    'khu tập thể Kim Liên',
    'tòa nhà chung cư Hồng Hà Tower',
    'khu đô thị mới Đông Hà',
    'tòa nhà chung cư Sông Nhuệ Residence',
    'khu nhà ở xã hội Hòa Bình Xanh',
  ],
  companies: [
    'Công ty TNHH Minh Phát',
    'Công ty cổ phần Đầu tư Thăng Long Xanh',
    'Công ty TNHH May mặc Hà Thành',
    'Công ty cổ phần Xây dựng Phú Gia',
    'Công ty TNHH Cơ khí Đông Anh Mới',
  ],
  streets: [
    'Láng Hạ',
    'Kim Mã',
    'Nguyễn Trãi',
    'Giải Phóng',
    'Minh Khai',
    'Trần Duy Hưng',
    'Nguyễn Văn Cừ',
    'Lạc Long Quân',
    'Hoàng Quốc Việt',
    'Phạm Văn Đồng',
    'Tam Trinh',
    'Trường Chinh',
    'Tây Sơn',
    'Bạch Mai',
    'Đội Cấn',
  ],
  villages: ['Đông', 'Đoài', 'Thượng', 'Hạ', 'Trung', 'Bắc', 'Nam', 'Đình', 'Chợ', 'Mới'],
} as const
