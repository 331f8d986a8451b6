/**
 * Registers `<lt-petition-form>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { PetitionForm } from './petition-form.js'

defineElement('lt-petition-form', PetitionForm)

// Re-exported so the declarations of this module name the element's: without an export, tsc
// writes an empty `define.d.ts`, and importing this module would not bring the
// `HTMLElementTagNameMap` entry that types `document.querySelector('lt-petition-form')`.
export { PetitionForm }
