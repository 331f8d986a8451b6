/**
 * Hanoi's wards and communes (phường, xã) after the 2025 two-tier reform: the 126 units of
 * province code `01`, with the statistics office's codes.
 *
 * Copied (codes and names only) from `fixtures/admin-units/vn-units-2026.json`, itself taken from
 * thanglequoc/vietnamese-provinces-database (file
 * `json/vn_only_simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json`, commit
 * cd58063), which tracks the government's decrees up to Resolution 30/2026/QH16.
 *
 * MIT License. Copyright (c) 2021 Thang Le Quoc. Permission is hereby granted, free of charge, to
 * any person obtaining a copy of this software and associated documentation files (the
 * "Software"), to deal in the Software without restriction, including without limitation the
 * rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
 * Software, and to permit persons to whom the Software is furnished to do so, subject to the
 * following conditions: The above copyright notice and this permission notice shall be included
 * in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
 * WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES
 * OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN
 * ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
 * OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

/**
 * Administrative-unit code of Hanoi (Thành phố Hà Nội).
 *
 * @category Sample data
 * @example
 * ```ts
 * import { HANOI_PROVINCE_CODE } from './hanoiUnits.js'
 *
 * HANOI_PROVINCE_CODE // '01'
 * ```
 */
export const HANOI_PROVINCE_CODE = '01'

/**
 * Hanoi's 126 wards and communes as `[code, full name]`, in the statistics office's order.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { HANOI_WARDS } from './hanoiUnits.js'
 *
 * HANOI_WARDS[0] // ['00004', 'Phường Ba Đình']
 * ```
 */
