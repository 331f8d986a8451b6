import { errorSummaryStyles } from '../internal/error-summary-styles.js'
import { importJitless } from '../internal/import-jitless.js'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { defaultFetchTimeoutMs, fetchFailureMessage } from '../internal/fetch-json.js'
import { legalBasisTemplate, type LegalBasisText } from '../internal/legal-basis.js'
import { LienthongElement } from '../internal/lienthong-element.js'
import { baseStyles } from '../internal/styles.js'
import type { MessageKey } from '../locales/index.js'
import {
  dueStepKeys,
  kindKeys,
  parsePetitionStatus,
  type PetitionStatusData,
} from '../petition-status/status-data.js'
import {
  deviceStorage,
  draftStorageKey,
  loadStoredPetition,
  newIdempotencyKey,
  removeStoredPetition,
  saveStoredPetition,
  type DraftPhase,
} from './draft-store.js'
import {
  anonymityAllowed,
  coSignerCount,
  emptyDraft,
  formKinds,
  graphemeCount,
  learnedOnOf,
  maxRepresentatives,
  readDraft,
  toSubmission,
  type PetitionDraft,
} from './form-model.js'
import type { FilingLimit } from './form-deadlines.js'
import type { FieldProblem } from './form-validation.js'
import { retryDelayMs, sendPetition } from './outbox.js'
import { formMessages, type FormMessageKey } from './messages/index.js'
import { petitionFormStyles } from './petition-form.styles.js'

/**
 * The `detail` of the cancelable `lt-submit` event: the JSON body about to be sent and its key.
 * Calling `preventDefault()` keeps the petition on the device, unsent.
 *
 * @category Events
 * @example
 * ```ts
 * import type { PetitionSubmitDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-petition-form')?.addEventListener('lt-submit', (event) => {
 *   const { submission }: PetitionSubmitDetail = event.detail
 *   console.log(submission.kinds)
 * })
 * ```
 */
export interface PetitionSubmitDetail {
  /** The body of `POST {action}` (the reference server's `petitionSubmissionSchema`). */
  readonly submission: Readonly<Record<string, unknown>>
  /** The `Idempotency-Key` sent with it: the same for every attempt of this petition. */
  readonly idempotencyKey: string
}

/**
 * The `detail` of `lt-submitted`: the server's receipt (the public status, with the tracking code).
 *
 * @category Events
 * @example
 * ```ts
 * import type { PetitionSubmittedDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-petition-form')?.addEventListener('lt-submitted', (event) => {
 *   const { receipt }: PetitionSubmittedDetail = event.detail
 *   console.log(receipt.trackingCode)
 * })
 * ```
 */
export interface PetitionSubmittedDetail {
  readonly receipt: PetitionStatusData
  readonly idempotencyKey: string
}

/**
 * The `detail` of an `lt-error` event from `<lt-petition-form>`: an attempt to send failed.
 * `willRetry` says whether the petition waits in the outbox (network, timeout, 5xx, 429) or was
 * refused (`http` 4xx: the person is asked to check it). `offline`: the device had no connection;
 * `token`: the host's `tokenProvider` failed; `spam`: the honeypot field was filled in.
 *
 * @category Events
 * @example
 * ```ts
 * import type { PetitionFormErrorDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-petition-form')?.addEventListener('lt-error', (event) => {
 *   const { reason, willRetry } = (event as CustomEvent<PetitionFormErrorDetail>).detail
 *   console.log(reason, willRetry)
 * })
 * ```
 */
export interface PetitionFormErrorDetail {
  readonly reason: 'network' | 'timeout' | 'http' | 'invalid' | 'offline' | 'token' | 'spam'
  /** The HTTP status, when a response arrived. */
  readonly status?: number
  readonly willRetry: boolean
  readonly idempotencyKey: string
}

/** The steps of the form. */
type Step = 'kind' | 'details' | 'check' | 'outbox' | 'receipt'

/** What the outbox is doing. */
type OutboxState =
  | { readonly kind: 'sending' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'waiting'; readonly reason: string; readonly at: Date }

type Validation = typeof import('./form-validation.js')
type Deadlines = typeof import('./form-deadlines.js')
let validation: Promise<Validation> | undefined
let deadlines: Promise<Deadlines> | undefined

/**
 * Loads core's petition schema on first use, after switching off zod's `eval` probe (a violation
 * under a strict CSP), as `<lt-petition-status>` does: zod comes with core, on demand, and is not
 * part of the element's first load.
 */
function loadValidation(): Promise<Validation> {
  validation ??= importJitless(() => import('./form-validation.js'))
  return validation
}

/** Loads core's deadline rules and working calendar (large) when a time limit is first shown. */
function loadDeadlines(): Promise<Deadlines> {
  deadlines ??= importJitless(() => import('./form-deadlines.js'))
  return deadlines
}

/** Forms sending right now, by storage key: two elements on one draft still send it once. */
const inFlight = new Set<string>()

/**
 * Says when an attempt to send a draft has settled (its storage key as the event's type), so
 * that another element on the same draft (the page re-created it mid-send) reads the outcome.
 */
const settled = new EventTarget()

/** The messages of problems that have one of their own; others use a generic one. */
const specificMessages: Readonly<Record<string, FormMessageKey>> = {
  'kind.required': 'form.kind.required',
  'decision.required': 'form.decision.required',
  'denouncedName.required': 'form.denouncedName.required',
  'name.required': 'form.name.required',
  'address.required': 'form.address.required',
  'subject.required': 'form.subject.required',
  'content.required': 'form.content.required',
  'email.format': 'form.email.format',
  'learnedOn.future': 'form.learnedOn.future',
  'learnedOn.date': 'form.learnedOn.invalid',
  'learnedOn.format': 'form.learnedOn.invalid',
  'coSigners.whole': 'form.coSigners.whole',
  'coSigners.format': 'form.coSigners.whole',
  'coSigners.tooShort': 'form.coSigners.tooShort',
}

/** Labels of the plain text fields, by field id. */
const labelKeys = {
  decision: 'form.decision.label',
  decisionSymbol: 'form.decisionSymbol.label',
  decisionIssuedBy: 'form.decisionIssuedBy.label',
  learnedOn: 'form.learnedOn.label',
  denouncedName: 'form.denouncedName.label',
  denouncedPosition: 'form.denouncedPosition.label',
  denouncedAgency: 'form.denouncedAgency.label',
  name: 'form.name.label',
  idNumber: 'form.idNumber.label',
  address: 'form.address.label',
  phone: 'form.phone.label',
  email: 'form.email.label',
  coSigners: 'form.coSigners.label',
  place: 'form.place.label',
  subject: 'form.subject.label',
  content: 'form.content.label',
  attachments: 'form.attachments.label',
  kind: 'form.kind.legend',
  representatives: 'form.representatives.legend',
} as const satisfies Readonly<Record<string, FormMessageKey>>

type TextField = Exclude<
  keyof typeof labelKeys,
  'kind' | 'representatives' | 'attachments' | 'learnedOn'
>

/** Most characters of the content (core's petition schema). */
const contentMax = 50_000

/** A calendar date `YYYY-MM-DD` as a `Date` at UTC midnight, for `Intl` with `timeZone: 'UTC'`. */
function utcDay(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return Date.UTC(year, month - 1, date)
}

