import { html } from 'lit'
import { property, state } from 'lit/decorators.js'
import { afterEach, describe, expect, test } from 'vitest'
import { defineElement } from './define-element.js'
import { fetchFailureMessage, fetchJson, type FetchJsonResult } from './fetch-json.js'
import { loadLocale } from './i18n.js'
import { LienthongElement } from './lienthong-element.js'

/** Routes served by the Vitest browser server (see `testRoutes` in vitest.config.ts). */
const status = (code: number): string => `/__lt-test__/status/${code}`
const slow = (ms: number): string => `/__lt-test__/slow?ms=${ms}`
const json = (text: string): string => `data:application/json,${encodeURIComponent(text)}`

/** A URL that fails like an unreachable server: a revoked blob URL gives a network error. */
function unreachable(): string {
  const url = URL.createObjectURL(new Blob(['{}'], { type: 'application/json' }))
  URL.revokeObjectURL(url)
  return url
}

describe('fetchJson', () => {
  test('returns the parsed JSON', async () => {
    await expect(fetchJson(json('{"meetings":[1,2]}'))).resolves.toEqual({
      ok: true,
      data: { meetings: [1, 2] },
    })
    await expect(fetchJson(status(200))).resolves.toEqual({ ok: true, data: { status: 200 } })
  })

  test('HTTP 500 is an http failure with its status', async () => {
    await expect(fetchJson(status(500))).resolves.toEqual({
      ok: false,
      reason: 'http',
      status: 500,
    })
    await expect(fetchJson(status(404))).resolves.toMatchObject({ reason: 'http', status: 404 })
  })

  test('a body that is not JSON is an invalid failure', async () => {
    const result = await fetchJson(json('{"meetings": [1, 2'))
    expect(result).toMatchObject({ ok: false, reason: 'invalid', status: 200 })
    expect(!result.ok && result.error).toBeInstanceOf(SyntaxError)
  })

  test('a slow server is a timeout failure, well before it answers', async () => {
    const started = performance.now()
    await expect(fetchJson(slow(5000), { timeoutMs: 100 })).resolves.toEqual({
      ok: false,
      reason: 'timeout',
    })
    expect(performance.now() - started).toBeLessThan(2000)
    // The same server within the time limit:
    await expect(fetchJson(slow(20), { timeoutMs: 2000 })).resolves.toMatchObject({ ok: true })
  })

  test('an unreachable address is a network failure', async () => {
    await expect(fetchJson(unreachable())).resolves.toEqual({ ok: false, reason: 'network' })
  })

  test("the caller's signal aborts, before or during the request", async () => {
    const before = new AbortController()
    before.abort()
    await expect(fetchJson(status(200), { signal: before.signal })).resolves.toEqual({
      ok: false,
      reason: 'aborted',
    })
    const during = new AbortController()
    const pending = fetchJson(slow(5000), { signal: during.signal })
    setTimeout(() => {
      during.abort()
    }, 50)
    await expect(pending).resolves.toEqual({ ok: false, reason: 'aborted' })
  })

  test('validate turns unexpected data into an invalid failure carrying the error', async () => {
    const isList = (data: unknown) =>
      Array.isArray(data)
        ? { ok: true as const, value: data as unknown[] }
        : { ok: false as const, error: 'expected a list' }
    const good: FetchJsonResult<unknown[]> = await fetchJson(json('[1]'), { validate: isList })
    expect(good).toEqual({ ok: true, data: [1] })
    await expect(fetchJson(json('{}'), { validate: isList })).resolves.toEqual({
      ok: false,
      reason: 'invalid',
      status: 200,
      error: 'expected a list',
    })
  })

  test('sends Accept: application/json unless told otherwise', async () => {
    // data: URLs ignore headers, so this only checks that custom init is accepted and merged.
    await expect(
      fetchJson(json('1'), { init: { headers: { 'X-Portal': 'hanoi' }, cache: 'no-store' } }),
    ).resolves.toEqual({ ok: true, data: 1 })
  })
})

describe('fetchFailureMessage', () => {
  test('translates each failure; an abort needs no message', async () => {
    await Promise.all((['vi', 'en', 'ja', 'ru'] as const).map(loadLocale))
    expect(fetchFailureMessage({ ok: false, reason: 'http', status: 500 }, 'en')).toBe(
      'The server reported an error (code 500). Try again later.',
    )
    expect(fetchFailureMessage({ ok: false, reason: 'timeout' }, 'vi')).toBe(
      'Máy chủ không phản hồi kịp thời. Vui lòng thử lại sau.',
    )
    expect(fetchFailureMessage({ ok: false, reason: 'network' }, 'ja')).toContain('接続')
    expect(fetchFailureMessage({ ok: false, reason: 'invalid' }, 'ru')).toContain('формат')
    expect(fetchFailureMessage({ ok: false, reason: 'aborted' }, 'ur')).toBeUndefined()
  })
})

/** A tiny data-loading element: what the components do with `src`, in miniature. */
class LoadProbe extends LienthongElement {
  @property() accessor src = ''
  @state() private accessor result: FetchJsonResult<unknown> | undefined

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) this.load()
  }

  load(): void {
    this.result = undefined
    void fetchJson(this.src, { timeoutMs: 200 }).then((result) => {
      this.result = result
    })
  }

  protected override renderContent(): unknown {
    if (!this.result) return html`<p role="status">${this.i18n.t('state.loading')}</p>`
    if (this.result.ok) return html`<p>${JSON.stringify(this.result.data)}</p>`
    return html`<div role="alert">
      <p>${fetchFailureMessage(this.result, this.i18n.locale)}</p>
      <button
        class="lt-button"
        @click=${() => {
          this.load()
        }}
      >
        ${this.i18n.t('action.retry')}
      </button>
    </div>`
  }
}
defineElement('lt-test-load-probe', LoadProbe)

declare global {
  interface HTMLElementTagNameMap {
    'lt-test-load-probe': LoadProbe
  }
}

describe('a loading element', () => {
  afterEach(() => {
    document.body.replaceChildren()
  })

  function loaded(lang: string, src: string): LoadProbe {
    const wrapper = document.body.appendChild(document.createElement('div'))
    wrapper.lang = lang
    const probe = document.createElement('lt-test-load-probe')
    probe.src = src
    return wrapper.appendChild(probe)
  }

  const text = (probe: LoadProbe, selector: string): string =>
    probe.shadowRoot?.querySelector(selector)?.textContent.trim() ?? ''

  test('shows a translated error with a retry button for HTTP 500', async () => {
    const probe = loaded('ja', status(500))
    await expect
      .poll(() => text(probe, '[role=alert] p'))
      .toBe('サーバーでエラーが発生しました（コード 500）。しばらくしてから再度お試しください。')
    expect(text(probe, 'button')).toBe('再試行')
  })

  test('shows a timeout in Urdu, and retrying with a working source shows the data', async () => {
    const probe = loaded('ur', slow(5000))
    await expect
      .poll(() => text(probe, '[role=alert] p'))
      .toBe('سرور نے بروقت جواب نہیں دیا۔ کچھ دیر بعد دوبارہ کوشش کریں۔')
    probe.src = json('{"ok":1}')
    await expect.poll(() => text(probe, 'p')).toBe('{"ok":1}')
  })

  test('invalid JSON is reported as invalid data', async () => {
    const probe = loaded('en', json('not json'))
    await expect
      .poll(() => text(probe, '[role=alert] p'))
      .toBe('The data received is not in the expected format.')
  })
})
