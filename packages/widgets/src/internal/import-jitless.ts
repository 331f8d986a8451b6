/**
 * Imports a module that builds zod schemas (core, or an element's validators) after switching
 * off zod's `eval` probe, which a strict Content-Security-Policy reports as a violation. The zod
 * settings are imported on demand too, so zod stays out of an element's first load. Internal.
 */
export async function importJitless<T>(load: () => Promise<T>): Promise<T> {
  const { useJitlessZod } = await import('./zod-settings.js')
  useJitlessZod()
  return load()
}
