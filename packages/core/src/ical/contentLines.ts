/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Reads an escaped TEXT value back. */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  )
}

/** A parameter value, quoted when it holds `:`, `;` or `,` (a `"` cannot be written, so it is dropped). */
export function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, '')
  return /[:;,]/.test(clean) ? `"${clean}"` : clean
}

/** Octets of one character (a code point) in UTF-8. */
function utf8Size(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 §3.1),
 * never splitting a character, and ends every line with CRLF.
 */
export function foldLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return `${line}\r\n`
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const char of line) {
    const size = utf8Size(char)
    if (octets + size > limit) {
      parts.push(current)
      current = ' '
      octets = 1
      limit = 75
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n') + '\r\n'
}

/** One content line: its name, parameters and raw value, with the line it starts on. */
export interface ContentLine {
  readonly name: string
  readonly params: Readonly<Record<string, string>>
  readonly value: string
  /** The unfolded text as written. */
  readonly raw: string
  /** 1-based physical line number where the content line starts. */
  readonly line: number
}

/** A problem found while reading, with the line it is on. */
export interface LineProblem {
  readonly line: number
  readonly property: string
  readonly detail: string
  readonly detailVi: string
}

const namePattern = /^[A-Za-z0-9-]+/

/** Splits one unfolded content line into name, parameters and value; `undefined` if malformed. */
export function splitContentLine(raw: string, line: number): ContentLine | undefined {
  const name = namePattern.exec(raw)?.[0]
  if (name === undefined) return undefined
  const params: Record<string, string> = {}
  let at = name.length
  while (raw[at] === ';') {
    const key = namePattern.exec(raw.slice(at + 1))?.[0]
    if (key === undefined || raw[at + 1 + key.length] !== '=') return undefined
    at += key.length + 2
    const values: string[] = []
    for (;;) {
      let value: string
      if (raw[at] === '"') {
        const close = raw.indexOf('"', at + 1)
        if (close < 0) return undefined
        value = raw.slice(at + 1, close)
        at = close + 1
      } else {
        const match = /^[^";:,]*/.exec(raw.slice(at))?.[0] ?? ''
        value = match
        at += match.length
      }
      values.push(value)
      if (raw[at] !== ',') break
      at += 1
    }
    params[key.toUpperCase()] = values.join(',')
  }
  if (raw[at] !== ':') return undefined
  return { name: name.toUpperCase(), params, value: raw.slice(at + 1), raw, line }
}

/**
 * Unfolds an iCalendar text into content lines (a line starting with a space or a tab continues
 * the one before). Blank lines are skipped and reported in `skipped`.
 */
export function unfold(text: string): {
  lines: { text: string; line: number }[]
  skipped: number[]
} {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const lines: { text: string; line: number }[] = []
  const skipped: number[] = []
  physical.forEach((content, index) => {
    const last = lines[lines.length - 1]
    if ((content.startsWith(' ') || content.startsWith('\t')) && last !== undefined) {
      last.text += content.slice(1)
    } else if (content.trim() === '') {
      if (index < physical.length - 1 || content !== '') skipped.push(index + 1)
    } else {
      lines.push({ text: content, line: index + 1 })
    }
  })
  return { lines, skipped }
}
