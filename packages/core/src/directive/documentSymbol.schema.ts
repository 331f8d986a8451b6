import * as z from 'zod/mini'
import { addIssue } from '../_lib/primitives.js'
import { safeParseDocumentSymbol } from './parseDocumentSymbol.js'

/**
 * A document symbol field (`15-NQ/TU`, `156/QĐ-UBND`…) inside a model: text that
 * {@link parseDocumentSymbol} can read. A malformed symbol is reported with the same
 * `invalid_document_symbol` issue (params `value`, `detail`, `detailVi`) at the field's path.
 * The text is kept as written; call {@link parseDocumentSymbol} for its parts and canonical form.
 *
 * @category Documents
 * @example
 * ```ts
 * import { documentSymbolSchema } from '@lienthong/core/directive'
 *
 * documentSymbolSchema.parse('156/QĐ-UBND') // '156/QĐ-UBND'
 * documentSymbolSchema.safeParse('156/XX').success // true: an official letter of 'XX'
 * documentSymbolSchema.safeParse('15-XX/TU').success // false: unknown type code 'XX'
 * ```
 */
export const documentSymbolSchema = z.string().check(
  z.superRefine((text, ctx) => {
    const result = safeParseDocumentSymbol(text)
    if (result.ok) return
    const params = result.error.issues[0]?.params ?? {}
    addIssue(ctx, 'invalid_document_symbol', [], { ...params })
  }),
)
