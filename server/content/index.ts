/** The content pipeline: read `content/`, validate, render and sanitise, report problems. */
export { loadContent, hasErrors, type LoadedContent, type LoadOptions } from './load.js';
export { formatProblem, type Problem } from './problems.js';
export { renderBody, toPlainText, type Rendered, type RenderOptions } from './render.js';
export { BUILT_IN_CATEGORIES, ID_PATTERN } from './entry-schema.js';
export { DEFAULT_SITE } from './site.js';
