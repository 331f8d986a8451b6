import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../src/site.js'
import { errorOf, testApp } from './helpers.js'

const root = mkdtempSync(join(tmpdir(), 'lienthong-site-'))
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Portal</title>')
const bundle = join(mkdtempSync(join(tmpdir(), 'lienthong-bundle-')), 'bundle.js')
writeFileSync(bundle, 'export const x = 1')
const site = { root, files: { '/assets/lienthong-widgets.js': bundle } }

describe('the portal beside the API', () => {
  it('serves the page under a strict Content-Security-Policy', async () => {
    const response = await testApp({ site }).request('/')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(await response.text()).toContain('<title>Portal</title>')
    const policy = response.headers.get('Content-Security-Policy') ?? ''
    expect(policy).toBe(CONTENT_SECURITY_POLICY)
    expect(policy).toContain("default-src 'self'")
    expect(policy).not.toMatch(/unsafe-(inline|eval)/)
  })

  it('serves the widgets’ bundle at its fixed path, as JavaScript', async () => {
    const response = await testApp({ site }).request('/assets/lienthong-widgets.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/)
    expect(await response.text()).toBe('export const x = 1')
  })

  it('keeps the API as it was, and answers a missing file or a path escaping the folder with 404', async () => {
    const app = testApp({ site })
    const api = await app.request('/api/stats/summary')
    expect(api.status).toBe(200)
    expect(api.headers.get('Content-Security-Policy')).toBeNull()
    const missing = await app.request('/nothing.html')
    expect(missing.status).toBe(404)
    expect((await errorOf(missing)).code).toBe('not_found')
    const escaping = await app.request('/%2e%2e/%2e%2e/etc/passwd')
    expect(escaping.status).toBe(404)
  })
})
