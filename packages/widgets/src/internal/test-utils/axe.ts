import axe from 'axe-core'

/**
 * Rules about a whole page (landmarks, a `<main>`, an `<h1>`, the document title and language);
 * a widget is a part of someone else's page, so they do not apply to it.
 */
const pageLevelRules = [
  'region',
  'landmark-one-main',
  'page-has-heading-one',
  'document-title',
  'html-has-lang',
  'bypass',
]

/**
 * Options for {@link expectNoAxeViolations}.
 *
 * @category Testing
 * @example
 * ```ts
 * const options: AxeCheckOptions = { disableRules: ['color-contrast'] }
 * ```
 */
export interface AxeCheckOptions {
  /** Rule ids to switch off for this check, with a comment in the test saying why. */
  readonly disableRules?: readonly string[]
}

/** One violation as readable lines: the rule, what is wrong, where, and how to fix it. */
function describe(violation: axe.Result): string {
  const lines = [
    `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
    `  ${violation.helpUrl}`,
  ]
  for (const node of violation.nodes) {
    lines.push(`  at ${node.target.map((part) => JSON.stringify(part)).join(' ')}`)
    lines.push(`    ${node.html}`)
    for (const line of (node.failureSummary ?? '').split('\n')) {
      if (line.trim()) lines.push(`    ${line.trim()}`)
    }
  }
  return lines.join('\n')
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on an element, including
 * everything inside its shadow root and nested shadow roots, and fails with a readable list of
 * violations. Page-level rules are off: a widget is part of someone else's page. For tests only;
 * not part of the package.
 *
 * @category Testing
 * @param element - A connected element, usually a widget after `await element.updateComplete`.
 * @param options - Rules to switch off.
 * @returns Resolves when there are no violations.
 * @throws `Error` listing each violation: rule, impact, help URL, target and how to fix it.
 * @example
 * ```ts
 * const calendar = document.body.appendChild(document.createElement('lt-meeting-calendar'))
 * await calendar.updateComplete
 * await expectNoAxeViolations(calendar)
 * ```
 */
export async function expectNoAxeViolations(
  element: Element,
  options: AxeCheckOptions = {},
): Promise<void> {
  if (!element.isConnected) {
    throw new Error(`expectNoAxeViolations: <${element.localName}> is not in the document.`)
  }
  const rules = Object.fromEntries(
    [...pageLevelRules, ...(options.disableRules ?? [])].map((id) => [id, { enabled: false }]),
  )
  const results = await axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules,
    resultTypes: ['violations'],
  })
  if (results.violations.length === 0) return
  const count = results.violations.length
  throw new Error(
    [
      `${count} accessibility rule${count === 1 ? '' : 's'} violated in <${element.localName}>:`,
      ...results.violations.map(describe),
    ].join('\n'),
  )
}
