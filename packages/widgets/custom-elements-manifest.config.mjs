// Custom Elements Manifest (custom-elements.json) for editors, docs and Storybook-like tools.
// Analyses the TypeScript sources; module paths are rewritten to the published files in dist/.

/** Registrations made through our guarded `defineElement('lt-x', Class)`, found in any module. */
function defineElementCalls() {
  const found = []
  return {
    name: 'lienthong-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return
      const [tag, constructor] = node.arguments
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return
      found.push({ tagName: tag.text, className: constructor.text, modulePath: moduleDoc.path })
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tagName, className, modulePath } of found) {
        const home = customElementsManifest.modules.find((module) =>
          module.declarations?.some((d) => d.kind === 'class' && d.name === className),
        )
        const declaration = home?.declarations.find((d) => d.name === className)
        if (!home || !declaration) continue
        declaration.tagName = tagName
        declaration.customElement = true
        const definer = customElementsManifest.modules.find((m) => m.path === modulePath)
        definer.exports ??= []
        definer.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: home.path },
        })
      }
    },
  }
}

/** `src/x.ts` → `dist/x.js` everywhere a module is named. */
function distPaths() {
  const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js')
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite)
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') {
          value[key] = toDist(child)
        } else rewrite(child)
      }
    }
  }
  return {
    name: 'lienthong-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules)
    },
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/internal/test-utils/**', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), distPaths()],
}
