// The portal's static files (examples/portal/public and the widgets' bundle), served beside the
// API with a strict Content-Security-Policy: scripts and styles only from files of this origin,
// no inline code, no eval. The page works under it because the widgets need nothing more.
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'

export interface SiteOptions {
  /** Folder of the site's files; `/` serves its `index.html`. */
  readonly root: string
  /** Files served at fixed paths outside `root`, e.g. `/assets/lienthong-widgets.js`. */
  readonly files?: Readonly<Record<string, string>>
}

/**
 * The policy of every page: everything from this origin only, nothing inline, no plug-ins, no
 * framing, no `<base>` rewriting, forms posting only here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  c.header('Referrer-Policy', 'same-origin')
  c.header('Cross-Origin-Opener-Policy', 'same-origin')
  // Files change when the demo is rebuilt; the browser asks again (Last-Modified) each time.
  c.header('Cache-Control', 'no-cache')
}

/** Routes serving the site's files; anything else falls through to the API's 404. */
export function siteRoutes(options: SiteOptions): Hono {
  const routes = new Hono()
  routes.use('*', securityHeaders)
  for (const [path, file] of Object.entries(options.files ?? {}))
    routes.get(path, serveStatic({ path: file }))
  routes.get('*', serveStatic({ root: options.root }))
  return routes
}
