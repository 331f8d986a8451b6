// Internal: removes known identity strings (a denouncer's name, address, numbers, email) from free
// text, whatever their case, diacritics or spacing. Not exported from the package.
import { normalizeVietnamese } from './normalizeVietnamese.js'

/** What replaces a removed identity string. */
export const REDACTED = '[…]'

/** Folds one UTF-16 code unit to one code unit, so positions in the folded text match the text. */
function foldUnit(unit: string): string {
  const folded = normalizeVietnamese(unit)
  return folded.length === 1 ? folded : ' '
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The patterns a secret may take in folded text: its words separated by any spacing or
 * punctuation; digits (phone and ID numbers) may be grouped in any way (`0912 345 678`).
 */
function patternOf(secret: string): string | undefined {
  const folded = normalizeVietnamese(secret)
  if (folded.replace(/ /g, '').length < 3) return undefined
  if (/^[\d ]+$/.test(folded)) {
    const digits = folded.replace(/ /g, '')
    const alternatives = [digits]
    if (digits.startsWith('0')) alternatives.push(`84${digits.slice(1)}`)
    if (digits.startsWith('84')) alternatives.push(`0${digits.slice(2)}`)
    return alternatives.map((d) => d.split('').join(' *')).join('|')
  }
  return folded.split(' ').map(escapeRegExp).join(' +')
}

/**
 * The secrets worth looking for: each one whole, and for an address its first part (house
 * number and street, before the first comma), which identifies a person on its own.
 */
export function identityStrings(values: readonly (string | undefined)[]): string[] {
  const secrets = new Set<string>()
  for (const value of values) {
    if (value === undefined || value.trim() === '') continue
    secrets.add(value)
    const head = value.split(',')[0]?.trim()
    if (head !== undefined && head !== value && head.split(/\s+/).length >= 3) secrets.add(head)
  }
  return [...secrets]
}

/**
 * Replaces every occurrence of the secrets in `text` with {@link REDACTED}, matching without
 * regard to case, diacritics, spacing or punctuation. The text is composed (NFC) first.
 */
export function scrubText(text: string, secrets: readonly string[]): string {
  const patterns = secrets
    .map(patternOf)
    .filter((p): p is string => p !== undefined)
    .sort((a, b) => b.length - a.length)
  if (patterns.length === 0) return text
  const composed = text.normalize('NFC')
  let folded = ''
  for (const unit of composed) {
    // A character outside the BMP folds to as many spaces as it has code units.
    folded += unit.length === 1 ? foldUnit(unit) : ' '.repeat(unit.length)
  }
  const regex = new RegExp(`(?<![a-z0-9])(?:${patterns.join('|')})(?![a-z0-9])`, 'g')
  const ranges: [number, number][] = []
  for (const match of folded.matchAll(regex)) {
    if (match[0] !== '') ranges.push([match.index, match.index + match[0].length])
  }
  if (ranges.length === 0) return composed
  let out = ''
  let last = 0
  for (const [start, end] of ranges) {
    if (start < last) continue
    out += composed.slice(last, start) + REDACTED
    last = end
  }
  return out + composed.slice(last)
}
