/**
 * The search core: one browser-safe module used by the widget, the server and the CLI. The index
 * builder (build-index.ts) is imported on its own by the server: it reads the language data, which
 * the browser never needs. This entry gives typo matching (fuse.js) at once; the widget imports
 * searcher.js itself and loads fuse.js when a first word needs correcting (services/searchers.ts).
 */
import Fuse from 'fuse.js';
import { provideFuse } from './vocabulary.js';

provideFuse(Fuse);

export { createSearcher, type Searcher, type SearchOptions, type SnippetPart } from './searcher.js';
export { foldText } from './normalize.js';
export { normalizeQuery } from './query-key.js';
export { createAnalyzer } from './analyzer.js';
export { confidenceOf, featuresOf, isConfident, isDeclinedOutright, FEATURES, SIGNALS, type Evidence } from './decision.js';
export { isSerializedIndex, type SerializedIndex } from './index-format.js';
export type * from './types.js';
