// Test-only helpers: a parsed petition from a few overrides. Never exported from the package.
import { parsePetition } from '../parsePetition.js'
import type { Petition, PetitionInput } from '../petition.schema.js'

/** A named complaint received on 2 March 2026, with an empty history. */
export const basePetitionInput = {
  id: 'd1',
  trackingCode: 'K7M4-X9QP-R2Y',
  kinds: ['complaint'],
  channel: 'post',
  receivedAt: '2026-03-02T10:15:00+07:00',
  receivedById: 'vp-hdnd',
  petitioner: {
    name: 'Lê Văn Cường',
    address: 'Số 12 ngõ 34 phố Hàng Bạc, Hoàn Kiếm, Hà Nội',
    idNumber: '001085012345',
    phone: '0912345678',
    email: 'le.van.cuong@gmail.com',
  },
  subject: 'Khiếu nại quyết định thu hồi đất',
  content: 'Tôi không đồng ý với mức bồi thường khi thu hồi đất ở ngõ 34 phố Hàng Bạc.',
  complainedDecision: { description: 'Quyết định thu hồi đất', symbol: '156/QĐ-UBND' },
} satisfies PetitionInput

/** A parsed petition: {@link basePetitionInput} with `overrides`. */
export function petitionWith(overrides: Partial<PetitionInput> = {}): Petition {
  return parsePetition({ ...basePetitionInput, ...overrides })
}

/** An ISO instant `hours` after the base receipt. */
export function at(hours: number): string {
  return new Date(Date.parse(basePetitionInput.receivedAt) + hours * 3_600_000).toISOString()
}
