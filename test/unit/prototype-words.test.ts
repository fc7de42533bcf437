/** Object.prototype's names ("constructor", "__proto__", …) through the search core and `ask --stdin` (issue 11, item 1). */
import { searchCoreSuite } from '../support/naughty-search-suite.js';
import { PROTOTYPE_WORDS } from '../support/naughty-strings.js';

searchCoreSuite("Object.prototype's names", PROTOTYPE_WORDS);
