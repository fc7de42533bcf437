/** The search core: one browser-safe module used by the widget, the server and the CLI. */
export { buildIndex, type BuildOptions } from './build-index.js';
export { createSearcher, type Searcher, type SearchOptions, type SnippetPart } from './searcher.js';
export { normalizeQuery, foldText } from './normalize.js';
export { createAnalyzer } from './analyzer.js';
export { confidenceOf, featuresOf, isConfident, FEATURES, type Evidence } from './decision.js';
export { isSerializedIndex, type SerializedIndex } from './index-format.js';
export type * from './types.js';
