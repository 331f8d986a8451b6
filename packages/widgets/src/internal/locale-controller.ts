import type { ReactiveController, ReactiveControllerHost } from 'lit'
import {
  messages,
  type Locale,
  type MessageCatalog,
  type MessageKey,
  type MessageParams,
  type ParamsOf,
  type ReferenceMessages,
} from '../locales/index.js'
import {
  direction,
  findLanguageTag,
  formatDate,
  formatNumber,
  formatTime,
  intlLocale,
  loadCatalogs,
  toLocale,
  translate,
  translateFrom,
} from './i18n.js'

/** `translateFrom` for a key known to be in the catalog given, with its values if it needs any. */
type LooseTranslate = (
  catalog: MessageCatalog<ReferenceMessages>,
  locale: Locale,
  key: string,
  values?: Readonly<Record<string, string | number>>,
) => string

/** Every connected controller; one MutationObserver serves them all. */
const controllers = new Set<LocaleController>()
let observer: MutationObserver | undefined
let observedRoots = new WeakSet<Node>()

function refreshAll(): void {
  for (const controller of controllers) controller.refresh()
}

/** Back online: messages that could not be downloaded are tried again. */
function retryAll(): void {
  for (const controller of controllers) controller.retry()
}

function listenOnline(): void {
  if (controllers.size === 1) window.addEventListener('online', retryAll)
}

/**
 * Watches `lang` changes in the document and in every shadow root between the element and the
 * document: a MutationObserver on a document does not see inside shadow trees.
 */
function observeRootsOf(element: Element): void {
  observer ??= new MutationObserver(refreshAll)
  let node: Node = element
  for (;;) {
    const root = node.getRootNode()
    if (root === node) break // not connected
    if (!observedRoots.has(root)) {
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] })
      observedRoots.add(root)
    }
    if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE || !('host' in root)) break
    node = (root as ShadowRoot).host
  }
}

function release(controller: LocaleController): void {
  controllers.delete(controller)
  if (controllers.size === 0) window.removeEventListener('online', retryAll)
  if (controllers.size === 0 && observer) {
    observer.disconnect()
    observer = undefined
    observedRoots = new WeakSet()
  }
}

