// The reference of every lienthong element — attributes, properties, methods, events, slots,
// CSS parts and CSS custom properties — rendered as Markdown from the Custom Elements Manifest
// (custom-elements.json, written by `cem analyze` in the build). The manifest is what editors and
// tools read, so documenting it here documents it everywhere.
//
// Fails, listing every gap, when an element or one of its public members has no description:
// the reference must be complete, like typedoc's for core (warnings are errors).
//
//   node scripts/elements-reference.mjs [out-dir]   (default: ../../docs/widgets-api)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const manifestUrl = new URL('../custom-elements.json', import.meta.url)
const outDir = resolve(
  process.argv[2] ?? fileURLToPath(new URL('../../../docs/widgets-api/', import.meta.url)),
)

if (!existsSync(manifestUrl)) {
  console.error(
    'custom-elements.json is missing: build the widgets first (pnpm --filter @lienthong/widgets build).',
  )
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'))

/** Every class declaration with the module it lives in. */
const declarations = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })),
)
const elements = declarations
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))

/** Public: neither private nor protected, and not a `#private` or `_internal` name. */
const isPublic = (member) => !member.privacy && !/^[#_]/.test(member.name)

/** Everything a reader of the element's page may use, by section. */
function contractOf(element) {
  const members = (element.members ?? []).filter(isPublic).filter((member) => !member.static)
  return {
    attributes: element.attributes ?? [],
    properties: members.filter((member) => member.kind === 'field'),
    methods: members.filter((member) => member.kind === 'method'),
    events: element.events ?? [],
    slots: element.slots ?? [],
    parts: element.cssParts ?? [],
    cssProperties: element.cssProperties ?? [],
  }
}

/** What an element leaves undocumented, as readable lines. */
function gapsOf(element) {
  const gaps = []
  const source = element.modulePath.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')
  const where = `<${element.tagName}> (${element.name}, ${source})`
  if (!element.summary?.trim()) gaps.push(`${where}: no @summary in the class comment`)
  if (!element.description?.trim()) gaps.push(`${where}: no description in the class comment`)
  const contract = contractOf(element)
  const label = {
    attributes: 'attribute',
    properties: 'property',
    methods: 'method',
    events: 'event (@fires)',
    slots: 'slot (@slot)',
    parts: 'CSS part (@csspart)',
    cssProperties: 'CSS custom property (@cssprop)',
  }
  for (const [section, items] of Object.entries(contract)) {
    for (const item of items) {
      if (!item.description?.trim()) {
        gaps.push(`${where}: ${label[section]} "${item.name || '(default)'}" has no description`)
      }
    }
  }
  for (const event of contract.events) {
    if (!event.type?.text)
      gaps.push(`${where}: event "${event.name}" has no type (@fires {CustomEvent<…>})`)
  }
  return gaps
}

const oneLine = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()

/** A table cell: one line, pipes escaped (also inside code spans, as GitHub's tables need). */
const cell = (text) => oneLine(text).replace(/\|/g, '\\|')

const code = (text) => (text ? `\`${oneLine(text).replace(/`/g, "'")}\`` : '')

