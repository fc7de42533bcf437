/** Labelled question sets: reading them, and which ones `npm run eval` and `npm run tune` use by default. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isLang, type Lang } from '../../widget/search/types.js';

export interface LabelledQuery {
  q: string;
  lang: Lang;
  /** Ids that answer the question; empty when the content has no answer. */
  expect: string[];
}

/** A question set and the content it was written for. */
export interface LabelledSet {
  name: string;
  content: string;
  queries: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BENCH = `${ROOT}../shared/bench/`;

/** The project's own content and the questions written for it: what citizens get. Always in the repo. */
export const OWN_SET: LabelledSet = { name: 'own', content: `${ROOT}content`, queries: `${ROOT}test/quality/questions.jsonl` };

/**
 * Questions written for `content/` by sessions that read only the topics' titles and texts, never
 * the answers' own questions or any other set. Never tuning sets (`tuningSets` leaves them out):
 * the figures here from questions nobody tuned for. Scored with the shipped model as it is; see
 * test/quality/README.md for what has been seen of each.
 */
export const SEALED_SETS: LabelledSet[] = [
  { name: 'sealed', content: `${ROOT}content`, queries: `${ROOT}test/quality/fresh.jsonl` },
  { name: 'sealed-2', content: `${ROOT}content`, queries: `${ROOT}test/quality/fresh-2.jsonl` },
  { name: 'sealed-3', content: `${ROOT}content`, queries: `${ROOT}test/quality/fresh-3.jsonl` },
  { name: 'sealed-4', content: `${ROOT}content`, queries: `${ROOT}test/quality/fresh-4.jsonl` },
  { name: 'sealed-5', content: `${ROOT}content`, queries: `${ROOT}test/quality/fresh-5.jsonl` },
];

/**
 * Every set tuning may learn from: the project's own, and the shared benchmark's when a checkout
 * has it beside the repository (it is never required).
 */
export function tuningSets(): LabelledSet[] {
  // The project's own sets after the first: questions-2.jsonl as own-2, and so on.
  const more = [2, 3].map((n) => ({ name: `own-${n}`, content: OWN_SET.content, queries: `${ROOT}test/quality/questions-${n}.jsonl` }));
  const sets = [OWN_SET, ...more];
  if (existsSync(`${BENCH}content`)) {
    sets.push(
      { name: 'bench', content: `${BENCH}content`, queries: `${BENCH}queries.jsonl` },
      { name: 'bench-dev', content: `${BENCH}content`, queries: `${BENCH}queries-dev.jsonl` },
      { name: 'bench-ours', content: `${BENCH}content`, queries: `${ROOT}test/bench/own-questions.jsonl` },
      { name: 'bench-ours-2', content: `${BENCH}content`, queries: `${ROOT}test/bench/own-questions-2.jsonl` },
    );
  }
  return sets.filter((s) => existsSync(s.queries));
}

export class LabelledFileError extends Error {}

/** One JSON object a line: `{q, lang, expect}`. A bad line is reported as `path:line: message`. */
export async function readLabelled(path: string): Promise<LabelledQuery[]> {
  if (!existsSync(path)) throw new LabelledFileError(`${path}: no such file`);
  const lines = (await readFile(path, 'utf8')).split('\n');
  const out: LabelledQuery[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new LabelledFileError(`${path}:${i + 1}: not a JSON object`);
    }
    const o = v as Partial<LabelledQuery> | null;
    if (!o || typeof o.q !== 'string' || !isLang(o.lang) || !Array.isArray(o.expect) || !o.expect.every((e) => typeof e === 'string')) {
      throw new LabelledFileError(`${path}:${i + 1}: expected {"q": string, "lang": "id"|"en", "expect": [ids]}`);
    }
    out.push({ q: o.q, lang: o.lang, expect: o.expect });
  });
  return out;
}
