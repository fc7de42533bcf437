/** Scores a search against labelled questions: the numbers `npm run eval` prints. */
import { isConfident, type Evidence, type Searcher } from '../../widget/search/index.js';
import type { Lang } from '../../widget/search/types.js';
import type { LabelledQuery } from './labelled.js';

/** What the search did with one labelled question. */
export interface Judged {
  item: LabelledQuery;
  /** Result ids, best first, in the answer's order (the one the decision weighs). */
  ids: string[];
  /** The same in the order shown when the question is not answered (see `order` in searcher.ts). */
  suggested: string[];
  evidence: Evidence;
  /** Whether the searcher answered it, with the decision its index ships. */
  answered: boolean;
}

/** Decides answered or not from the evidence: the shipped model, or one being fitted. */
export type Decide = (e: Evidence, judged: Judged) => boolean;

export interface Scores {
  questions: number;
  noAnswer: number;
  /** Answerable questions whose first result is right AND marked answered. */
  answeredTop1: number;
  /** Answerable questions with a right id among the first three results. */
  top3: number;
  /** Answerable questions whose first result is right, answered or not. */
  top1: number;
  mrr: number;
  /** No-answer questions the search declined. */
  declined: number;
  /** Questions answered confidently and wrongly (a wrong first result, or any answer where there is none). */
  answeredWrong: number;
}

export interface Miss {
  q: string;
  lang: Lang;
  expect: string[];
  got: string[];
  answered: boolean;
  wrong: boolean;
  evidence: Evidence;
}

export interface Report {
  overall: Scores;
  byLang: Partial<Record<Lang, Scores>>;
  misses: Miss[];
}

export function judge(queries: readonly LabelledQuery[], searchers: Record<Lang, Searcher>): Judged[] {
  return queries.map((item) => {
    const out = searchers[item.lang].rankings(item.q);
    return { item, ids: out.answer.map((r) => r.id), suggested: out.suggestions.map((r) => r.id), evidence: out.evidence, answered: out.answered };
  });
}

function empty(): Scores {
  return { questions: 0, noAnswer: 0, answeredTop1: 0, top3: 0, top1: 0, mrr: 0, declined: 0, answeredWrong: 0 };
}

export function score(judged: readonly Judged[], decide: Decide = (_, j) => j.answered): Report {
  const overall = empty();
  const byLang: Partial<Record<Lang, Scores>> = {};
  const misses: Miss[] = [];
  for (const j of judged) {
    const { item, evidence } = j;
    const answered = j.ids.length > 0 && decide(evidence, j);
    const ids = answered ? j.ids : j.suggested;
    const rank = ids.findIndex((id) => item.expect.includes(id));
    const wrong = answered && rank !== 0;
    for (const s of [overall, (byLang[item.lang] ??= empty())]) {
      s.questions++;
      if (wrong) s.answeredWrong++;
      if (!item.expect.length) {
        s.noAnswer++;
        if (!answered) s.declined++;
        continue;
      }
      if (rank === 0) s.top1++;
      if (rank === 0 && answered) s.answeredTop1++;
      if (rank >= 0 && rank < 3) s.top3++;
      if (rank >= 0) s.mrr += 1 / (rank + 1);
    }
    const right = item.expect.length ? answered && rank === 0 : !answered;
    if (!right) misses.push({ q: item.q, lang: item.lang, expect: item.expect, got: ids.slice(0, 3), answered, wrong, evidence });
  }
  // The harm first: a confident wrong answer is worse than an honest "I don't know".
  misses.sort((a, b) => Number(b.wrong) - Number(a.wrong));
  return { overall, byLang, misses };
}

/** The figures as shares (0–1): of answerable questions, of no-answer questions, or of all (`answeredWrong`). */
export function rates(s: Scores) {
  const answerable = s.questions - s.noAnswer;
  const of = (n: number, d: number) => (d ? n / d : NaN);
  return {
    answeredTop1: of(s.answeredTop1, answerable),
    top1: of(s.top1, answerable),
    top3: of(s.top3, answerable),
    mrr: of(s.mrr, answerable),
    declined: of(s.declined, s.noAnswer),
    answeredWrong: of(s.answeredWrong, s.questions),
  };
}

export const formatPct = (v: number) => (Number.isNaN(v) ? '–' : `${(100 * v).toFixed(1)} %`);
const pct = formatPct;

export const HEADER = ['set', 'n', 'top-1 ans', 'wrong', 'top-1', 'top-3', 'MRR', 'declined'];
const WIDTHS = [10, 5, 10, 8, 8, 8, 6, 9];
export const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(WIDTHS[i]) : c.padEnd(WIDTHS[i]))).join('  ');

function row(name: string, s: Scores): string {
  const r = rates(s);
  return line([name, String(s.questions), pct(r.answeredTop1), pct(r.answeredWrong), pct(r.top1), pct(r.top3), Number.isNaN(r.mrr) ? '–' : r.mrr.toFixed(3), pct(r.declined)]);
}

export function formatReport(r: Report, withMisses: boolean): string {
  const lines = [line(HEADER), ...Object.entries(r.byLang).map(([lang, s]) => row(lang, s!)), row('overall', r.overall)];
  lines.push('(top-1 ans, top-1, top-3, MRR: of answerable questions; declined: of no-answer questions; wrong: answered and wrong, of all questions)');
  if (withMisses && r.misses.length) {
    lines.push('', `misses (${r.misses.length}; answered wrong first):`);
    for (const m of r.misses) {
      const e = m.evidence;
      lines.push(
        `  ${m.wrong ? 'WRONG ' : ''}[${m.lang}] ${m.q}\n      expect ${m.expect.join(',') || '(no answer)'}; got ${m.got.join(', ') || '(nothing)'} ` +
          `${m.answered ? 'answered' : 'declined'} cov=${e.coverage.toFixed(2)} str=${e.strength.toFixed(2)} margin=${e.margin.toFixed(2)}`,
      );
    }
  }
  return lines.join('\n');
}
