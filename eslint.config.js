// One lint setup for the whole workspace: typescript-eslint strict type-checked everywhere,
// Lit and web-component rules for the widgets, prettier owning the formatting.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { lit, wc } from './packages/widgets/eslint-plugins.js'

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'docs/api/**', '**/coverage/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  {
    // Core is pure: no DOM and no Node built-ins in its source. Its schemas use zod/mini: zod
    // classic's methods cannot be tree-shaken and would weigh on every widget.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Use 'zod/mini' (functions, tree-shaken)." },
            { name: 'zod/v4', message: "Use 'zod/mini' (functions, tree-shaken)." },
          ],
          patterns: ['node:*', 'fs', 'path', 'os', 'crypto'],
        },
      ],
    },
  },
  {
    // Widgets: Lit and web-component rules, plus the CSP and security rules of the design
    // (no inline style attributes, no unsafeHTML), and test helpers kept out of shipped code.
    files: ['packages/widgets/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      'lit/ban-attributes': ['error', 'style'],
      'lit/prefer-static-styles': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-value-attribute': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/prefer-nothing': 'error',
      'wc/no-closed-shadow-root': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML (XSS, CSP).' },
            { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG (XSS, CSP).' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/widgets/src/internal/test-utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML (XSS, CSP).' },
            { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG (XSS, CSP).' },
          ],
          patterns: [{ group: ['**/test-utils/**'], message: 'Test helpers are not shipped.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
)
