/**
 * `npm run -s ask -- [--content DIR] [--lang id|en] [--json] "question"`
 * `npm run -s ask -- [--content DIR] [--lang id|en] --json --stdin`   (one question a line in, one JSON line out)
 * The same search and the same answered decision as the widget.
 */
import { createInterface } from 'node:readline';
import { cachedSearcher } from '../search/bundle-cache.js';
import { parseCommandLine } from './args.js';
import type { Searcher } from '../../widget/search/index.js';
import type { Lang, SearchOutcome } from '../../widget/search/types.js';

const USAGE = 'usage: ask [--content DIR] [--lang id|en] [--json] "question"  |  ask [--content DIR] [--lang id|en] --json --stdin';

const parsed = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    lang: { type: 'string', default: 'id' },
    json: { type: 'boolean', default: false },
    stdin: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (typeof parsed === 'number') process.exit(parsed);
const { values, positionals } = parsed;
if (values.lang !== 'id' && values.lang !== 'en') {
  console.error(`--lang must be id or en, not "${values.lang}"\n${USAGE}`);
  process.exit(2);
}
const question = positionals.join(' ').trim();
if (!values.stdin && !question) {
  console.error(USAGE);
  process.exit(2);
}

const lang: Lang = values.lang;
// Built once per content and code, then kept (bundle-cache.ts): most of a run was building it.
const searcher: Searcher = await cachedSearcher(values.content!, lang);

/** The contract's JSON line: query, answered, at most 5 results best first. */
function toJson(outcome: SearchOutcome): string {
  return JSON.stringify({
    query: outcome.query,
    answered: outcome.answered,
    results: outcome.results.map(({ id, title, score }) => ({ id, title, score })),
  });
}

function toText(outcome: SearchOutcome): string {
  if (!outcome.results.length) return `no answer for "${outcome.query}" (nothing matched)`;
  const head = outcome.answered ? `answer for "${outcome.query}":` : `no confident answer for "${outcome.query}"; closest:`;
  return [head, ...outcome.results.map((r, i) => `  ${i + 1}. ${r.id}  ${r.title}  (${r.score})`)].join('\n');
}

if (values.stdin) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const outcome = searcher.search(line.trim());
    out.push(values.json ? toJson(outcome) : toText(outcome));
    // Write in batches: one write per question dominates the run time on a pipe.
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
} else {
  const outcome = searcher.search(question);
  console.log(values.json ? toJson(outcome) : toText(outcome));
}
