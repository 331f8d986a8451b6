// Explicit named exports of every area; each area is also its own subpath export
// (`@lienthong/core/<area>`), so bundlers and readers can find anything by folder name.
export * from './errors/index.js'
export * from './office/index.js'
export * from './meeting/index.js'
export * from './petition/index.js'
export * from './directive/index.js'
export * from './program/index.js'
export * from './conflicts/index.js'
export * from './calendar/index.js'
export * from './deadlines/index.js'
export * from './sample/index.js'
export * from './ical/index.js'
export * from './stats/index.js'