/**
 * A Lit reactive controller that gives its host the language of the page around it and follows
 * it live: when the `lang` attribute of any ancestor changes (also across shadow roots), the
 * host re-renders in the new language. All instances share one MutationObserver, filtered to
 * `lang` attributes, so a page with hundreds of widgets stays cheap. The messages of every
 * language, Vietnamese included, are loaded on first use (see `loadLocale`): the host re-renders
 * when they arrive, and a host that waits for {@link LocaleController.ready} before rendering (as
 * every lienthong element does) never shows keys or another language in their place. When they
 * cannot be downloaded, the host is shown in Vietnamese (or, if that fails too, with the message
 * keys), and they are tried again on the next language change, when the host is connected again,
 * and when the browser comes back online.
 *
 * @category Localization
 * @example
 * ```ts
 * import { LitElement, html } from 'lit'
 * import { LocaleController } from '@lienthong/widgets'
 *
 * class TodayLabel extends LitElement {
 *   private readonly i18n = new LocaleController(this)
 *   override render() {
 *     return html`${this.i18n.t('nav.today')}: ${this.i18n.formatDate(new Date())}`
 *   }
 * }
 * customElements.define('today-label', TodayLabel)
 * ```
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element
  private tag: string | undefined
  private loading: Promise<void> = Promise.resolve()
  /** The locale whose messages are being loaded, if any: one load at a time per locale. */
  private loadingLocale: Locale | undefined
  /** The locale of the host's last update if its messages were all at hand then. */
  private renderedLocale: Locale | undefined
  private readonly catalogs: MessageCatalog<ReferenceMessages>[] = [messages]

  /**
   * @param host - The element; the controller adds itself to it.
   */
  constructor(host: ReactiveControllerHost & Element) {
    this.host = host
    host.addController(this)
  }

  /** The supported locale the host speaks (`vi` when the page's language is not supported). */
  get locale(): Locale {
    return toLocale(this.tag)
  }

  /** The writing direction of {@link LocaleController.locale}. */
  get dir(): 'ltr' | 'rtl' {
    return direction(this.locale)
  }

  /** The `Intl` locale used for dates and numbers, e.g. `vi-VN` or `en-US` (see `intlLocale`). */
  get lang(): string {
    return intlLocale(this.tag)
  }

  /** @internal Lit calls this when the host connects. */
  hostConnected(): void {
    controllers.add(this)
    listenOnline()
    observeRootsOf(this.host)
    // Also on a reconnection: the element may have moved under another `lang`, or its messages
    // may have failed to download the last time.
    this.refresh()
    this.retry()
  }

  /** @internal Lit calls this before each update of the host. */
  hostUpdate(): void {
    this.renderedLocale = this.isReady ? this.locale : undefined
  }

  /** @internal Lit calls this when the host disconnects. */
  hostDisconnected(): void {
    release(this)
  }

  /**
   * Settles when the messages of {@link LocaleController.locale} are at hand (or known to be
   * unavailable: then they are shown in Vietnamese, or as their keys if Vietnamese is unavailable
   * too), following the language if it changes again meanwhile. Never rejects.
   */
  get ready(): Promise<void> {
    const pending = this.loading
    return pending.then(() => (this.loading === pending ? undefined : this.ready))
  }

  /** Whether the messages of {@link LocaleController.locale} are at hand right now. */
  get isReady(): boolean {
    const locale = this.locale
    return this.catalogs.every((catalog) => catalog.get(locale) !== undefined)
  }

  /**
   * Adds a catalog of the host's own messages (see `defineCatalog`), loaded in the host's
   * language along with the widgets' messages; read it with {@link LocaleController.tFrom}. Call
   * it when the host is created, as a field initializer or in the constructor.
   *
   * @param catalog - The catalog.
   * @returns The controller.
   */
  use(catalog: MessageCatalog<ReferenceMessages>): this {
    if (!this.catalogs.includes(catalog)) {
      this.catalogs.push(catalog)
      this.loadingLocale = undefined // a load under way does not include the new catalog
      if (this.tag !== undefined || this.host.isConnected) this.load()
    }
    return this
  }

  /**
   * Reads the language again and re-renders the host if it changed (again once its messages
   * are loaded, if they were not yet). The shared observer calls this; call it yourself only if
   * the language changed in a way no `lang` attribute shows.
   */
  refresh(): void {
    const tag = findLanguageTag(this.host)
    if (tag === this.tag) return
    this.tag = tag
    this.load()
    this.host.requestUpdate()
  }

  /**
   * Loads the messages of the host's locale again if some are missing (they failed to download),
   * and re-renders the host once they are there. @internal
   */
  retry(): void {
    this.load()
  }

  /** Starts loading the current locale's messages if some are missing; re-renders when done. */
  private load(): void {
    const locale = this.locale
    if (this.isReady || this.loadingLocale === locale) return
    this.loadingLocale = locale
    this.loading = loadCatalogs(locale, this.catalogs).then(() => {
      if (this.loadingLocale === locale) this.loadingLocale = undefined
      // The host may have rendered with them already (a load that took no time).
      if (this.locale === locale && this.renderedLocale !== locale) this.host.requestUpdate()
    })
  }

  /**
   * A message in the host's locale (see `translate`).
   *
   * @param key - The message.
   * @param params - The placeholder values, required exactly when the message has placeholders.
   */
  t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
    return translate(this.locale, key, ...params)
  }

  /**
   * A message of another catalog (one added with {@link LocaleController.use}) in the host's
   * locale (see `translateFrom`).
   *
   * @param catalog - The catalog.
   * @param key - The message.
   * @param params - The placeholder values, required exactly when the message has placeholders.
   */
  tFrom<V extends ReferenceMessages, K extends keyof V & string>(
    catalog: MessageCatalog<V>,
    key: K,
    ...params: ParamsOf<V, K>
  ): string {
    return translateFrom(catalog, this.locale, key, ...params)
  }

  /**
   * A translator for a catalog of the host's own messages together with the widgets' shared
   * ones: a key of the catalog is read there, any other key in the shared messages, each in the
   * host's locale. Adds the catalog (see {@link LocaleController.use}); call it when the host is
   * created, typically as a field initializer: `private readonly t =
   * this.i18n.translator(formMessages)`.
   *
   * @param catalog - The host's own catalog (see `defineCatalog`).
   * @returns A function like {@link LocaleController.t} that also knows the catalog's keys.
   */
  translator<V extends ReferenceMessages>(
    catalog: MessageCatalog<V>,
  ): <K extends (keyof V & string) | MessageKey>(
    key: K,
    ...params: K extends keyof V ? ParamsOf<V, K> : K extends MessageKey ? MessageParams<K> : never
  ) => string {
    this.use(catalog)
    // The key decides the catalog (no key is in both); the signature above has already checked
    // its values. The catalog's messages in the host's locale, else in Vietnamese, tell its keys.
    const read: LooseTranslate = translateFrom
    return (key, ...params) => {
      const own = catalog.get(this.locale) ?? catalog.get('vi')
      const source = own && Object.hasOwn(own, key) ? catalog : messages
      return read(source, this.locale, key, params[0])
    }
  }

  /** A date in the host's `Intl` locale, in Vietnam's time zone by default (see `formatDate`). */
  formatDate(date: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.lang, date, options)
  }

  /** A time of day in the host's `Intl` locale, in Vietnam's time zone by default. */
  formatTime(date: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return formatTime(this.lang, date, options)
  }

  /** A number in the host's `Intl` locale (see `formatNumber`). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang, value, options)
  }
}
