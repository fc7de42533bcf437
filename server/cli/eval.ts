/**
 * `npm run eval [-- --content DIR --queries FILE --json --quiet --no-kfold]`: answer quality on a
 * labelled question set, through exactly the search the widget runs. Defaults to the project's own
 * content and its questions (test/quality/). Then the k-fold figures of the decision over every
 * tuning set: those are the ones to quote, since the shipped model was fitted on these sets (with
 * the same figures over three more draws of the folds, since one draw is lucky or not by a point); and
 * last the sealed sets (test/quality/fresh*.jsonl), which no knob or model was ever fitted on.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSearchers } from '../search/searchers.js';
import { formatReport, judge, score } from '../search/evaluate.js';
import { LabelledFileError, OWN_SET, SEALED_SETS, readLabelled } from '../search/labelled.js';
import { formatCrossValidation, kfold } from '../search/kfold-report.js';
import type { Searcher } from '../../widget/search/index.js';
import type { Lang } from '../../widget/search/types.js';

const fail = (message: string): never => {
  console.error(`eval: ${message}`);
  process.exit(2);
};

let values: { content?: string; queries?: string; json?: boolean; quiet?: boolean; 'no-kfold'?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      queries: { type: 'string', default: OWN_SET.queries },
      content: { type: 'string', default: OWN_SET.content },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'no-kfold': { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  fail(`${(err as Error).message} (usage: npm run eval -- [--content DIR] [--queries FILE] [--json] [--quiet] [--no-kfold])`);
}
if (!existsSync(values!.content!)) fail(`no content folder at ${values!.content}`);

try {
  const queries = await readLabelled(values!.queries!);
  const searchersOf = new Map<string, Promise<Record<Lang, Searcher>>>();
  // Each content folder is loaded once, whichever sets are scored on it.
  const searchersFor = (dir: string) => {
    const key = resolve(dir);
    if (!searchersOf.has(key)) searchersOf.set(key, loadSearchers(dir).then((l) => l.searchers));
    return searchersOf.get(key)!;
  };
  const searchers = await searchersFor(values!.content!);
  const report = score(judge(queries, searchers));
  if (values!.json) {
    console.log(JSON.stringify(report));
  } else {
    console.log(`${values!.queries} on ${values!.content}, with the shipped model:`);
    console.log(formatReport(report, !values!.quiet));
    if (!values!['no-kfold']) {
      console.log('\n' + formatCrossValidation(await kfold()));
      // The k-fold figures still come from sets the ranking knobs were chosen on; these sets were not.
      for (const set of SEALED_SETS) {
        const sealed = score(judge(await readLabelled(set.queries), await searchersFor(set.content)));
        console.log(`\n${set.name}, never tuned on (${set.queries.replace(/^.*\/test\//, 'test/')}), with the shipped model:`);
        console.log(formatReport(sealed, false));
      }
    }
  }
} catch (err) {
  if (err instanceof LabelledFileError) fail(err.message);
  throw err;
}
