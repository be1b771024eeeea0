export type * from './model.js';
export type { SiteSource } from './source.js';
export { SourceError } from './source.js';
export { sourceFor, type SourceKind } from './sources.js';
export { normalizeFeed, normalizeList } from './normalize.js';
