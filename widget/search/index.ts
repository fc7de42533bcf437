/**
 * The search core: one browser-safe module used by the widget, the server and the CLI. The index
 * builder (build-index.ts) is imported on its own by the server: it reads the language data, which
 * the browser never needs.
 */
export { createSearcher, type Searcher, type SearchOptions, type SnippetPart } from './searcher.js';
export { normalizeQuery, foldText } from './normalize.js';
export { createAnalyzer } from './analyzer.js';
export { confidenceOf, featuresOf, isConfident, isDeclinedOutright, FEATURES, type Evidence } from './decision.js';
export { isSerializedIndex, type SerializedIndex } from './index-format.js';
export type * from './types.js';
