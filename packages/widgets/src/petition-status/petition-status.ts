import { errorSummaryStyles } from '../internal/error-summary-styles.js'
import { importJitless } from '../internal/import-jitless.js'
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import {
  defaultFetchTimeoutMs,
  fetchFailureMessage,
  fetchJson,
  type FetchFailureReason,
  type FetchJsonFailure,
} from '../internal/fetch-json.js'
import { legalBasisTemplate } from '../internal/legal-basis.js'
import { LienthongElement } from '../internal/lienthong-element.js'
import { baseStyles } from '../internal/styles.js'
import { statusMessages, type StatusMessageKey } from './messages/index.js'
import { petitionStatusStyles } from './petition-status.styles.js'
import {
  dueStatusKeys,
  dueStepKeys,
  eventKeys,
  kindKeys,
  parsePetitionStatus,
  stageKeys,
  type PetitionStatusData,
  type PetitionStatusDueDate,
} from './status-data.js'

/** A valid code shown in the hint and in the format error. */
const exampleCode = 'K7M4-X9QP-R2Y'

/** The example isolated from the text around it, so it reads left to right in Urdu too. */
const isolatedExample = `\u2068${exampleCode}\u2069`

/**
 * Why a code typed in was not looked up: nothing typed, not 11 symbols of the code's alphabet, or
 * a wrong check character (a mistyped or swapped symbol).
 *
 * @category Petition
 * @example
 * ```ts
 * import type { TrackingCodeProblem } from '@lienthong/widgets'
 *
 * const problem: TrackingCodeProblem = 'check'
 * ```
 */
export type TrackingCodeProblem = 'required' | 'format' | 'check'

const problemKeys = {
  required: 'petition.lookup.required',
  format: 'petition.lookup.format',
  check: 'petition.lookup.check',
} as const satisfies Readonly<Record<TrackingCodeProblem, StatusMessageKey>>

/**
 * The `detail` of an `lt-lookup` event: the code looked up and the public status found.
 *
 * @category Events
 * @example
 * ```ts
 * import type { PetitionLookupDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-petition-status')?.addEventListener('lt-lookup', (event) => {
 *   const { trackingCode, status }: PetitionLookupDetail = event.detail
 *   console.log(trackingCode, status.stage)
 * })
 * ```
 */
export interface PetitionLookupDetail {
  /** The code in canonical form (`XXXX-XXXX-XXX`). */
  readonly trackingCode: string
  readonly status: PetitionStatusData
}

/**
 * The `detail` of an `lt-error` event from `<lt-petition-status>`: a look-up that failed.
 * `not-found` is the server's 404 (no petition has the code); the other reasons are those of
 * `fetchJson` (`http` for any other error status).
 *
 * @category Events
 * @example
 * ```ts
 * import type { PetitionStatusErrorDetail } from '@lienthong/widgets'
 *
 * document.querySelector('lt-petition-status')?.addEventListener('lt-error', (event) => {
 *   const { reason, status }: PetitionStatusErrorDetail = event.detail
 *   console.log(reason, status)
 * })
 * ```
 */
export interface PetitionStatusErrorDetail {
  /** The code in canonical form (`XXXX-XXXX-XXX`). */
  readonly trackingCode: string
  readonly reason: 'not-found' | Exclude<FetchFailureReason, 'aborted'>
  /** The HTTP status, when a response arrived. */
  readonly status?: number
}

type PetitionCore = typeof import('../internal/petition-core-lazy.js')
let petitionCore: Promise<PetitionCore> | undefined

/**
 * Loads core's tracking-code checks on first use, after switching off zod's `eval` probe (core's
 * petition area builds zod schemas when it loads; under a strict CSP the probe is a violation).
 */
function loadPetitionCore(): Promise<PetitionCore> {
  petitionCore ??= importJitless(() => import('../internal/petition-core-lazy.js'))
  return petitionCore
}

/**
 * What is wrong with a code typed in, or `undefined` when it is a valid code. Crockford's base 32:
 * case, spaces and hyphens do not matter; `O`, `I`, `L` read as `0`, `1`, `1`; `U` is not used.
 */
function problemOf(value: string, core: PetitionCore): TrackingCodeProblem | undefined {
  if (value.replace(/[\s-]/g, '') === '') return 'required'
  return core.trackingCodeProblem(value)
}

type LoadState = 'idle' | 'loading' | 'ready' | 'error'

