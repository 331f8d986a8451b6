import type { vi } from './vi.js'

/**
 * The key of a message. The Vietnamese catalog defines the keys; every other catalog must have
 * exactly the same ones.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { MessageKey } from '@lienthong/widgets'
 *
 * const key: MessageKey = 'action.retry'
 * ```
 */
export type MessageKey = keyof typeof vi

/**
 * A message catalog: one string for every {@link MessageKey}. Annotating a catalog with this
 * type makes a missing or an extra key a compile error.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { Messages } from '@lienthong/widgets'
 *
 * declare const catalog: Messages
 * catalog['nav.today']
 * ```
 */
export type Messages = Readonly<Record<MessageKey, string>>

/** The `{name}` placeholders of a message, as a union of names. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never

/**
 * The values a message of a catalog needs, derived from its `{placeholders}` in the catalog's
 * Vietnamese reference `V` (declared `as const`): none, or one object with a value for each.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { ParamsOf } from '@lienthong/widgets'
 *
 * const vi = { 'greeting.hello': 'Xin chào {name}' } as const
 * const params: ParamsOf<typeof vi, 'greeting.hello'> = [{ name: 'Lan' }]
 * ```
 */
export type ParamsOf<V, K extends keyof V> = V[K] extends string
  ? [PlaceholdersOf<V[K]>] extends [never]
    ? []
    : [params: Readonly<Record<PlaceholdersOf<V[K]>, string | number>>]
  : []

/**
 * The values a message needs, derived from its `{placeholders}` in the Vietnamese catalog:
 * `t('error.server', { status: 500 })` compiles, `t('error.server')` does not.
 *
 * @category Localization
 * @example
 * ```ts
 * import type { MessageParams } from '@lienthong/widgets'
 *
 * const params: MessageParams<'error.server'> = [{ status: 503 }]
 * const none: MessageParams<'nav.today'> = []
 * ```
 */
export type MessageParams<K extends MessageKey> = ParamsOf<typeof vi, K>
