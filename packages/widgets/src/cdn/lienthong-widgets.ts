/**
 * The self-contained bundle for pages without a build step: Lit included, minified, and every
 * element registered on load.
 *
 * ```html
 * <script type="module" src="https://cdn.example/@lienthong/widgets/dist/cdn/lienthong-widgets.js"></script>
 * ```
 *
 * @packageDocumentation
 */

export * from '../index.js'
export * from '../define.js'
