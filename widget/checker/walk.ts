/**
 * Following a checker from its first question through the answers given so far: the one place
 * that decides which question comes next, used by the server's no-JavaScript page and the widget.
 * Browser-safe, no dependencies.
 */
import type { Checker, CheckerOption, CheckerOutcome, CheckerStep } from './types.js';

export interface Answer {
  step: CheckerStep;
  option: CheckerOption;
}

export interface Walk {
  /** The valid answers on the path from the first question, in order. */
  answers: Answer[];
  /** The question to answer next; unset once an outcome is reached. */
  step?: CheckerStep;
  outcome?: CheckerOutcome;
}

export interface Progress {
  /** 1-based number of the current question. */
  position: number;
  /** Questions on the longest path through the current one (it can shrink as answers narrow it). */
  total: number;
}

/**
 * Walks from the start, reading each question's answer with `answerOf(stepId)`; stops at the first
 * question without a valid answer. Answers off the path are ignored.
 */
export function walk(checker: Checker, answerOf: (stepId: string) => string | undefined): Walk {
  const steps = new Map(checker.steps.map((s) => [s.id, s]));
  const outcomes = new Map(checker.outcomes.map((o) => [o.id, o]));
  const answers: Answer[] = [];
  let step = steps.get(checker.start);
  // Validated content has no loops; the bound keeps a bad bundle from hanging a page.
  while (step && answers.length <= checker.steps.length) {
    const chosen = answerOf(step.id);
    const option = step.options.find((o) => o.id === chosen);
    if (!option) return { answers, step };
    answers.push({ step, option });
    if (option.outcome !== undefined) {
      const outcome = outcomes.get(option.outcome);
      return outcome ? { answers, outcome } : { answers: answers.slice(0, -1), step };
    }
    step = option.next === undefined ? undefined : steps.get(option.next);
  }
  return { answers, step: steps.get(checker.start) };
}

/** `answerOf` for a list of `[stepId, optionId]` pairs (a URL's query, the widget's answers). */
export function answersFrom(pairs: Iterable<readonly [string, string]>): (stepId: string) => string | undefined {
  const map = new Map<string, string>();
  for (const [k, v] of pairs) if (!map.has(k)) map.set(k, v);
  return (stepId) => map.get(stepId);
}

/** How many questions remain on the longest path from `stepId`, itself included. */
export function questionsFrom(checker: Checker, stepId: string): number {
  const steps = new Map(checker.steps.map((s) => [s.id, s]));
  const memo = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const step = steps.get(id);
    if (!step || seen.has(id)) return 0;
    seen.add(id);
    let longest = 0;
    for (const o of step.options) if (o.next !== undefined) longest = Math.max(longest, depth(o.next, seen));
    seen.delete(id);
    memo.set(id, longest + 1);
    return longest + 1;
  };
  return depth(stepId, new Set());
}

export function progressOf(checker: Checker, w: Walk): Progress | undefined {
  if (!w.step) return undefined;
  const position = w.answers.length + 1;
  return { position, total: w.answers.length + questionsFrom(checker, w.step.id) };
}

/** The `[stepId, optionId]` pairs of a walk's answers, e.g. for a URL query. */
export function answerPairs(answers: readonly Answer[]): [string, string][] {
  return answers.map((a) => [a.step.id, a.option.id]);
}

/** `/a/<id>?lang=<lang>&step=option…`: the page of a checker with these answers. */
export function checkerHref(entryId: string, lang: string, pairs: readonly (readonly [string, string])[]): string {
  return `/a/${encodeURIComponent(entryId)}?${new URLSearchParams([['lang', lang], ...pairs.map(([k, v]) => [k, v])])}`;
}