/**
 * A petition form (đơn khiếu nại, tố cáo, kiến nghị, phản ánh) for a government portal, built on
 * GOV.UK's patterns: one question per step where it matters, labels and hints, inline errors and
 * an error summary that takes focus, validation on leaving a field or continuing (never while
 * typing), and a check-your-answers step before anything is sent.
 *
 * 1. **Kind** — complaint, denunciation, recommendation or reflection, each explained plainly.
 * 2. **Details** — the fields follow the kind: the decision complained about and when the person
 *    learned of it (with the filing limit computed by core's `petitionDeadlines`), the person or
 *    agency denounced with the confidentiality promise, identity with honest privacy choices
 *    (an anonymous denunciation is not handled as one: said *before* the choice), co-signers and
 *    1–5 representatives for a crowd petition, place, subject, content with a character count
 *    (graphemes, announced politely) and attachments checked for type and size on the device.
 * 3. **Check your answers**, then **send**: the JSON body (the reference server's
 *    `petitionSubmissionSchema`) is POSTed to `action` with an `Idempotency-Key` that belongs to
 *    the draft, so a double click, a retry after a dropped response, or a reload while sending
 *    creates one petition.
 * 4. **Receipt** — the tracking code and the time limits that now apply, as dates.
 *
 * Nothing typed is lost: the draft is saved on the device (`localStorage`, per `action` and
 * `draft-key`) as the person types and restored after a reload or a crash; "discard draft"
 * deletes it after a confirmation. Offline, on a network error or a server error the petition
 * waits in an outbox on the device and is sent again on a backoff, when the connection returns,
 * or when the page is opened again, with honest status text. Validation uses core's petition
 * schema (loaded on demand) with messages in the page's language.
 *
 * The element is form-associated: inside a host page's own `<form>` it reports its value (the
 * JSON body, under its `name`) and validity, and takes part in reset and state restoration.
 * Without an `action`, the last step submits that host form instead of sending.
 *
 * Anti-spam without puzzles: a honeypot field (hidden from people and assistive technology) and
 * an optional `tokenProvider` whose token is sent in the `token-header` header.
 *
 * @summary A petition form with drafts, an outbox, idempotent submission and a receipt.
 *
 * @csspart title - The heading of the form.
 * @csspart step - The "Step 1 of 3" caption.
 * @csspart error-summary - The error summary.
 * @csspart field - Every question (label, hint, error, control).
 * @csspart label - Every label and legend.
 * @csspart hint - Every hint.
 * @csspart field-error - Every inline error message.
 * @csspart input - Every text field, date field and text area.
 * @csspart radio - Every radio button.
 * @csspart button - Every button.
 * @csspart primary-button - Continue and send.
 * @csspart secondary-button - Back, discard, add and remove.
 * @csspart notice - The draft notices (restored, saved, discarded).
 * @csspart privacy - The privacy statement.
 * @csspart count - The character count of the content.
 * @csspart answers - The check-your-answers list.
 * @csspart outbox - The sending / waiting status.
 * @csspart receipt - The receipt panel.
 * @csspart tracking-code - The tracking code on the receipt.
 *
 * @cssprop --lt-petition-form-width - Widest line of text fields and text (default `40em`).
 * @cssprop --lt-petition-receipt-background - Receipt panel (default `--lt-color-success`).
 * @cssprop --lt-color-primary - Buttons, links.
 * @cssprop --lt-color-danger - Errors.
 * @cssprop --lt-font-family - All text.
 *
 * @fires {CustomEvent<PetitionSubmitDetail>} lt-submit - Cancelable, before the petition is
 *   sent (the outbox keeps it if canceled).
 * @fires {CustomEvent<PetitionSubmittedDetail>} lt-submitted - The server answered with a receipt.
 * @fires {CustomEvent<PetitionFormErrorDetail>} lt-error - An attempt to send failed; `willRetry`
 *   says whether it waits in the outbox.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/lienthong-widgets.js"></script>
 * <lt-petition-form action="https://tiepdan.example.gov.vn/api/petitions"></lt-petition-form>
 * ```
 *
 * ```ts
 * import '@lienthong/widgets/define'
 *
 * const form = document.createElement('lt-petition-form')
 * form.action = '/api/petitions'
 * form.tokenProvider = async () => (await fetch('/antispam-token')).text()
 * form.addEventListener('lt-submitted', (event) => console.log(event.detail.receipt.trackingCode))
 * document.body.append(form)
 * ```
 */
export class PetitionForm extends LienthongElement {
  static override styles = [baseStyles, errorSummaryStyles, petitionFormStyles]

  /** The element's messages: its own catalog, and the widgets' shared one. */
  private readonly t = this.i18n.translator(formMessages)

  /** Form-associated: takes part in a host page's `<form>` (value, validity, reset). */
  static formAssociated = true

  /** The URL petitions are POSTed to (the reference server's `/api/petitions`). */
  @property() accessor action = ''

  /** Separates the drafts of several forms with the same `action` on one site. */
  @property({ attribute: 'draft-key' }) accessor draftKey = 'default'

  /** The name of the value (the JSON body) in a host `<form>`'s data. */
  @property({ reflect: true }) accessor name = ''

  /** Milliseconds to wait for the server before an attempt counts as failed. */
  @property({ type: Number }) accessor timeout = defaultFetchTimeoutMs

  /** The `aria-level` of the element's heading (2 by default); sections are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2

  /** Media types accepted as attachments, comma-separated (`accept` of the file input). */
  @property() accessor accept = 'application/pdf,image/jpeg,image/png'

  /** Largest attachment, in bytes (10 MB by default). */
  @property({ type: Number, attribute: 'max-file-size' }) accessor maxFileSize = 10 * 1024 * 1024

  /** Most attachments. */
  @property({ type: Number, attribute: 'max-files' }) accessor maxFiles = 5

  /** The header the `tokenProvider`'s token is sent in. */
  @property({ attribute: 'token-header' }) accessor tokenHeader = 'Anti-Spam-Token'

  /** A host hook for an anti-spam token (e.g. from a proof-of-work or a rate-limit service). */
  @property({ attribute: false }) accessor tokenProvider: (() => Promise<string>) | undefined =
    undefined

  /**
   * A host hook that uploads one file (after the type and size checks) and returns its URL, sent
   * with the petition. Without it, only each file's name, type and size are sent.
   */
  @property({ attribute: false }) accessor uploadAttachment:
    ((file: File) => Promise<string>) | undefined = undefined

  @state() private accessor draft: PetitionDraft = emptyDraft()
  @state() private accessor step: Step = 'kind'
  @state() private accessor errors: Readonly<Record<string, FieldProblem>> = {}
  @state() private accessor summary: readonly FieldProblem[] = []
  @state() private accessor outbox: OutboxState = { kind: 'sending' }
  @state() private accessor receipt: PetitionStatusData | undefined = undefined
  @state() private accessor receiptDue: readonly ({
    step: string
    dueOn: string
  } & LegalBasisText)[] = []
  @state() private accessor notice: '' | 'restored' | 'saved' | 'discarded' = ''
  @state() private accessor storageWorks = true
  @state() private accessor confirmingDiscard = false
  @state() private accessor filing: FilingLimit | undefined = undefined
  @state() private accessor fileProblems: readonly string[] = []
  @state() private accessor countAnnouncement = ''
  @state() private accessor rejectedStatus: number | undefined = undefined
  @state() private accessor spam = false
  @state() private accessor disabled = false
  /** The honeypot field was filled in (only robots see it). */
  private trapped = false

  private readonly internals: ElementInternals
  private idempotencyKey = newIdempotencyKey()
  private phase: DraftPhase = 'editing'
  private body: string | undefined
  private attempts = 0
  private storageKey = ''
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private countTimer: ReturnType<typeof setTimeout> | undefined
  private focusAfterRender: string | undefined
  private checked: Validation | undefined
  /** This element's attempt is the one in flight. */
  private delivering = false

  constructor() {
    super()
    this.internals = this.attachInternals()
  }

  /** The host `<form>`, if the element is inside one. */
  get form(): HTMLFormElement | null {
    return this.internals.form
  }

  /** The JSON body the form would send now. */
  get value(): string {
    return JSON.stringify(toSubmission(this.draft))
  }

  /** The element's validity in a host form. */
  get validity(): ValidityState {
    return this.internals.validity
  }

  /** The message of the first problem, in the page's language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage
  }

  /** Whether the petition is complete and valid (fires `invalid` on the element when not). */
  checkValidity(): boolean {
    return this.internals.checkValidity()
  }