function table(headings, rows) {
  if (rows.length === 0) return ''
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

function section(title, body) {
  return body ? `## ${title}\n\n${body}\n` : ''
}

function elementPage(element) {
  const contract = contractOf(element)
  const fieldOf = new Map(contract.properties.map((property) => [property.name, property]))
  const attributeOf = new Map(
    contract.attributes.map((attribute) => [attribute.fieldName, attribute]),
  )
  const definer = manifest.modules.find((module) =>
    (module.exports ?? []).some(
      (entry) => entry.kind === 'custom-element-definition' && entry.name === element.tagName,
    ),
  )
  const typeOf = (item) => item.type?.text ?? fieldOf.get(item.fieldName)?.type?.text ?? ''

  const parts = [
    `# \`<${element.tagName}>\``,
    '',
    `_${cell(element.summary)}_`,
    '',
    `Class \`${element.name}\` in \`${element.modulePath}\`${definer ? `, registered by \`${definer.path}\`` : ''}.`,
    '',
    element.description.trim(),
    '',
    section(
      'Attributes',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        contract.attributes.map((attribute) => [
          code(attribute.name),
          code(attribute.fieldName),
          code(typeOf(attribute)),
          code(attribute.default),
          attribute.description,
        ]),
      ),
    ),
    section(
      'Properties',
      table(
        ['Property', 'Attribute', 'Type', 'Default', 'Description'],
        contract.properties.map((property) => [
          code(property.name) + (property.readonly ? ' (read-only)' : ''),
          code(attributeOf.get(property.name)?.name),
          code(property.type?.text),
          code(property.default),
          property.description,
        ]),
      ),
    ),
    section(
      'Methods',
      table(
        ['Method', 'Returns', 'Description'],
        contract.methods.map((method) => {
          const parameters = (method.parameters ?? [])
            .map(
              (parameter) => `${parameter.name}${parameter.type ? `: ${parameter.type.text}` : ''}`,
            )
            .join(', ')
          const details = (method.parameters ?? [])
            .filter((parameter) => parameter.description)
            .map((parameter) => `\`${parameter.name}\`: ${parameter.description}`)
            .join(' ')
          return [
            code(`${method.name}(${parameters})`),
            code(method.return?.type?.text ?? 'void'),
            [method.description, details].filter(Boolean).join(' '),
          ]
        }),
      ),
    ),
    section(
      'Events',
      table(
        ['Event', 'Type', 'Description'],
        contract.events.map((event) => [
          code(event.name),
          code(event.type?.text),
          event.description,
        ]),
      ),
    ),
    section(
      'Slots',
      table(
        ['Slot', 'Description'],
        contract.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
      ),
    ),
    section(
      'CSS parts',
      table(
        ['Part', 'Description'],
        contract.parts.map((part) => [code(part.name), part.description]),
      ),
    ),
    section(
      'CSS custom properties',
      table(
        ['Property', 'Default', 'Description'],
        contract.cssProperties.map((property) => [
          code(property.name),
          code(property.default),
          property.description,
        ]),
      ),
    ),
  ]
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}

function indexPage() {
  const baseStyles = declarations.find((declaration) => declaration.name === 'baseStyles')
  const lines = [
    '# `@lienthong/widgets` elements',
    '',
    'Generated by `packages/widgets/scripts/elements-reference.mjs` from the Custom Elements',
    'Manifest (`custom-elements.json`, shipped in the package). Do not edit: run `pnpm run docs`.',
    '',
    table(
      ['Element', 'Summary'],
      elements.map((element) => [
        `[\`<${element.tagName}>\`](${element.tagName}.md)`,
        element.summary,
      ]),
    ),
    '',
  ]
  if (baseStyles?.description) {
    lines.push('## Theme properties shared by every element', '', baseStyles.description.trim(), '')
  }
  return `${lines.join('\n').trim()}\n`
}

async function formatted(markdown) {
  try {
    const prettier = await import('prettier')
    const options = (await prettier.resolveConfig(fileURLToPath(manifestUrl))) ?? {}
    return await prettier.format(markdown, { ...options, parser: 'markdown' })
  } catch {
    return markdown // prettier is a development dependency of the workspace, not of the package
  }
}

if (elements.length === 0) {
  console.error('custom-elements.json declares no custom element: is the analyzer configured?')
  process.exit(1)
}
const gaps = elements.flatMap(gapsOf)
if (gaps.length > 0) {
  console.error(`The elements' reference is incomplete (${gaps.length} problems):`)
  for (const gap of gaps) console.error(`  - ${gap}`)
  console.error(
    'Document them in the class comment and on each public member (docs/contributing.md, "Adding a widget").',
  )
  process.exit(1)
}

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'README.md'), await formatted(indexPage()))
for (const element of elements) {
  writeFileSync(join(outDir, `${element.tagName}.md`), await formatted(elementPage(element)))
}
console.log(`Elements reference: ${elements.length} elements into ${outDir}`)
