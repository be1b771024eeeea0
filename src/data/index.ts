export type * from './model.js';
export type { NotPosted, Posted, PostOptions, PostProblem, SiteSource } from './source.js';
export { SourceError } from './source.js';
export { sourceFor, unnamedSource, type SourceKind } from './sources.js';
export { normalizeFeed, normalizeList } from './normalize.js';
