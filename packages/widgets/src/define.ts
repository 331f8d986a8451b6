/**
 * `@lienthong/widgets/define`: registers every lienthong element under its `lt-` tag.
 *
 * Importing this module is the side effect: `import '@lienthong/widgets/define'`. Registration is
 * guarded ({@link defineElement}), so importing it twice, or next to the CDN bundle, never throws.
 *
 * @packageDocumentation
 */

export { defineElement } from './internal/define-element.js'

// Each component registers itself in its own `<component>/define.ts`:
import './meeting-calendar/define.js'
import './petition-form/define.js'
import './petition-status/define.js'
import './weekly-schedule/define.js'
