// The text of docs/openapi.json: the generated document, formatted by prettier with the
// repository's settings so `prettier --check` accepts the file as written.
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { buildOpenApiDocument } from '../src/openapi.js'

/** Where the document goes, from the repository root. */
export const OPENAPI_FILE = 'docs/openapi.json'

/** The file's expected content. */
export async function openApiText(): Promise<string> {
  const target = fileURLToPath(new URL(`../../../${OPENAPI_FILE}`, import.meta.url))
  const options = (await resolveConfig(target)) ?? {}
  return format(JSON.stringify(buildOpenApiDocument(), null, 2), { ...options, parser: 'json' })
}
