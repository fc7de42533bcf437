/** Scores a search against labelled questions: the numbers `npm run eval` prints. */
import type { Searcher } from '../../widget/search/index.js';
import type { Lang } from '../../widget/search/types.js';

export interface LabelledQuery {
  q: string;
  lang: Lang;
  /** Ids that answer the question; empty when the content has no answer. */
  expect: string[];
}

export interface Scores {
  questions: number;
  /** Answerable questions whose first result is right AND marked answered. */
  answeredTop1: number;
  /** Answerable questions with a right id among the first three results. */
  top3: number;
  mrr: number;
  noAnswer: number;
  /** No-answer questions the search declined. */
  declined: number;
}

export interface Miss {
  q: string;
  lang: Lang;
  expect: string[];
  got: string[];
  answered: boolean;
  coverage: number;
  strength: number;
}

export interface Report {
  overall: Scores;
  byLang: Partial<Record<Lang, Scores>>;
  msPerQuery: number;
  misses: Miss[];
}

function empty(): Scores {
  return { questions: 0, answeredTop1: 0, top3: 0, mrr: 0, noAnswer: 0, declined: 0 };
}

export function scoreQueries(queries: readonly LabelledQuery[], searchers: Record<Lang, Searcher>): Report {
  const overall = empty();
  const byLang: Partial<Record<Lang, Scores>> = {};
  const misses: Miss[] = [];
  const start = performance.now();
  for (const item of queries) {
    const out = searchers[item.lang].search(item.q);
    const ids = out.results.map((r) => r.id);
    for (const s of [overall, (byLang[item.lang] ??= empty())]) {
      s.questions++;
      if (!item.expect.length) {
        s.noAnswer++;
        if (!out.answered) s.declined++;
        continue;
      }
      const rank = ids.findIndex((id) => item.expect.includes(id));
      if (rank === 0 && out.answered) s.answeredTop1++;
      if (rank >= 0 && rank < 3) s.top3++;
      if (rank >= 0) s.mrr += 1 / (rank + 1);
    }
    const right = item.expect.length ? out.answered && item.expect.includes(ids[0]) : !out.answered;
    if (!right) {
      misses.push({ q: item.q, lang: item.lang, expect: item.expect, got: ids.slice(0, 3), answered: out.answered, ...out.evidence });
    }
  }
  return { overall, byLang, msPerQuery: (performance.now() - start) / Math.max(1, queries.length), misses };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

function row(name: string, s: Scores): string {
  const answerable = s.questions - s.noAnswer;
  return [
    name.padEnd(8),
    String(s.questions).padStart(5),
    pct(s.answeredTop1, answerable).padStart(10),
    pct(s.top3, answerable).padStart(9),
    (answerable ? (s.mrr / answerable).toFixed(3) : '–').padStart(6),
    pct(s.declined, s.noAnswer).padStart(10),
  ].join('  ');
}

export function formatReport(r: Report, withMisses: boolean): string {
  const lines = [
    `${'set'.padEnd(8)}  ${'n'.padStart(5)}  ${'top-1 ans'.padStart(10)}  ${'top-3'.padStart(9)}  ${'MRR'.padStart(6)}  ${'declined'.padStart(10)}`,
    ...Object.entries(r.byLang).map(([lang, s]) => row(lang, s!)),
    row('overall', r.overall),
    `mean ${r.msPerQuery.toFixed(2)} ms per question`,
  ];
  if (withMisses && r.misses.length) {
    lines.push('', `misses (${r.misses.length}):`);
    for (const m of r.misses) {
      lines.push(
        `  [${m.lang}] ${m.q}\n      expect ${m.expect.join(',') || '(no answer)'}; got ${m.got.join(', ') || '(nothing)'} ` +
          `${m.answered ? 'answered' : 'declined'} cov=${m.coverage.toFixed(2)} str=${m.strength.toFixed(2)}`,
      );
    }
  }
  return lines.join('\n');
}
