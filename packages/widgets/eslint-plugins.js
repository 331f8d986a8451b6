// The Lit and web-component ESLint plugins are devDependencies of this package, so they resolve
// from here; the root eslint.config.js imports them through this file.
export { default as lit } from 'eslint-plugin-lit'
export { default as wc } from 'eslint-plugin-wc'
