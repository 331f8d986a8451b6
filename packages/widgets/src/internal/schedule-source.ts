import type { Meeting } from '@lienthong/core/meeting'
import type { Organization, Person, Venue } from '@lienthong/core/office'
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit'
import { fetchJson, type FetchJsonFailure } from './fetch-json.js'
import { isCalendarFeed, loadCalendarFeed } from './schedule-ics.js'
import {
  detectScheduleConflicts,
  parseScheduleDocument,
  type ScheduleConflict,
  type ScheduleData,
} from './schedule-data.js'

/** The properties an element showing meetings has (see `<lt-weekly-schedule>`). */
export interface ScheduleInputs {
  readonly src: string
  readonly timeout: number
  readonly meetings: readonly Meeting[]
  readonly people: readonly Person[]
  readonly venues: readonly Venue[]
  readonly organizations: readonly Organization[]
  readonly conflicts: readonly ScheduleConflict[] | undefined
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'error'

const emptyData: ScheduleData = {
  meetings: [],
  people: [],
  venues: [],
  organizations: [],
  conflicts: [],
  invalid: [],
}

const inputNames = ['src', 'meetings', 'people', 'venues', 'organizations', 'conflicts'] as const

/**
 * The data of an element that shows meetings, from its properties or its `src` URL: loads and
 * validates the document (with a timeout, aborting on a new `src` or on disconnection), and
 * finds double bookings with core's `detectConflicts` when no conflicts were given. The host
 * calls {@link ScheduleSource.sync} from `willUpdate`. Internal.
 */
export class ScheduleSource implements ReactiveController {
  state: LoadState = 'idle'
  failure: FetchJsonFailure | undefined
  private loaded: ScheduleData | undefined
  private detected: readonly ScheduleConflict[] = []
  private request: AbortController | undefined
  private reloadOnConnect = false
  private detection = 0

  /**
   * @param host - The element; its properties are read through `inputs`.
   * @param inputs - Reads the host's data properties.
   * @param name - The element's tag, for console messages.
   * @param locale - The language of validation messages.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => ScheduleInputs,
    private readonly name: string,
    private readonly locale: () => 'vi' | 'en',
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    if (this.reloadOnConnect) this.load()
  }

  hostDisconnected(): void {
    if (this.request) {
      this.request.abort()
      this.request = undefined
      this.reloadOnConnect = this.state === 'loading'
    }
  }

  /** Starts loading or looking for conflicts when the inputs that matter changed. */
  sync(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('timeout')) this.load()
    if (inputNames.some((name) => changed.has(name))) this.detect()
  }

  /**
   * The data shown: from `src` when set, otherwise from the properties. Its conflicts are the
   * `conflicts` property when set, else those of the `src` document, else the double bookings
   * found with core's `detectConflicts`.
   */
  get data(): ScheduleData {
    const base = this.base
    const conflicts =
      this.inputs().conflicts ?? (base.conflicts.length > 0 ? base.conflicts : this.detected)
    return { ...base, conflicts }
  }

  /**
   * From `src`, the loaded document, whose people, venues and organisations fall back to the
   * properties when it has none (an `.ics` feed names no one); otherwise the properties.
   */
  private get base(): ScheduleData {
    const inputs = this.inputs()
    if (inputs.src) {
      const loaded = this.loaded ?? emptyData
      return {
        ...loaded,
        people: loaded.people.length > 0 ? loaded.people : inputs.people,
        venues: loaded.venues.length > 0 ? loaded.venues : inputs.venues,
        organizations:
          loaded.organizations.length > 0 ? loaded.organizations : inputs.organizations,
      }
    }
    return {
      meetings: inputs.meetings,
      people: inputs.people,
      venues: inputs.venues,
      organizations: inputs.organizations,
      conflicts: [],
      invalid: [],
    }
  }

  /** Loads `src` again (what a retry button does). */
  load(): void {
    this.request?.abort()
    this.request = undefined
    this.reloadOnConnect = false
    this.failure = undefined
    const { src, timeout } = this.inputs()
    if (!src) {
      this.loaded = undefined
      this.state = 'idle'
      return
    }
    const request = new AbortController()
    this.request = request
    this.state = 'loading'
    this.host.requestUpdate()
    void this.fetchDocument(src, timeout, request.signal).then((result) => {
      if (request !== this.request) return
      this.request = undefined
      if (result.ok) {
        this.loaded = result.data
        this.state = 'ready'
        if (result.data.invalid.length > 0) {
          console.warn(
            `<${this.name}>: left out ${result.data.invalid.length} invalid item(s) from ${src}`,
            result.data.invalid,
          )
        }
        this.detect()
      } else if (result.reason !== 'aborted') {
        this.failure = result
        this.state = 'error'
      }
      this.host.requestUpdate()
    })
  }

  /** Fetches and validates the document; never throws. */
  private async fetchDocument(
    src: string,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<{ ok: true; data: ScheduleData } | FetchJsonFailure> {
    if (isCalendarFeed(src)) return loadCalendarFeed(src, timeoutMs, signal, this.locale())
    const result = await fetchJson(src, { signal, timeoutMs })
    if (!result.ok) return result
    let parsed: Awaited<ReturnType<typeof parseScheduleDocument>>
    try {
      parsed = await parseScheduleDocument(result.data, this.locale())
    } catch (error) {
      // Core's validators are loaded on first use: a failed chunk load is a network error.
      return { ok: false, reason: 'network', error }
    }
    if (signal.aborted) return { ok: false, reason: 'aborted' }
    return parsed.ok
      ? { ok: true, data: parsed.value }
      : { ok: false, reason: 'invalid', error: parsed.error }
  }

  /** Looks for double bookings when no conflicts were given. */
  private detect(): void {
    const token = ++this.detection
    const base = this.base
    if (this.inputs().conflicts || base.conflicts.length > 0 || base.meetings.length === 0) {
      this.detected = []
      return
    }
    void detectScheduleConflicts(base).then((found) => {
      if (token !== this.detection) return
      this.detected = found
      this.host.requestUpdate()
    })
  }
}