  /** The `Idempotency-Key` of the current draft. */
  get draftIdempotencyKey(): string {
    return this.idempotencyKey
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('online', this.onOnline)
    window.addEventListener('pagehide', this.flush)
    settled.addEventListener(this.storageKey, this.onSettled)
    void loadValidation().then((loaded) => {
      this.checked = loaded
      this.updateFormValue()
    })
    // Moved in the page (removed and put back) while a petition waits: try again now.
    if (this.hasUpdated && this.phase === 'outbox') queueMicrotask(() => void this.deliver())
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('pagehide', this.flush)
    settled.removeEventListener(this.storageKey, this.onSettled)
    this.flush()
    clearTimeout(this.retryTimer)
    clearTimeout(this.countTimer)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('action') || changed.has('draftKey')) this.restore()
    if ((changed as Map<PropertyKey, unknown>).has('draft') && this.draft.kind === 'complaint')
      void this.updateFilingLimit()
  }

  protected override updated(): void {
    const target = this.focusAfterRender
    if (target === undefined) return
    this.focusAfterRender = undefined
    this.focusById(target)
  }

  /** A disabled host `<fieldset>` disables the whole form. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled
  }

  /** Host form reset: an empty petition with a new key; the saved draft is deleted. */
  formResetCallback(): void {
    this.startOver()
  }

  /** The browser restores the form (back/forward cache, autofill of a restored session). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return
    try {
      this.draft = readDraft(JSON.parse(state))
    } catch {
      return
    }
    this.updateFormValue()
  }

  /** Sends the outbox again now (what "Try sending now" does). */
  retryNow(): void {
    if (this.phase !== 'outbox') return
    clearTimeout(this.retryTimer)
    void this.deliver()
  }

  // ---- drafts ----------------------------------------------------------------------------

  /** Another element sent (or tried to send) this draft: show what it left in storage. */
  private readonly onSettled = (event: Event): void => {
    if ((event as CustomEvent<unknown>).detail === this || this.delivering) return
    this.restoreFrom(this.storageKey)
  }

  private restore(): void {
    const key = draftStorageKey(this.action, this.draftKey, location.href)
    if (this.isConnected) {
      settled.removeEventListener(this.storageKey, this.onSettled)
      settled.addEventListener(key, this.onSettled)
    }
    this.restoreFrom(key)
  }

  private restoreFrom(key: string): void {
    this.flushSave()
    clearTimeout(this.retryTimer)
    this.storageKey = key
    const stored = loadStoredPetition(deviceStorage(), this.storageKey, readDraft)
    this.errors = {}
    this.summary = []
    this.receipt = undefined
    if (!stored) {
      this.draft = emptyDraft()
      this.idempotencyKey = newIdempotencyKey()
      this.phase = 'editing'
      this.step = 'kind'
      this.body = undefined
      this.notice = ''
      this.updateFormValue()
      return
    }
    this.draft = stored.data
    this.idempotencyKey = stored.idempotencyKey
    this.phase = stored.phase
    this.body = stored.body
    this.attempts = stored.attempts ?? 0
    if (stored.phase === 'sent') {
      const parsed = parsePetitionStatus(stored.receipt)
      if (parsed.ok) {
        this.showReceipt(parsed.value)
      } else {
        this.startOver()
      }
      return
    }
    if (stored.phase === 'outbox') {
      this.step = 'outbox'
      // A reload while sending: send again with the same key (the server deduplicates).
      queueMicrotask(() => void this.deliver())
    } else {
      this.step =
        (['kind', 'details', 'check'] as const).find((step) => step === stored.step) ?? 'kind'
      this.notice = JSON.stringify(stored.data) === JSON.stringify(emptyDraft()) ? '' : 'restored'
    }
    this.updateFormValue()
  }

  private record() {
    return {
      version: 1 as const,
      idempotencyKey: this.idempotencyKey,
      phase: this.phase,
      step: this.step,
      data: this.draft,
      ...(this.body === undefined ? {} : { body: this.body }),
      attempts: this.attempts,
      savedAt: new Date().toISOString(),
    }
  }

  /** Saves now (before sending, on leaving the page); returns whether the device kept it. */
  private saveNow(receipt?: unknown): boolean {
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    const record = receipt === undefined ? this.record() : { ...this.record(), receipt }
    const saved = saveStoredPetition(deviceStorage(), this.storageKey, record)
    this.storageWorks = saved
    return saved
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => {
      if (this.saveNow() && this.notice !== 'restored') this.notice = 'saved'
    }, 400)
  }

  private flushSave(): void {
    if (this.saveTimer !== undefined) this.saveNow()
  }

  private readonly flush = (): void => {
    this.flushSave()
  }

  private startOver(): void {
    removeStoredPetition(deviceStorage(), this.storageKey)
    clearTimeout(this.saveTimer)
    clearTimeout(this.retryTimer)
    this.saveTimer = undefined
    this.draft = emptyDraft()
    this.idempotencyKey = newIdempotencyKey()
    this.phase = 'editing'
    this.body = undefined
    this.attempts = 0
    this.step = 'kind'
    this.errors = {}
    this.summary = []
    this.receipt = undefined
    this.rejectedStatus = undefined
    this.fileProblems = []
    this.confirmingDiscard = false
    this.notice = ''
    this.trapped = false
    this.spam = false
    this.updateFormValue()
  }

  private discard(): void {
    this.startOver()
    this.notice = 'discarded'
    this.focusAfterRender = 'form-title'
  }

  // ---- editing and validation ------------------------------------------------------------

  private set<K extends keyof PetitionDraft>(field: K, value: PetitionDraft[K]): void {
    this.draft = { ...this.draft, [field]: value }
    this.rejectedStatus = undefined
    if (this.notice === 'discarded') this.notice = ''
    this.scheduleSave()
    this.updateFormValue()
  }

  private problems(): FieldProblem[] {
    return this.checked ? this.checked.validateDraft(this.draft) : []
  }

  /** Reports the value and validity to a host form. */
  private updateFormValue(): void {
    this.internals.setFormValue(this.value, JSON.stringify(this.draft))
    if (!this.checked) {
      this.internals.setValidity({ customError: true }, this.t('form.kind.required'))
      return
    }
    const [first] = this.problems()
    if (!first) {
      this.internals.setValidity({})
      return
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(first.field)}`)
    this.internals.setValidity({ customError: true }, this.message(first), anchor ?? undefined)
  }

  /** Checks one field on leaving it (an empty field left untouched is not an error yet). */
  private async validateField(field: string): Promise<void> {
    const { validateDraft } = await loadValidation()
    const problem = validateDraft(this.draft).find((found) => found.field === field)
    if (problem?.code === 'required' && !(field in this.errors)) return
    const others = Object.entries(this.errors).filter(([name]) => name !== field)
    this.errors = Object.fromEntries(problem ? [...others, [field, problem]] : others)
  }

  /** The problems of the fields shown on a step. */
  private async stepProblems(step: Step): Promise<FieldProblem[]> {
    const { validateDraft } = await loadValidation()
    const problems = validateDraft(this.draft)
    return step === 'kind' ? problems.filter((problem) => problem.field === 'kind') : problems
  }

  private async continueFrom(step: Step): Promise<void> {
    // The trap is only on the details step: read it before the step goes away.
    if (step === 'details' && this.honeypot()) this.trapped = true
    const problems = await this.stepProblems(step)
    this.errors = Object.fromEntries(problems.map((problem) => [problem.field, problem]))
    this.summary = problems
    if (problems.length > 0) {
      this.focusAfterRender = 'error-summary'
      this.requestUpdate()
      return
    }
    this.goTo(step === 'kind' ? 'details' : 'check')
  }

  /** The "Back" button of a step, to the step before it. */
  private renderBack(step: Step): TemplateResult {
    return html`<button
      class="lt-button secondary"
      part="button secondary-button"
      type="button"
      @click=${() => {
        this.goTo(step)
      }}
    >
      ${this.t('form.back')}
    </button>`
  }

  private goTo(step: Step, focus = 'step-heading'): void {
    this.step = step
    this.summary = []
    this.focusAfterRender = focus
    if (this.phase === 'editing') this.scheduleSave()
  }

  private message(problem: FieldProblem): string {
    const { t } = this
    const rep = /^rep-(\d+)-(name|phone)$/.exec(problem.field)
    if (rep) {
      const number = Number(rep[1]) + 1
      if (problem.code === 'required') return t('form.representative.required', { number })
      const label = t(
        rep[2] === 'name' ? 'form.representative.name' : 'form.representative.phone',
        {
          number,
        },
      )
      return this.generic(problem, label)
    }
    const specific = specificMessages[`${problem.field}.${problem.code}`]
    if (specific === 'form.coSigners.tooShort') {
      return t('form.coSigners.tooShort', { limit: problem.params?.limit ?? 4 })
    }
    if (specific) return t(specific as 'form.kind.required')
    if (problem.code === 'representatives') {
      const { min = 1, max = 5, people = 5 } = problem.params ?? {}
      return t('form.representatives.error', { min, max, people })
    }
    const key = labelKeys[problem.field as keyof typeof labelKeys] as FormMessageKey | undefined
    return this.generic(problem, key ? t(key as 'form.name.label') : problem.field)
  }

  private generic(problem: FieldProblem, field: string): string {
    const { t } = this
    const limit = this.i18n.formatNumber(problem.params?.limit ?? 0)
    switch (problem.code) {
      case 'tooLong':
        return t('form.error.tooLong', { field, limit })
      case 'tooShort':
        return t('form.error.tooShort', { field, limit })
      case 'required':
        return t('form.error.required', { field })
      default:
        return t('form.error.format', { field })
    }
  }

  private async updateFilingLimit(): Promise<void> {
    const { complaintFilingLimit } = await loadDeadlines()
    const instance = this.draft.instance === '2' ? 2 : 1
    const limit = complaintFilingLimit(instance, learnedOnOf(this.draft) ?? '', new Date())
    const current = this.filing
    if (
      current?.days !== limit.days ||
      current.dueOn !== limit.dueOn ||
      current.passed !== limit.passed
    ) {
      this.filing = limit
    }
  }

  private onContentInput(value: string): void {
    this.set('content', value)
    // Announced once typing pauses, not on every key (GOV.UK's character count does the same).
    clearTimeout(this.countTimer)
    this.countTimer = setTimeout(() => {
      this.countAnnouncement = this.countText()
    }, 1000)
  }

  private countText(): string {
    const left = contentMax - graphemeCount(this.draft.content)
    const count = this.i18n.formatNumber(Math.abs(left))
    return left >= 0 ? this.t('form.count.left', { count }) : this.t('form.count.over', { count })
  }

  // ---- attachments -----------------------------------------------------------------------

  private acceptedTypes(): string[] {
    return this.accept
      .split(',')
      .map((type) => type.trim().toLowerCase())
      .filter((type) => type !== '')
  }

  private isAccepted(file: File): boolean {
    const type = file.type.toLowerCase()
    const name = file.name.toLowerCase()
    return this.acceptedTypes().some((accepted) =>
      accepted.startsWith('.')
        ? name.endsWith(accepted)
        : accepted.endsWith('/*')
          ? type.startsWith(accepted.slice(0, -1))
          : type === accepted,
    )
  }

  private size(bytes: number): string {
    const megabytes = bytes / (1024 * 1024)
    return megabytes >= 1
      ? `${this.i18n.formatNumber(Math.round(megabytes * 10) / 10)} MB`
      : `${this.i18n.formatNumber(Math.ceil(bytes / 1024))} KB`
  }

  private async addFiles(input: HTMLInputElement): Promise<void> {
    const { t } = this
    const files = [...(input.files ?? [])]
    input.value = ''
    const problems: string[] = []
    const room = this.maxFiles - this.draft.attachments.length
    if (files.length > room) problems.push(t('form.attachments.count', { count: this.maxFiles }))
    const added = []
    for (const file of files.slice(0, Math.max(0, room))) {
      const name = `\u2068${file.name}\u2069`
      if (!this.isAccepted(file)) {
        problems.push(t('form.attachments.type', { name }))
        continue
      }
      if (file.size > this.maxFileSize) {
        problems.push(t('form.attachments.size', { name, size: this.size(this.maxFileSize) }))
        continue
      }
      let url: string | undefined
      if (this.uploadAttachment) {
        try {
          url = await this.uploadAttachment(file)
        } catch {
          problems.push(t('form.attachments.upload', { name }))
          continue
        }
      }
      added.push({
        name: file.name.slice(0, 255),
        mediaType: file.type || 'application/octet-stream',
        size: file.size,
        ...(url === undefined ? {} : { url }),
      })
    }
    this.fileProblems = problems
    if (added.length > 0) this.set('attachments', [...this.draft.attachments, ...added])
  }

  // ---- sending ---------------------------------------------------------------------------

  private async send(): Promise<void> {
    if (this.phase !== 'editing') return // a second click: already in the outbox
    if (this.trapped || this.honeypot()) {
      this.spam = true
      this.fail({ reason: 'spam', willRetry: false })
      return
    }
    const { validateDraft } = await loadValidation()
    if ((this.phase as DraftPhase) !== 'editing') return
    const problems = validateDraft(this.draft)
    if (problems.length > 0) {
      this.errors = Object.fromEntries(problems.map((problem) => [problem.field, problem]))
      this.summary = problems
      this.step = 'details'
      this.focusAfterRender = 'error-summary'
      return
    }
    const submission = toSubmission(this.draft)
    if (!this.action) {
      // No endpoint of its own: the host page's form sends the value.
      this.internals.form?.requestSubmit()
      return
    }
    const detail: PetitionSubmitDetail = { submission, idempotencyKey: this.idempotencyKey }
    const proceed = this.dispatchEvent(
      new CustomEvent('lt-submit', { detail, bubbles: true, composed: true, cancelable: true }),
    )
    if (!proceed) return
    this.phase = 'outbox'
    this.body = JSON.stringify(submission)
    this.attempts = 0
    this.step = 'outbox'
    this.outbox = { kind: 'sending' }
    this.saveNow()
    this.focusAfterRender = 'step-heading'
    await this.deliver()
  }

  private honeypot(): boolean {
    const trap = this.renderRoot.querySelector<HTMLInputElement>('#hp-website')
    return (trap?.value ?? '') !== ''
  }

  private readonly onOnline = (): void => {
    if (this.phase === 'outbox') this.retryNow()
  }

  /** One attempt to send the outbox body; schedules the next one when it may succeed later. */
  private async deliver(): Promise<void> {
    const body = this.body
    const key = this.storageKey
    if (this.phase !== 'outbox' || body === undefined || !this.action || inFlight.has(key)) return
    if (!navigator.onLine) {
      this.outbox = { kind: 'offline' }
      // Sent on the \`online\` event; the timer too, in case the browser's idea of offline is wrong.
      clearTimeout(this.retryTimer)
      this.retryTimer = setTimeout(() => void this.deliver(), retryDelayMs(this.attempts + 1))
      this.fail({ reason: 'offline', willRetry: true })
      return
    }
    inFlight.add(key)
    this.delivering = true
    this.outbox = { kind: 'sending' }
    const idempotencyKey = this.idempotencyKey
    try {
      const headers: Record<string, string> = {}
      if (this.tokenProvider) {
        try {
          headers[this.tokenHeader] = await this.tokenProvider()
        } catch {
          this.waitAndRetry(this.t('error.network'), { reason: 'token', willRetry: true })
          return
        }
      }
      const result = await sendPetition(this.action, body, {
        idempotencyKey,
        timeoutMs: this.timeout,
        headers,
        language: this.i18n.lang,
      })
      if (this.storageKey !== key || this.idempotencyKey !== idempotencyKey) return
      if (result.ok) {
        this.phase = 'sent'
        this.body = undefined
        // Sent: the personal data leaves the device's storage; the receipt (no personal data) stays.
        this.draft = emptyDraft()
        this.saveNow(result.raw)
        this.updateFormValue()
        this.showReceipt(result.receipt)
        this.focusAfterRender = 'step-heading'
        const detail: PetitionSubmittedDetail = { receipt: result.receipt, idempotencyKey }
        this.dispatchEvent(
          new CustomEvent('lt-submitted', { detail, bubbles: true, composed: true }),
        )
        return
      }
      const { failure } = result
      const reason = failure.reason === 'aborted' ? 'network' : failure.reason
      const status = failure.status === undefined ? {} : { status: failure.status }
      if (result.retry) {
        const message = fetchFailureMessage(failure, this.i18n.locale) ?? ''
        this.waitAndRetry(message, { reason, willRetry: true, ...status })
        return
      }
      // Refused (4xx): nothing was stored, so the corrected petition gets a new key.
      this.phase = 'editing'
      this.body = undefined
      this.idempotencyKey = newIdempotencyKey()
      this.rejectedStatus = failure.status ?? 0
      this.step = 'check'
      this.saveNow()
      this.focusAfterRender = 'rejected'
      this.fail({ reason, willRetry: false, ...status }, idempotencyKey)
    } finally {
      inFlight.delete(key)
      this.delivering = false
      settled.dispatchEvent(new CustomEvent(key, { detail: this }))
    }
  }

  private waitAndRetry(
    message: string,
    detail: Omit<PetitionFormErrorDetail, 'idempotencyKey'>,
  ): void {
    this.attempts += 1
    this.saveNow()
    const delay = retryDelayMs(this.attempts)
    this.outbox = { kind: 'waiting', reason: message, at: new Date(Date.now() + delay) }
    clearTimeout(this.retryTimer)
    // A removed element leaves the retries to the one that shows the draft now, if any.
    if (this.isConnected) this.retryTimer = setTimeout(() => void this.deliver(), delay)
    this.fail(detail)
  }

  private fail(
    detail: Omit<PetitionFormErrorDetail, 'idempotencyKey'>,
    idempotencyKey = this.idempotencyKey,
  ): void {
    const full: PetitionFormErrorDetail = { ...detail, idempotencyKey }
    this.dispatchEvent(new CustomEvent('lt-error', { detail: full, bubbles: true, composed: true }))
  }

  private showReceipt(receipt: PetitionStatusData): void {
    this.receipt = receipt
    this.step = 'receipt'
    this.receiptDue = receipt.dueDates
    if (receipt.dueDates.length === 0) {
      // The server named no time limits: compute the statutory ones on the device.
      void loadDeadlines().then(({ receiptDeadlines }) => {
        if (this.receipt !== receipt) return
        this.receiptDue = receiptDeadlines(receipt.kinds, receipt.receivedAt).flatMap((due) =>
          due.dueOn === undefined
            ? []
            : [
                {
                  step: due.step,
                  dueOn: due.dueOn,
                  legalBasis: due.legalBasis,
                  legalBasisVi: due.legalBasisVi,
                },
              ],
        )
      })
    }
  }

  // ---- focus -----------------------------------------------------------------------------

  private focusById(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus()
  }

  /** The control an error summary link leads to. */
  private controlOf(field: string): string {
    if (field === 'kind') return `kind-${this.draft.kind || 'complaint'}`
    if (field === 'learnedOn') return 'learnedOn-day'
    if (field === 'representatives') {
      return this.draft.representatives.length > 0 ? 'rep-0-name' : 'add-representative'
    }
    return field
  }

  private readonly followSummaryLink = (event: Event): void => {
    event.preventDefault()
    const field = (event.currentTarget as HTMLAnchorElement).dataset.field ?? ''
    this.focusById(this.controlOf(field))
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const { t } = this
    const stepNumber = { kind: 1, details: 2, check: 3 }[this.step as 'kind']
    return html`<div
        id="form-title"
        class="title"
        part="title"
        role="heading"
        aria-level=${this.headingLevel}
        tabindex="-1"
      >
        ${t('form.title')}
      </div>
      ${this.renderNotice()}
      ${
        stepNumber
          ? html`<p class="step" part="step">
              ${t('form.step', { current: stepNumber, total: 3 })}
            </p>`
          : nothing
      }
      ${this.renderSummary()}
      <div class="step-content" ?inert=${this.disabled}>${this.renderStep()}</div>`
  }

  private renderStep(): TemplateResult | typeof nothing {
    switch (this.step) {
      case 'kind':
        return this.renderKindStep()
      case 'details':
        return this.renderDetailsStep()
      case 'check':
        return this.renderCheckStep()
      case 'outbox':
        return this.renderOutbox()
      case 'receipt':
        return this.renderReceipt()
    }
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const { t } = this
    if (this.step === 'receipt' || this.step === 'outbox') return nothing
    const text = !this.storageWorks
      ? t('form.draft.notSaved')
      : this.notice === 'restored'
        ? t('form.draft.restored')
        : this.notice === 'discarded'
          ? t('form.draft.discarded')
          : this.notice === 'saved'
            ? t('form.draft.saved')
            : ''
    const hasDraft = JSON.stringify(this.draft) !== JSON.stringify(emptyDraft())
    return html`<div class="draft-bar" part="notice">
      <p class="draft-status" role="status">${text}</p>
      ${
        hasDraft && !this.confirmingDiscard
          ? html`<button
              id="discard"
              class="lt-button secondary"
              part="button secondary-button"
              type="button"
              @click=${() => {
                this.confirmingDiscard = true
                this.focusAfterRender = 'discard-no'
              }}
            >
              ${t('form.draft.discard')}
            </button>`
          : nothing
      }
      ${
        this.confirmingDiscard
          ? html`<div class="confirm" role="group" aria-labelledby="discard-question">
              <p id="discard-question">${t('form.draft.confirm')}</p>
              <button
                id="discard-yes"
                class="lt-button danger"
                part="button"
                type="button"
                @click=${() => {
                  this.discard()
                }}
              >
                ${t('form.draft.confirmYes')}
              </button>
              <button
                id="discard-no"
                class="lt-button secondary"
                part="button secondary-button"
                type="button"
                @click=${() => {
                  this.confirmingDiscard = false
                  this.focusAfterRender = 'discard'
                }}
              >
                ${t('form.draft.confirmNo')}
              </button>
            </div>`
          : nothing
      }
    </div>`
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing
    const { t } = this
    return html`<div
      id="error-summary"
      class="error-summary"
      part="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="summary-title"
    >
      <div
        id="summary-title"
        class="summary-title"
        role="heading"
        aria-level=${this.headingLevel + 1}
      >
        ${t('petition.lookup.errorSummary')}
      </div>
      <ul class="summary-list">
        ${this.summary.map(
          (problem) =>
            html`<li>
              <a
                href="#${this.controlOf(problem.field)}"
                data-field=${problem.field}
                @click=${this.followSummaryLink}
                >${this.message(problem)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`
  }

  private stepHeading(key: FormMessageKey | MessageKey): TemplateResult {
    return html`<div
      id="step-heading"
      class="step-heading"
      role="heading"
      aria-level=${this.headingLevel + 1}
      tabindex="-1"
    >
      ${this.t(key as 'form.title')}
    </div>`
  }

  private errorOf(field: string): TemplateResult | typeof nothing {
    const problem = this.errors[field]
    if (!problem) return nothing
    return html`<p id="${field}-error" class="field-error" part="field-error">
      <span class="lt-visually-hidden">${this.t('petition.lookup.errorPrefix')}</span>
      ${this.message(problem)}
    </p>`
  }

  private describedBy(field: string, hint: boolean, ...more: string[]): string {
    return [hint ? `${field}-hint` : '', field in this.errors ? `${field}-error` : '', ...more]
      .filter((id) => id !== '')
      .join(' ')
  }

  private renderKindStep(): TemplateResult {
    const { t } = this
    const invalid = 'kind' in this.errors
    return html`<form
      class="form"
      novalidate
      aria-labelledby="step-heading"
      @submit=${(event: Event) => {
        event.preventDefault()
        void this.continueFrom('kind')
      }}
    >
      <fieldset
        class="field ${invalid ? 'field-invalid' : ''}"
        part="field"
        aria-describedby=${invalid ? 'kind-error' : nothing}
      >
        <legend class="legend" part="label">${this.stepHeading('form.kind.legend')}</legend>
        ${this.errorOf('kind')}
        <div class="radios">
          ${formKinds.map(
            (kind) =>
              html`<div class="radio">
                <input
                  id="kind-${kind}"
                  part="radio"
                  type="radio"
                  name="kind"
                  .value=${kind}
                  aria-describedby="kind-${kind}-hint"
                  .checked=${this.draft.kind === kind}
                  @change=${() => {
                    this.set('kind', kind)
                  }}
                />
                <label for="kind-${kind}" class="radio-label">${t(kindKeys[kind])}</label>
                <div id="kind-${kind}-hint" class="hint radio-hint" part="hint">
                  ${t(`form.kind.${kind}.hint`)}
                </div>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button class="lt-button" part="button primary-button" type="submit">
          ${t('form.continue')}
        </button>
      </div>
    </form>`
  }

  private textField(
    field: TextField,
    options: {
      readonly hint?: string
      readonly optional?: boolean
      readonly type?: string
      readonly autocomplete?: string
      readonly inputmode?: string
      readonly size?: 'short' | 'medium'
      readonly after?: TemplateResult | typeof nothing
    } = {},
  ): TemplateResult {
    const { t } = this
    const invalid = field in this.errors
    const hint =
      options.hint === undefined
        ? undefined
        : options.hint.startsWith('form.')
          ? t(options.hint as 'form.title')
          : options.hint
    return html`<div class="field ${invalid ? 'field-invalid' : ''}" part="field">
      <label class="label" part="label" for=${field}
        >${t(labelKeys[field])}
        ${options.optional ? html`<span class="optional">${t('form.optional')}</span>` : nothing}</label
      >
      ${hint ? html`<div id="${field}-hint" class="hint" part="hint">${hint}</div>` : nothing}
      ${this.errorOf(field)}
      <input
        id=${field}
        class="input ${options.size ?? ''}"
        part="input"
        type=${options.type ?? 'text'}
        dir=${options.type === 'email' || options.type === 'tel' ? 'ltr' : 'auto'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${options.type === 'email' ? 'false' : 'true'}
        aria-describedby=${this.describedBy(field, hint !== undefined) || nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.draft[field]}
        @input=${(event: Event) => {
          this.set(field, (event.target as HTMLInputElement).value)
        }}
        @blur=${() => void this.validateField(field)}
      />
      ${options.after ?? nothing}
    </div>`
  }

  private radios<K extends 'instance' | 'anonymous' | 'crowd'>(
    field: K,
    legend: FormMessageKey,
    choices: readonly { value: PetitionDraft[K]; label: FormMessageKey; hint?: TemplateResult }[],
  ): TemplateResult {
    const { t } = this
    return html`<fieldset class="field" part="field">
      <legend class="legend small" part="label">${t(legend as 'form.title')}</legend>
      <div class="radios inline-radios">
        ${choices.map(
          (choice) =>
            html`<div class="radio">
              <input
                id="${field}-${String(choice.value)}"
                part="radio"
                type="radio"
                name=${field}
                .checked=${this.draft[field] === choice.value}
                aria-describedby=${choice.hint ? `${field}-${String(choice.value)}-hint` : nothing}
                @change=${() => {
                  this.set(field, choice.value)
                }}
              />
              <label for="${field}-${String(choice.value)}" class="radio-label"
                >${t(choice.label as 'form.title')}</label
              >
              ${
                choice.hint
                  ? html`<div
                      id="${field}-${String(choice.value)}-hint"
                      class="hint radio-hint"
                      part="hint"
                    >
                      ${choice.hint}
                    </div>`
                  : nothing
              }
            </div>`,
        )}
      </div>
    </fieldset>`
  }

  private section(title: FormMessageKey, content: TemplateResult): TemplateResult {
    return html`<section class="section" aria-labelledby="section-${title}">
      <div
        id="section-${title}"
        class="section-heading"
        role="heading"
        aria-level=${this.headingLevel + 2}
      >
        ${this.t(title as 'form.title')}
      </div>
      ${content}
    </section>`
  }

  private renderDetailsStep(): TemplateResult {
    const { t } = this
    const draft = this.draft
    const anonymous = draft.anonymous && anonymityAllowed(draft.kind)
    return html`<form
      class="form"
      novalidate
      aria-labelledby="step-heading"
      @submit=${(event: Event) => {
        event.preventDefault()
        void this.continueFrom('details')
      }}
    >
      ${this.stepHeading(kindKeys[draft.kind || 'complaint'])}
      ${draft.kind === 'complaint' ? this.renderComplaint() : nothing}
      ${draft.kind === 'denunciation' ? this.renderDenunciation() : nothing}
      ${this.section(
        'form.section.identity',
        html`${this.renderIdentityChoice()}
          <p class="privacy" part="privacy">${t('form.privacy')}</p>
          ${
            anonymous
              ? nothing
              : html`${this.textField('name', { autocomplete: 'name' })}
                ${this.textField('idNumber', { optional: true, hint: 'form.idNumber.hint', size: 'medium', inputmode: 'numeric' })}
                ${this.textField('address', { autocomplete: 'street-address', hint: 'form.address.hint' })}
                ${this.textField('phone', { optional: true, type: 'tel', autocomplete: 'tel', size: 'medium' })}
                ${this.textField('email', { optional: true, type: 'email', autocomplete: 'email' })}
                ${this.renderCrowd()}`
          }`,
      )}
      ${this.section(
        'form.section.matter',
        html`${this.textField('place', { optional: true, hint: 'form.place.hint' })}
        ${this.textField('subject', { hint: 'form.subject.hint' })} ${this.renderContentField()}
        ${this.renderAttachments()}`,
      )}
      <div class="honeypot" aria-hidden="true">
        <label for="hp-website">${t('form.honeypot')}</label>
        <input id="hp-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button class="lt-button" part="button primary-button" type="submit">
          ${t('form.continue')}
        </button>
        ${this.renderBack('kind')}
      </div>
    </form>`
  }

  private renderComplaint(): TemplateResult {
    const { t } = this
    const filing = this.filing
    const basis = filing?.legalBasis ? `\u2068${this.lawName(filing.legalBasis)}\u2069` : ''
    const hint = filing ? t('form.learnedOn.hint', { days: filing.days, basis }) : undefined
    const due = filing?.dueOn
      ? html`<p id="learnedOn-due" class="${filing.passed ? 'warning' : 'note'}" role="status">
          ${t(filing.passed ? 'form.learnedOn.passed' : 'form.learnedOn.dueOn', {
            date: this.calendarDate(filing.dueOn),
          })}
        </p>`
      : html`<p id="learnedOn-due" class="note" role="status"></p>`
    return this.section(
      'form.section.complaint',
      html`${this.textField('decision', { hint: 'form.decision.hint' })}
      ${this.textField('decisionSymbol', { optional: true, hint: 'form.decisionSymbol.hint', size: 'medium' })}
      ${this.textField('decisionIssuedBy', { optional: true })}
      ${this.radios('instance', 'form.instance.legend', [
        { value: '1', label: 'form.instance.first' },
        { value: '2', label: 'form.instance.second' },
      ])}
      ${this.dateField(hint, due)}`,
    )
  }

  /**
   * Core's rules cite laws in English ("Law on Complaints 02/2011/QH13, Art 9"); a Vietnamese
   * page cites them in Vietnamese, as the laws are written.
   */
  private lawName(basis: string): string {
    if (this.i18n.locale !== 'vi') return basis
    return basis
      .replace(/^Law on Complaints\b/, 'Luật Khiếu nại')
      .replace(/^Law on Denunciations\b/, 'Luật Tố cáo')
      .replace(/^Law on Citizen Reception\b/, 'Luật Tiếp công dân')
      .replace(/\bArt (\d+)/, 'Điều $1')
  }

  /** The day learned of, as day, month and year fields (GOV.UK's date input). */
  private dateField(hint: string | undefined, after: TemplateResult): TemplateResult {
    const { t } = this
    const invalid = 'learnedOn' in this.errors
    const parts = [
      ['learnedDay', 'day', 'form.date.day', 2],
      ['learnedMonth', 'month', 'form.date.month', 2],
      ['learnedYear', 'year', 'form.date.year', 4],
    ] as const
    return html`<fieldset
      class="field ${invalid ? 'field-invalid' : ''}"
      part="field"
      aria-describedby=${this.describedBy('learnedOn', true)}
      @focusout=${(event: FocusEvent) => {
        // Checked when focus leaves the whole date, not between its three fields.
        const next = event.relatedTarget as Node | null
        if (!next || !(event.currentTarget as HTMLElement).contains(next)) {
          void this.validateField('learnedOn')
        }
      }}
    >
      <legend class="legend small" part="label">${t('form.learnedOn.label')}</legend>
      <div id="learnedOn-hint" class="hint" part="hint">
        ${hint ?? nothing} ${t('form.learnedOn.example')}
      </div>
      ${this.errorOf('learnedOn')}
      <div class="date">
        ${parts.map(
          ([field, name, label, digits]) =>
            html`<div class="date-part">
              <label class="date-label" for="learnedOn-${name}">${t(label)}</label>
              <input
                id="learnedOn-${name}"
                class="input date-${name}"
                part="input"
                type="text"
                inputmode="numeric"
                maxlength=${digits}
                autocomplete="off"
                aria-invalid=${invalid ? 'true' : 'false'}
                .value=${this.draft[field]}
                @input=${(event: Event) => {
                  this.set(field, (event.target as HTMLInputElement).value)
                }}
              />
            </div>`,
        )}
      </div>
      ${after}
    </fieldset>`
  }

  private renderDenunciation(): TemplateResult {
    const { t } = this
    return this.section(
      'form.section.denunciation',
      html`<p class="note">${t('form.denounced.hint')}</p>
        ${this.textField('denouncedName', { autocomplete: 'off' })}
        ${this.textField('denouncedPosition', { optional: true })}
        ${this.textField('denouncedAgency', {})}
        <p class="promise" part="privacy">${t('form.denounced.confidential')}</p>`,
    )
  }

  private renderIdentityChoice(): TemplateResult {
    const { t } = this
    if (!anonymityAllowed(this.draft.kind)) {
      return html`<p class="note">${t('form.identity.complaintNamed')}</p>`
    }
    const warning =
      this.draft.kind === 'denunciation'
        ? html`<strong class="warning-text">${t('form.identity.anonymousDenunciation')}</strong>`
        : html`${t('form.identity.anonymousHint')}`
    return this.radios('anonymous', 'form.identity.legend', [
      { value: false, label: 'form.identity.named' },
      { value: true, label: 'form.identity.anonymous', hint: warning },
    ])
  }

  private renderCrowd(): TemplateResult {
    const { t } = this
    const draft = this.draft
    const crowd = this.radios('crowd', 'form.crowd.legend', [
      { value: false, label: 'form.crowd.no' },
      { value: true, label: 'form.crowd.yes' },
    ])
    if (!draft.crowd) return crowd
    const invalid = 'representatives' in this.errors
    return html`${crowd}
      ${this.textField('coSigners', {
        hint: t('form.coSigners.hint', { min: 5 }),
        inputmode: 'numeric',
        size: 'short',
      })}
      <fieldset
        class="field ${invalid ? 'field-invalid' : ''}"
        part="field"
        aria-describedby=${this.describedBy('representatives', true)}
      >
        <legend class="legend small" part="label">${t('form.representatives.legend')}</legend>
        <div id="representatives-hint" class="hint" part="hint">
          ${t('form.representatives.hint')}
        </div>
        ${this.errorOf('representatives')}
        ${draft.representatives.map((person, index) => this.renderRepresentative(person, index))}
        ${
          draft.representatives.length < maxRepresentatives
            ? html`<div>
                <button
                  id="add-representative"
                  class="lt-button secondary"
                  part="button secondary-button"
                  type="button"
                  @click=${() => {
                    this.set('representatives', [...draft.representatives, { name: '', phone: '' }])
                    this.focusAfterRender = `rep-${draft.representatives.length}-name`
                  }}
                >
                  ${t('form.representative.add')}
                </button>
              </div>`
            : nothing
        }
      </fieldset>`
  }

  private renderRepresentative(
    person: PetitionDraft['representatives'][number],
    index: number,
  ): TemplateResult {
    const { t } = this
    const number = index + 1
    const input = (part: 'name' | 'phone') => {
      const id = `rep-${index}-${part}`
      const invalid = id in this.errors
      return html`<div class="field ${invalid ? 'field-invalid' : ''}" part="field">
        <label class="label" part="label" for=${id}
          >${t(part === 'name' ? 'form.representative.name' : 'form.representative.phone', { number })}
          ${part === 'phone' ? html`<span class="optional">${t('form.optional')}</span>` : nothing}</label
        >
        ${this.errorOf(id)}
        <input
          id=${id}
          class="input ${part === 'phone' ? 'medium' : ''}"
          part="input"
          type=${part === 'phone' ? 'tel' : 'text'}
          dir=${part === 'phone' ? 'ltr' : 'auto'}
          autocomplete="off"
          aria-describedby=${invalid ? `${id}-error` : nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${person[part]}
          @input=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value
            this.set(
              'representatives',
              this.draft.representatives.map((found, at) =>
                at === index ? { ...found, [part]: value } : found,
              ),
            )
          }}
          @blur=${() => void this.validateField(id)}
        />
      </div>`
    }
    return html`<div class="representative">
      ${input('name')} ${input('phone')}
      <button
        class="lt-button secondary"
        part="button secondary-button"
        type="button"
        @click=${() => {
          this.set(
            'representatives',
            this.draft.representatives.filter((_, at) => at !== index),
          )
          this.errors = {}
          this.focusAfterRender = 'add-representative'
        }}
      >
        ${t('form.representative.remove', { number })}
      </button>
    </div>`
  }

  private renderContentField(): TemplateResult {
    const { t } = this
    const invalid = 'content' in this.errors
    const over = graphemeCount(this.draft.content) > contentMax
    return html`<div class="field ${invalid ? 'field-invalid' : ''}" part="field">
      <label class="label" part="label" for="content">${t('form.content.label')}</label>
      <div id="content-hint" class="hint" part="hint">${t('form.content.hint')}</div>
      ${this.errorOf('content')}
      <textarea
        id="content"
        class="input textarea"
        part="input"
        dir="auto"
        rows="10"
        aria-describedby=${this.describedBy('content', true, 'content-count')}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.draft.content}
        @input=${(event: Event) => {
          this.onContentInput((event.target as HTMLTextAreaElement).value)
        }}
        @blur=${() => void this.validateField('content')}
      ></textarea>
      <div id="content-count" class="count ${over ? 'over' : ''}" part="count" aria-hidden="true">
        ${this.countText()}
      </div>
      <div class="lt-visually-hidden" aria-live="polite">${this.countAnnouncement}</div>
    </div>`
  }

  private renderAttachments(): TemplateResult {
    const { t } = this
    const types = this.acceptedTypes()
      .map((type) => type.replace(/^.*\//, '').replace(/^\./, '').toUpperCase())
      .join(', ')
    const problems = this.fileProblems
    return html`<div class="field ${problems.length > 0 ? 'field-invalid' : ''}" part="field">
      <label class="label" part="label" for="attachments"
        >${t('form.attachments.label')} <span class="optional">${t('form.optional')}</span></label
      >
      <div id="attachments-hint" class="hint" part="hint">
        ${t('form.attachments.hint', { types, size: this.size(this.maxFileSize), count: this.maxFiles })}
        ${this.uploadAttachment ? nothing : t('form.attachments.metadataOnly')}
      </div>
      ${problems.map(
        (problem, index) =>
          html`<p id="attachments-error-${index}" class="field-error" part="field-error">
            <span class="lt-visually-hidden">${t('petition.lookup.errorPrefix')}</span> ${problem}
          </p>`,
      )}
      <input
        id="attachments"
        class="file"
        part="input"
        type="file"
        multiple
        accept=${this.accept}
        aria-describedby=${['attachments-hint', ...problems.map((_, index) => `attachments-error-${index}`)].join(' ')}
        @change=${(event: Event) => void this.addFiles(event.target as HTMLInputElement)}
      />
      ${
        this.draft.attachments.length > 0
          ? html`<ul class="files">
              ${this.draft.attachments.map(
                (file, index) =>
                  html`<li>
                    <bdi>${file.name}</bdi> <span class="file-size">(${this.size(file.size)})</span>
                    <button
                      class="lt-button secondary small"
                      part="button secondary-button"
                      type="button"
                      @click=${() => {
                        this.set(
                          'attachments',
                          this.draft.attachments.filter((_, at) => at !== index),
                        )
                        this.focusAfterRender = 'attachments'
                      }}
                    >
                      ${t('form.attachments.remove', { name: `\u2068${file.name}\u2069` })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`
  }

  // ---- check your answers ----------------------------------------------------------------

  private answerRows(): { label: string; value: string; field: string }[] {
    const { t } = this
    const d = this.draft
    const none = t('form.check.none')
    const value = (text: string): string => (text.trim() === '' ? none : text.trim())
    const rows: { label: string; value: string; field: string }[] = [
      { label: t('form.kind.legend'), value: d.kind ? t(kindKeys[d.kind]) : none, field: 'kind' },
    ]
    const add = (field: TextField, text: string = d[field]): void => {
      rows.push({ label: t(labelKeys[field]), value: value(text), field })
    }
    if (d.kind === 'complaint') {
      add('decision')
      add('decisionSymbol')
      add('decisionIssuedBy')
      const learnedOn = learnedOnOf(d)
      rows.push({
        label: t('form.learnedOn.label'),
        value: value(learnedOn ? this.calendarDate(learnedOn) : ''),
        field: 'learnedOn',
      })
    }
    if (d.kind === 'denunciation') {
      add('denouncedName')
      add('denouncedPosition')
      add('denouncedAgency')
    }
    if (d.anonymous && anonymityAllowed(d.kind)) {
      rows.push({
        label: t('form.identity.legend'),
        value: t('form.check.anonymous'),
        field: 'anonymous-true',
      })
    } else {
      add('name')
      add('idNumber')
      add('address')
      add('phone')
      add('email')
      if (d.crowd) {
        const others = coSignerCount(d)
        add(
          'coSigners',
          Number.isNaN(others) ? d.coSigners : t('form.check.people', { count: others + 1 }),
        )
        rows.push({
          label: t('form.representatives.legend'),
          value: value(
            d.representatives
              .map((person) =>
                [person.name, person.phone].filter((part) => part.trim() !== '').join(', '),
              )
              .join('; '),
          ),
          field: 'representatives',
        })
      }
    }
    add('place')
    add('subject')
    add('content')
    rows.push({
      label: t('form.attachments.label'),
      value: value(d.attachments.map((file) => file.name).join(', ')),
      field: 'attachments',
    })
    return rows
  }

  private renderCheckStep(): TemplateResult {
    const { t } = this
    return html`${this.stepHeading('form.check.title')}
      ${
        this.rejectedStatus !== undefined
          ? html`<p id="rejected" class="state error" role="alert" tabindex="-1">
              ${t('form.rejected', { status: this.rejectedStatus })}
            </p>`
          : nothing
      }
      ${this.spam ? html`<p class="state error" role="alert">${t('form.spam')}</p>` : nothing}
      <dl class="answers" part="answers">
        ${this.answerRows().map(
          (row) =>
            html`<div class="answer">
              <dt>${row.label}</dt>
              <dd class="answer-value"><bdi>${row.value}</bdi></dd>
              <dd class="answer-action">
                <a
                  href="#${row.field}"
                  @click=${(event: Event) => {
                    event.preventDefault()
                    const step = row.field === 'kind' ? 'kind' : 'details'
                    this.goTo(step, this.controlOf(row.field))
                  }}
                  >${t('form.check.change')}<span class="lt-visually-hidden"> ${row.label}</span></a
                >
              </dd>
            </div>`,
        )}
      </dl>
      <p class="declaration">${t('form.check.declaration')}</p>
      <div class="actions">
        <button
          id="send"
          class="lt-button"
          part="button primary-button"
          type="button"
          @click=${() => void this.send()}
        >
          ${t('form.send')}
        </button>
        ${this.renderBack('details')}
      </div>`
  }

  // ---- outbox and receipt ----------------------------------------------------------------

  private renderOutbox(): TemplateResult {
    const { t } = this
    const outbox = this.outbox
    const text =
      outbox.kind === 'sending'
        ? t('form.sending')
        : outbox.kind === 'offline'
          ? t('form.outbox.offline')
          : t('form.outbox.waiting', {
              reason: outbox.reason,
              time: this.i18n.formatTime(outbox.at, {
                hour: '2-digit',
                minute: '2-digit',
                second: '2-digit',
              }),
            })
    return html`${this.stepHeading('form.outbox.title')}
      <div class="outbox ${outbox.kind}" part="outbox">
        <p class="outbox-status" role="status">${text}</p>
        ${
          outbox.kind === 'sending'
            ? nothing
            : html`<button
                id="send-now"
                class="lt-button"
                part="button primary-button"
                type="button"
                @click=${() => {
                  this.retryNow()
                }}
              >
                ${t('form.outbox.sendNow')}
              </button>`
        }
      </div>`
  }

  private calendarDate(day: string): string {
    return this.i18n.formatDate(utcDay(day), { dateStyle: 'long', timeZone: 'UTC' })
  }

  private renderReceipt(): TemplateResult | typeof nothing {
    const { t } = this
    const receipt = this.receipt
    if (!receipt) return nothing
    return html`<div class="receipt" part="receipt">
        ${this.stepHeading('form.receipt.title')}
        <p class="receipt-code-label">${t('form.receipt.code')}</p>
        <p class="tracking-code" part="tracking-code" dir="ltr">${receipt.trackingCode}</p>
      </div>
      <p>${t('form.receipt.keep')}</p>
      <p>
        ${t('form.receipt.received', {
          date: this.i18n.formatDate(receipt.receivedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
      ${
        this.receiptDue.length > 0
          ? html`<div class="section-heading" role="heading" aria-level=${this.headingLevel + 2}>
                ${t('form.receipt.next')}
              </div>
              <p>${t('form.receipt.nextIntro')}</p>
              <ul class="due-dates">
                ${this.receiptDue.map((due) => {
                  const key = Object.hasOwn(dueStepKeys, due.step)
                    ? dueStepKeys[due.step as keyof typeof dueStepKeys]
                    : undefined
                  return html`<li>
                    <span class="due-step">${key ? t(key) : due.step}</span>
                    <span class="due-on"
                      >${t('petition.status.dueBy', { date: this.calendarDate(due.dueOn) })}</span
                    >
                    ${legalBasisTemplate(due, this.i18n.locale, (basis) =>
                      t('petition.status.legalBasis', { basis }),
                    )}
                  </li>`
                })}
              </ul>`
          : nothing
      }
      <div class="actions">
        <button
          class="lt-button secondary"
          part="button secondary-button"
          type="button"
          @click=${() => {
            this.startOver()
            this.focusAfterRender = 'step-heading'
          }}
        >
          ${t('form.receipt.new')}
        </button>
      </div>`
  }
}

declare global {
  interface HTMLElementEventMap {
    'lt-submit': CustomEvent<PetitionSubmitDetail>
    'lt-submitted': CustomEvent<PetitionSubmittedDetail>
  }
  interface HTMLElementTagNameMap {
    'lt-petition-form': PetitionForm
  }
}
