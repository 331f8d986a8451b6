/**
 * Registers `<lt-petition-form>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { PetitionForm } from './petition-form.js'

defineElement('lt-petition-form', PetitionForm)