/**
 * Looks a petition up by its tracking code (mã tra cứu) and shows what a citizen may see: the
 * stage it has reached, the agency handling it, the kind of petition, the time limits still
 * ahead and whether they are being met, and a timeline of the steps taken, with dates. No
 * personal data: only the known public fields of the answer are read, and everything is shown as
 * text, never as HTML.
 *
 * The form follows GOV.UK's patterns: a label, a hint with the code's format, inline errors and
 * an error summary that takes focus, validation on submit and on leaving the field (never while
 * typing). The code is checked with its check character (core's `trackingCodeProblem`) before any
 * request, so a mistyped character is caught on the device and the message says so.
 *
 * The status comes from `GET {api}/api/petitions/{code}` (the reference server's contract, with
 * the code in canonical form), or from `src-template` with `{code}` replaced. A 404 says that no
 * petition has the code; network errors, timeouts and server errors have a retry button.
 * Agencies are named from the `organizations` property (`{ id, name }` items), else shown by id.
 *
 * @summary A petition status look-up: tracking-code form, stage, due dates and timeline.
 *
 * @csspart title - The heading above the form.
 * @csspart form - The look-up form.
 * @csspart label - The label of the tracking-code field.
 * @csspart hint - The hint under the label (the code's format).
 * @csspart input - The tracking-code field.
 * @csspart field-error - The inline error message of the field.
 * @csspart error-summary - The error summary above the form.
 * @csspart button - Every button (look up, retry).
 * @csspart submit-button - The look-up button.
 * @csspart retry-button - The retry button.
 * @csspart loading - The loading message.
 * @csspart error - The box of a failed look-up (message and retry button).
 * @csspart status - The result: the petition's status.
 * @csspart heading - The heading of the result.
 * @csspart stage - The stage badge.
 * @csspart details - The list of facts (kind, dates, agency, outcome).
 * @csspart due-dates - The list of time limits.
 * @csspart due-status - The word saying whether a time limit is being met.
 * @csspart timeline - The list of steps taken.
 * @csspart event - One step in the timeline.
 *
 * @cssprop --lt-petition-stage-background - Background of the stage badge (default `#e8f0fb`).
 * @cssprop --lt-petition-timeline-color - The line and dots of the timeline (default `--lt-color-primary`).
 * @cssprop --lt-petition-input-width - Width of the tracking-code field (default `16ch`).
 * @cssprop --lt-color-primary - Buttons, links.
 * @cssprop --lt-color-danger - Errors and missed time limits.
 * @cssprop --lt-color-success - Time limits met.
 * @cssprop --lt-font-family - All text.
 *
 * @fires {CustomEvent<PetitionLookupDetail>} lt-lookup - A status was found and is shown; `detail` has the canonical
 *   `trackingCode` and the `status`.
 * @fires {CustomEvent<PetitionStatusErrorDetail>} lt-error - A look-up failed; `detail` has the `trackingCode`, the
 *   `reason` (`not-found`, `network`, `timeout`, `http`, `invalid`) and the HTTP `status` if any.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/lienthong-widgets.js"></script>
 * <lt-petition-status api="https://tiepdan.example.gov.vn"></lt-petition-status>
 * <!-- or look a code up on load, from a static file per code: -->
 * <lt-petition-status src-template="/tra-cuu/{code}.json" code="K7M4-X9QP-R2Y"></lt-petition-status>
 * ```
 *
 * ```ts
 * import '@lienthong/widgets/define'
 *
 * const lookup = document.createElement('lt-petition-status')
 * lookup.organizations = [{ id: 'ubnd-ba-dinh', name: 'UBND phường Ba Đình' }]
 * lookup.addEventListener('lt-lookup', (event) => console.log(event.detail.status.stage))
 * document.body.append(lookup)
 * ```
 */
export class PetitionStatus extends LienthongElement {
  static override styles = [baseStyles, errorSummaryStyles, petitionStatusStyles]

  /** The element's messages: its own catalog, and the widgets' shared one. */
  private readonly t = this.i18n.translator(statusMessages)

  /**
   * The base URL of the API (`https://host/prefix`); the element requests
   * `{api}/api/petitions/{code}`. Empty (the default): the page's own origin.
   */
  @property() accessor api = ''

  /**
   * A URL with `{code}` in it, used instead of `api` (e.g. `/tra-cuu/{code}.json`); the code is
   * inserted in canonical form, URL-encoded.
   */
  @property({ attribute: 'src-template' }) accessor srcTemplate = ''

  /** A tracking code to look up as soon as the element is shown (and whenever it changes). */
  @property() accessor code = ''

