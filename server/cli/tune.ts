/**
 * `npm run tune`: fits the body and questions weights and the answered/declined model on every labelled set
 * (test/quality/ and, when present beside the repository, the shared benchmark), prints the k-fold
 * figures, and writes what ships to widget/search/tuned.ts.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SIGNALS } from '../../widget/search/index.js';
import { formatCrossValidation, kfold } from '../search/kfold-report.js';

const OUT = fileURLToPath(new URL('../../widget/search/tuned.ts', import.meta.url));

const result = await kfold(0);
console.log(formatCrossValidation(result));
const { bodyWeight, questionsWeight, model } = result.chosen;
const round = (v: number) => Math.round(v * 1000) / 1000;
await writeFile(
  OUT,
  `// Written by \`npm run tune\` (server/search/tune.ts), fitted on ${result.cv.judged.length} labelled questions of
// ${result.data.sets.map((s) => s.name).join(', ')}. Quote the k-fold figures \`npm run eval\` prints, never
// figures on these sets with these values. Confidence features, in order: ${SIGNALS.join(', ')},
// then pairs of them multiplied (see featuresOf in decision.ts). The ranking weights are built into
// each index's field weights; the decision ships inside each index (\`decision\` in index-format.ts),
// not in widget.js.
export const TUNED_RANKING = { bodyWeight: ${bodyWeight}, questionsWeight: ${questionsWeight} } as const;
export const TUNED_DECISION = { weights: [${model.weights.map(round).join(', ')}], bias: ${round(model.bias)}, threshold: ${model.threshold} } as const;
`,
);
console.log(`\nwrote ${OUT}: body weight ${bodyWeight}, questions weight ${questionsWeight}, threshold ${model.threshold}`);
