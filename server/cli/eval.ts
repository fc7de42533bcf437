/**
 * `npm run eval [-- --queries FILE --content DIR --json]`: answer quality on a labelled question set,
 * through exactly the search the widget runs. Defaults to the shared benchmark set.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadSearchers } from '../search/searchers.js';
import { scoreQueries, formatReport, type LabelledQuery } from '../search/evaluate.js';

const BENCH = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));

const { values } = parseArgs({
  options: {
    queries: { type: 'string', default: `${BENCH}queries.jsonl` },
    content: { type: 'string', default: `${BENCH}content` },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const lines = (await readFile(values.queries!, 'utf8')).split('\n').filter((l) => l.trim());
const queries: LabelledQuery[] = lines.map((l, i) => {
  try {
    return JSON.parse(l) as LabelledQuery;
  } catch {
    console.error(`${values.queries}:${i + 1}: not a JSON object`);
    process.exit(1);
  }
});
const { searchers } = await loadSearchers(values.content!);
const report = scoreQueries(queries, searchers);
console.log(values.json ? JSON.stringify(report) : formatReport(report, !values.quiet));
