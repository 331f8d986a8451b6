// Internal: a heuristic for "is this petition written in Vietnamese?" (Circular 07/2014/TT-TTCP
// Art 6 asks for Vietnamese). Not exported from the package.
import { normalizeVietnamese } from './normalizeVietnamese.js'

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu

/**
 * One Vietnamese syllable written without diacritics: an optional initial consonant (cluster),
 * a vowel nucleus, an optional final consonant. English words such as "request", "land" or
 * "with" do not fit; most Vietnamese syllables do.
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/

/** Words needed before the text is judged at all. */
const MIN_WORDS = 4

/**
 * Whether a text looks Vietnamese. Heuristic, in this order:
 *
 * 1. fewer than 4 words: yes (too little to judge; never refuse a short text);
 * 2. at least 20% of the words carry a letter only Vietnamese uses (ă, ơ, ư, đ, tone marks): yes;
 * 3. otherwise (text typed without diacritics, or another language) fold it and count the words
 *    that are Vietnamese syllables (initial consonant + vowels + final consonant) or numbers:
 *    yes when at least 70% are.
 *
 * English, French or Chinese text fails both tests; Vietnamese typed without diacritics passes
 * the second. Mixed text (a Vietnamese letter quoting an English document) passes.
 */
export function looksVietnamese(text: string): boolean {
  const composed = text.normalize('NFC')
  const words = composed.split(/[\s\p{P}\p{S}]+/u).filter((word) => word !== '')
  if (words.length < MIN_WORDS) return true
  const marked = words.filter((word) => VIETNAMESE_LETTER.test(word)).length
  if (marked / words.length >= 0.2) return true
  const folded = normalizeVietnamese(composed).split(' ')
  const syllables = folded.filter((word) => /^\d+$/.test(word) || SYLLABLE.test(word)).length
  return syllables / folded.length >= 0.7
}
