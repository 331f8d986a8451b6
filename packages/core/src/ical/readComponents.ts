import { splitContentLine, unfold, type ContentLine, type LineProblem } from './contentLines.js'

/** A component (VCALENDAR, VEVENT, VTIMEZONE, …) with its properties and sub-components. */
export interface Component {
  readonly name: string
  /** Line of its BEGIN. */
  readonly line: number
  readonly properties: ContentLine[]
  readonly components: Component[]
}

/**
 * Reads an iCalendar text into its component tree. Structural problems (a line that is not
 * `NAME;PARAMS:VALUE`, an END that closes the wrong component, a missing END) are returned, not
 * thrown, each naming its line.
 */
export function readComponents(text: string): {
  calendars: Component[]
  problems: LineProblem[]
  skipped: number[]
} {
  const { lines, skipped } = unfold(text)
  const calendars: Component[] = []
  const stack: Component[] = []
  const problems: LineProblem[] = []
  for (const { text: raw, line } of lines) {
    const content = splitContentLine(raw, line)
    if (content === undefined) {
      problems.push({
        line,
        property: /^[A-Za-z0-9-]+/.exec(raw)?.[0] ?? raw.slice(0, 20),
        detail: `${JSON.stringify(raw.slice(0, 80))} is not a content line NAME;PARAM=VALUE:VALUE`,
        detailVi: `${JSON.stringify(raw.slice(0, 80))} không phải dòng nội dung dạng TÊN;THAM-SỐ=GIÁ-TRỊ:GIÁ-TRỊ`,
      })
      break
    }
    const top = stack[stack.length - 1]
    if (content.name === 'BEGIN') {
      const component: Component = {
        name: content.value.trim().toUpperCase(),
        line,
        properties: [],
        components: [],
      }
      if (top === undefined) {
        if (component.name !== 'VCALENDAR') {
          problems.push({
            line,
            property: 'BEGIN',
            detail: `expected BEGIN:VCALENDAR, found BEGIN:${component.name}`,
            detailVi: `cần BEGIN:VCALENDAR, gặp BEGIN:${component.name}`,
          })
          break
        }
        calendars.push(component)
      } else {
        top.components.push(component)
      }
      stack.push(component)
    } else if (content.name === 'END') {
      const name = content.value.trim().toUpperCase()
      if (top?.name !== name) {
        problems.push({
          line,
          property: 'END',
          detail:
            top === undefined
              ? `END:${name} closes nothing`
              : `END:${name} does not close BEGIN:${top.name} of line ${top.line}`,
          detailVi:
            top === undefined
              ? `END:${name} không đóng thành phần nào`
              : `END:${name} không khớp BEGIN:${top.name} ở dòng ${top.line}`,
        })
        break
      }
      stack.pop()
    } else if (top === undefined) {
      problems.push({
        line,
        property: content.name,
        detail: 'is outside BEGIN:VCALENDAR … END:VCALENDAR',
        detailVi: 'nằm ngoài BEGIN:VCALENDAR … END:VCALENDAR',
      })
      break
    } else {
      top.properties.push(content)
    }
  }
  const open = stack[stack.length - 1]
  if (problems.length === 0 && open !== undefined) {
    problems.push({
      line: open.line,
      property: 'BEGIN',
      detail: `BEGIN:${open.name} is never closed by END:${open.name}`,
      detailVi: `BEGIN:${open.name} không có END:${open.name}`,
    })
  }
  if (problems.length === 0 && calendars.length === 0) {
    problems.push({
      line: 1,
      property: 'BEGIN',
      detail: 'no BEGIN:VCALENDAR found: this is not an iCalendar file',
      detailVi: 'không có BEGIN:VCALENDAR: đây không phải tệp iCalendar',
    })
  }
  return { calendars, problems, skipped }
}
