/**
 * Registers `<lt-petition-status>` (guarded: never throws if the tag is already defined).
 *
 * @packageDocumentation
 */
import { defineElement } from '../internal/define-element.js'
import { PetitionStatus } from './petition-status.js'

defineElement('lt-petition-status', PetitionStatus)