export const HANOI_WARDS: readonly (readonly [code: string, name: string])[] = [
  ['00004', 'Phường Ba Đình'],
  ['00008', 'Phường Ngọc Hà'],
  ['00025', 'Phường Giảng Võ'],
  ['00070', 'Phường Hoàn Kiếm'],
  ['00082', 'Phường Cửa Nam'],
  ['00091', 'Phường Phú Thượng'],
  ['00097', 'Phường Hồng Hà'],
  ['00103', 'Phường Tây Hồ'],
  ['00118', 'Phường Bồ Đề'],
  ['00127', 'Phường Việt Hưng'],
  ['00136', 'Phường Phúc Lợi'],
  ['00145', 'Phường Long Biên'],
  ['00160', 'Phường Nghĩa Đô'],
  ['00166', 'Phường Cầu Giấy'],
  ['00175', 'Phường Yên Hoà'],
  ['00190', 'Phường Ô Chợ Dừa'],
  ['00199', 'Phường Láng'],
  ['00226', 'Phường Văn Miếu - Quốc Tử Giám'],
  ['00229', 'Phường Kim Liên'],
  ['00235', 'Phường Đống Đa'],
  ['00256', 'Phường Hai Bà Trưng'],
  ['00283', 'Phường Vĩnh Tuy'],
  ['00292', 'Phường Bạch Mai'],
  ['00301', 'Phường Vĩnh Hưng'],
  ['00316', 'Phường Định Công'],
  ['00322', 'Phường Tương Mai'],
  ['00328', 'Phường Lĩnh Nam'],
  ['00331', 'Phường Hoàng Mai'],
  ['00337', 'Phường Hoàng Liệt'],
  ['00340', 'Phường Yên Sở'],
  ['00352', 'Phường Phương Liệt'],
  ['00364', 'Phường Khương Đình'],
  ['00367', 'Phường Thanh Xuân'],
  ['00376', 'Xã Sóc Sơn'],
  ['00382', 'Xã Kim Anh'],
  ['00385', 'Xã Trung Giã'],
  ['00430', 'Xã Đa Phúc'],
  ['00433', 'Xã Nội Bài'],
  ['00454', 'Xã Đông Anh'],
  ['00466', 'Xã Phúc Thịnh'],
  ['00475', 'Xã Thư Lâm'],
  ['00493', 'Xã Thiên Lộc'],
  ['00508', 'Xã Vĩnh Thanh'],
  ['00541', 'Xã Phù Đổng'],
  ['00562', 'Xã Thuận An'],
  ['00565', 'Xã Gia Lâm'],
  ['00577', 'Xã Bát Tràng'],
  ['00592', 'Phường Từ Liêm'],
  ['00598', 'Phường Thượng Cát'],
  ['00602', 'Phường Đông Ngạc'],
  ['00611', 'Phường Xuân Đỉnh'],
  ['00613', 'Phường Tây Tựu'],
  ['00619', 'Phường Phú Diễn'],
  ['00622', 'Phường Xuân Phương'],
  ['00634', 'Phường Tây Mỗ'],
  ['00637', 'Phường Đại Mỗ'],
  ['00640', 'Xã Thanh Trì'],
  ['00643', 'Phường Thanh Liệt'],
  ['00664', 'Xã Đại Thanh'],
  ['00679', 'Xã Ngọc Hồi'],
  ['00685', 'Xã Nam Phù'],
  ['04930', 'Xã Yên Xuân'],
  ['08974', 'Xã Quang Minh'],
  ['08980', 'Xã Yên Lãng'],
  ['08995', 'Xã Tiến Thắng'],
  ['09022', 'Xã Mê Linh'],
  ['09552', 'Phường Kiến Hưng'],
  ['09556', 'Phường Hà Đông'],
  ['09562', 'Phường Yên Nghĩa'],
  ['09568', 'Phường Phú Lương'],
  ['09574', 'Phường Sơn Tây'],
  ['09604', 'Phường Tùng Thiện'],
  ['09616', 'Xã Đoài Phương'],
  ['09619', 'Xã Quảng Oai'],
  ['09634', 'Xã Cổ Đô'],
  ['09661', 'Xã Minh Châu'],
  ['09664', 'Xã Vật Lại'],
  ['09676', 'Xã Bất Bạt'],
  ['09694', 'Xã Suối Hai'],
  ['09700', 'Xã Ba Vì'],
  ['09706', 'Xã Yên Bài'],
  ['09715', 'Xã Phúc Thọ'],
  ['09739', 'Xã Phúc Lộc'],
  ['09772', 'Xã Hát Môn'],
  ['09784', 'Xã Đan Phượng'],
  ['09787', 'Xã Liên Minh'],
  ['09817', 'Xã Ô Diên'],
  ['09832', 'Xã Hoài Đức'],
  ['09856', 'Xã Dương Hoà'],
  ['09871', 'Xã Sơn Đồng'],
  ['09877', 'Xã An Khánh'],
  ['09886', 'Phường Dương Nội'],
  ['09895', 'Xã Quốc Oai'],
  ['09910', 'Xã Kiều Phú'],
  ['09931', 'Xã Hưng Đạo'],
  ['09952', 'Xã Phú Cát'],
  ['09955', 'Xã Thạch Thất'],
  ['09982', 'Xã Hạ Bằng'],
  ['09988', 'Xã Hoà Lạc'],
  ['10003', 'Xã Tây Phương'],
  ['10015', 'Phường Chương Mỹ'],
  ['10030', 'Xã Phú Nghĩa'],
  ['10045', 'Xã Xuân Mai'],
  ['10072', 'Xã Quảng Bị'],
  ['10081', 'Xã Trần Phú'],
  ['10096', 'Xã Hoà Phú'],
  ['10114', 'Xã Thanh Oai'],
  ['10126', 'Xã Bình Minh'],
  ['10144', 'Xã Tam Hưng'],
  ['10180', 'Xã Dân Hoà'],
  ['10183', 'Xã Thường Tín'],
  ['10210', 'Xã Hồng Vân'],
  ['10231', 'Xã Thượng Phúc'],
  ['10237', 'Xã Chương Dương'],
  ['10273', 'Xã Phú Xuyên'],
  ['10279', 'Xã Phượng Dực'],
  ['10330', 'Xã Chuyên Mỹ'],
  ['10342', 'Xã Đại Xuyên'],
  ['10354', 'Xã Vân Đình'],
  ['10369', 'Xã Ứng Thiên'],
  ['10402', 'Xã Ứng Hoà'],
  ['10417', 'Xã Hoà Xá'],
  ['10441', 'Xã Mỹ Đức'],
  ['10459', 'Xã Phúc Sơn'],
  ['10465', 'Xã Hồng Sơn'],
  ['10489', 'Xã Hương Sơn'],
]