  /** Milliseconds to wait for the server before showing a timeout error. */
  @property({ type: Number }) accessor timeout = defaultFetchTimeoutMs

  /**
   * The `aria-level` of the element's heading (2 by default); the error summary's and the result's
   * headings are one level below, the result's sections two.
   */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2

  /** Names of agencies by id, for the agency handling the petition and the forwarding steps. */
  @property({ attribute: false }) accessor organizations: readonly {
    readonly id: string
    readonly name: string
  }[] = []

  @state() private accessor value = ''
  @state() private accessor problem: TrackingCodeProblem | undefined = undefined
  @state() private accessor summaryShown = false
  @state() private accessor loadState: LoadState = 'idle'
  @state() private accessor failure: FetchJsonFailure | undefined = undefined
  @state() private accessor result: PetitionStatusData | undefined = undefined
  @state() private accessor lookedUp = ''

  private request: AbortController | undefined
  private focusAfterLoad = false
  private resumeOnConnect = false

  /** The status shown, if any. */
  get status(): PetitionStatusData | undefined {
    return this.result
  }

  override connectedCallback(): void {
    super.connectedCallback()
    // Ready before the first submit, so validation is immediate.
    void loadPetitionCore()
    if (this.resumeOnConnect) {
      this.resumeOnConnect = false
      this.load(this.lookedUp)
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    if (this.request) {
      // Moved or removed mid-request: stop it, and ask again if the element comes back.
      this.request.abort()
      this.request = undefined
      this.resumeOnConnect = true
    }
  }

  /**
   * Validates `code` and looks it up, as submitting the form does (without moving focus).
   *
   * @param code - A tracking code in any accepted spelling.
   * @returns Whether the code was valid (and a request started).
   */
  async lookUp(code: string): Promise<boolean> {
    this.value = code
    return this.submit(false)
  }

  /** Repeats the last look-up (what the retry button does). */
  retry(): void {
    if (!this.lookedUp) return
    this.focusAfterLoad = true
    this.load(this.lookedUp)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) void this.lookUp(this.code)
  }

  protected override updated(): void {
    if (!this.focusAfterLoad || this.loadState === 'loading') return
    this.focusAfterLoad = false
    const target = this.renderRoot.querySelector<HTMLElement>(
      this.loadState === 'error' ? '.retry' : '.status-heading',
    )
    target?.focus()
  }

  // ---- validation and loading ----------------------------------------------------------------

  private async submit(moveFocus: boolean): Promise<boolean> {
    const core = await loadPetitionCore()
    this.problem = problemOf(this.value, core)
    this.summaryShown = this.problem !== undefined
    if (this.problem) {
      // The status or error of an earlier code no longer answers what is in the field.
      this.request?.abort()
      this.request = undefined
      this.loadState = 'idle'
      this.result = undefined
      this.failure = undefined
      if (moveFocus) {
        await this.updateComplete
        this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus()
      }
      return false
    }
    const canonical = core.normalizeTrackingCode(this.value) ?? this.value
    this.value = canonical
    this.focusAfterLoad = moveFocus
    this.load(canonical)
    return true
  }

  private async validateOnBlur(): Promise<void> {
    // Leaving an empty field is not an error yet (someone moving through the page).
    if (this.value.trim() === '' && this.problem === undefined) return
    const core = await loadPetitionCore()
    this.problem = problemOf(this.value, core)
    if (!this.problem) this.summaryShown = false
  }

  private url(code: string): string {
    const encoded = encodeURIComponent(code)
    if (this.srcTemplate) return this.srcTemplate.replaceAll('{code}', encoded)
    return `${this.api.replace(/\/+$/, '')}/api/petitions/${encoded}`
  }

  private load(code: string): void {
    this.request?.abort()
    const request = new AbortController()
    this.request = request
    this.lookedUp = code
    this.loadState = 'loading'
    this.failure = undefined
    this.result = undefined
    void fetchJson(this.url(code), {
      timeoutMs: this.timeout,
      signal: request.signal,
      validate: parsePetitionStatus,
    }).then((answer) => {
      if (request !== this.request) return
      this.request = undefined
      if (answer.ok) {
        this.result = answer.data
        this.loadState = 'ready'
        const detail: PetitionLookupDetail = { trackingCode: code, status: answer.data }
        this.dispatchEvent(new CustomEvent('lt-lookup', { detail, bubbles: true, composed: true }))
        return
      }
      if (answer.reason === 'aborted') return
      this.failure = answer
      this.loadState = 'error'
      const reason = answer.reason === 'http' && answer.status === 404 ? 'not-found' : answer.reason
      const detail: PetitionStatusErrorDetail = {
        trackingCode: code,
        reason,
        ...(answer.status === undefined ? {} : { status: answer.status }),
      }
      this.dispatchEvent(new CustomEvent('lt-error', { detail, bubbles: true, composed: true }))
    })
  }

