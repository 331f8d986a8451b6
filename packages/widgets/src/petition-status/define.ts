/**
 * Registers `<lt-petition-status>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { PetitionStatus } from './petition-status.js'

defineElement('lt-petition-status', PetitionStatus)

// Re-exported so the declarations of this module name the element's: without an export, tsc
// writes an empty `define.d.ts`, and importing this module would not bring the
// `HTMLElementTagNameMap` entry that types `document.querySelector('lt-petition-status')`.
export { PetitionStatus }