  private readonly focusField = (event: Event): void => {
    event.preventDefault()
    const input = this.renderRoot.querySelector<HTMLInputElement>('#code')
    input?.scrollIntoView({ block: 'center' })
    input?.focus()
  }

  // ---- formatting ----------------------------------------------------------------------------

  private agencyName(id: string): string {
    return this.organizations.find((organization) => organization.id === id)?.name ?? id
  }

  private dateTime(date: Date): string {
    return this.i18n.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' })
  }

  private calendarDate(day: string): string {
    const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
    return this.i18n.formatDate(Date.UTC(year, month - 1, date), {
      dateStyle: 'long',
      timeZone: 'UTC',
    })
  }

  private list(items: readonly string[]): string {
    return new Intl.ListFormat(this.i18n.lang, { type: 'conjunction' }).format(items)
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.headingLevel}>
        ${this.t('petition.lookup.title')}
      </div>
      ${this.renderSummary()} ${this.renderForm()}
      <div class="outcome">${this.renderOutcome()}</div>`
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.summaryShown || !this.problem) return nothing
    return html`<div
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
        ${this.t('petition.lookup.errorSummary')}
      </div>
      <ul class="summary-list">
        <li>
          <a href="#code" @click=${this.focusField}>${this.problemMessage(this.problem)}</a>
        </li>
      </ul>
    </div>`
  }

  private problemMessage(problem: TrackingCodeProblem): string {
    return problem === 'format'
      ? this.t('petition.lookup.format', { example: isolatedExample })
      : this.t(problemKeys[problem])
  }

  private renderForm(): TemplateResult {
    const { t } = this
    const problem = this.problem
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-labelledby="form-title"
      @submit=${(event: Event) => {
        event.preventDefault()
        void this.submit(true)
      }}
    >
      <div class="field ${problem ? 'field-invalid' : ''}">
        <label id="form-title" class="label" for="code" part="label"
          >${t('petition.lookup.label')}</label
        >
        <div id="code-hint" class="hint" part="hint">
          ${t('petition.lookup.hint', { example: isolatedExample })}
        </div>
        ${
          problem
            ? html`<p id="code-error" class="field-error" part="field-error">
                <span class="lt-visually-hidden">${t('petition.lookup.errorPrefix')}</span>
                ${this.problemMessage(problem)}
              </p>`
            : nothing
        }
        <div class="row">
          <input
            id="code"
            class="input"
            part="input"
            name="code"
            type="text"
            dir="ltr"
            autocomplete="off"
            autocapitalize="characters"
            inputmode="text"
            spellcheck="false"
            maxlength="50"
            aria-describedby=${problem ? 'code-hint code-error' : 'code-hint'}
            aria-invalid=${problem ? 'true' : 'false'}
            .value=${this.value}
            @input=${(event: Event) => {
              this.value = (event.target as HTMLInputElement).value
            }}
            @blur=${() => void this.validateOnBlur()}
          />
          <button class="lt-button submit" part="button submit-button" type="submit">
            ${t('petition.lookup.submit')}
          </button>
        </div>
      </div>
    </form>`
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const { t } = this
    switch (this.loadState) {
      case 'idle':
        return nothing
      case 'loading':
        return html`<p class="state loading" role="status" part="loading">
          ${t('petition.lookup.loading')}
        </p>`
      case 'error':
        return this.renderError()
      case 'ready':
        return this.result ? this.renderStatus(this.result) : nothing
    }
  }

  private renderError(): TemplateResult {
    const failure = this.failure
    const notFound = failure?.reason === 'http' && failure.status === 404
    const message = notFound
      ? this.t('petition.lookup.notFound', { code: this.lookedUp })
      : ((failure && fetchFailureMessage(failure, this.i18n.locale)) ?? '')
    return html`<div class="state error" role="alert" part="error">
      <p class="error-message">${message}</p>
      ${
        notFound
          ? nothing
          : html`<button
              class="lt-button retry"
              part="button retry-button"
              type="button"
              @click=${() => {
                this.retry()
              }}
            >
              ${this.t('action.retry')}
            </button>`
      }
    </div>`
  }

  private renderStatus(status: PetitionStatusData): TemplateResult {
    const { t } = this
    const level = this.headingLevel + 1
    const code = this.lookedUp
    return html`<section class="status" part="status" aria-labelledby="status-heading">
      <div
        id="status-heading"
        class="status-heading"
        part="heading"
        role="heading"
        aria-level=${level}
        tabindex="-1"
      >
        ${t('petition.status.heading', { code: '\u2068' + code + '\u2069' })}
      </div>
      <dl class="details" part="details">
        <div>
          <dt>${t('petition.status.stage')}</dt>
          <dd>
            <span class="stage ${status.open ? 'open' : 'closed'}" part="stage"
              >${t(stageKeys[status.stage])}</span
            >
            <span class="open-state"
              >${t(status.open ? 'petition.status.open' : 'petition.status.closed')}</span
            >
          </dd>
        </div>
        <div>
          <dt>${t('petition.status.handledBy')}</dt>
          <dd><bdi class="agency">${this.agencyName(status.handledById)}</bdi></dd>
        </div>
        ${
          status.kinds.length > 0
            ? html`<div>
                <dt>${t('petition.status.kinds')}</dt>
                <dd>${this.list(status.kinds.map((kind) => t(kindKeys[kind])))}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t('petition.status.received')}</dt>
          <dd>
            <time datetime=${status.receivedAt.toISOString()}
              >${this.dateTime(status.receivedAt)}</time
            >
          </dd>
        </div>
        <div>
          <dt>${t('petition.status.updated')}</dt>
          <dd>
            <time datetime=${status.updatedAt.toISOString()}
              >${this.dateTime(status.updatedAt)}</time
            >
          </dd>
        </div>
        ${
          status.outcome
            ? html`<div>
                <dt>${t('petition.status.outcome')}</dt>
                <dd>${t(stageKeys[status.outcome])}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${status.dueDates.length > 0 ? this.renderDueDates(status.dueDates, level + 1) : nothing}
      ${status.steps.length > 0 ? this.renderTimeline(status, level + 1) : nothing}
      <p class="privacy">${t('petition.status.privacy')}</p>
    </section>`
  }

  private renderDueDates(
    dueDates: readonly PetitionStatusDueDate[],
    level: number,
  ): TemplateResult {
    const { t } = this
    return html`<div class="section-heading" role="heading" aria-level=${level}>
        ${t('petition.status.dueDates')}
      </div>
      <ul class="due-dates" part="due-dates">
        ${dueDates.map((due) => {
          const stepKey = Object.hasOwn(dueStepKeys, due.step)
            ? dueStepKeys[due.step as keyof typeof dueStepKeys]
            : undefined
          return html`<li class="due ${due.status ?? ''}">
            <span class="due-step">${stepKey ? t(stepKey) : due.step}</span>
            <span class="due-on"
              >${t('petition.status.dueBy', { date: this.calendarDate(due.dueOn) })}</span
            >
            ${
              due.status
                ? html`<span class="due-status ${due.status}" part="due-status"
                    >${t(dueStatusKeys[due.status])}</span
                  >`
                : nothing
            }
            ${legalBasisTemplate(due, this.i18n.locale, (basis) =>
              t('petition.status.legalBasis', { basis }),
            )}
          </li>`
        })}
      </ul>`
  }

  private renderTimeline(status: PetitionStatusData, level: number): TemplateResult {
    const { t } = this
    return html`<div class="section-heading" role="heading" aria-level=${level}>
        ${t('petition.status.timeline')}
      </div>
      <ol class="timeline" part="timeline">
        ${status.steps.map(
          (step) =>
            html`<li class="event" part="event">
              <time datetime=${step.at.toISOString()}>${this.dateTime(step.at)}</time>
              <span class="event-name">${t(eventKeys[step.type])}</span>
              ${
                step.agencyId
                  ? html`<span class="event-agency"
                      >${t('petition.status.forwardedTo', {
                        agency: '\u2068' + this.agencyName(step.agencyId) + '\u2069',
                      })}</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ol>`
  }
}

declare global {
  interface HTMLElementEventMap {
    'lt-lookup': CustomEvent<PetitionLookupDetail>
    'lt-error': CustomEvent<PetitionStatusErrorDetail>
  }
  interface HTMLElementTagNameMap {
    'lt-petition-status': PetitionStatus
  }
}
