/**
 * The two languages of one checker must have the same steps, options and outcomes, leading to the
 * same places: the answers are kept in URLs by key, and switching language keeps the walk.
 * Each file is told what it has that its translation lacks (or has differently).
 */
import { relative } from 'node:path';
import type { Checker } from '../../widget/checker/types.js';
import type { Lang } from '../../widget/search/types.js';
import { error, type Problem } from './problems.js';
import type { YamlSource } from './yaml-source.js';

export interface MatchIssue {
  path: PropertyKey[];
  key: boolean;
  message: string;
}

const target = (o: { next?: string; outcome?: string }) => (o.next !== undefined ? `step "${o.next}"` : `outcome "${o.outcome}"`);

/** What `mine` has that `theirs` (the translation in `theirsName`) does not, located in `mine`. */
export function compareCheckers(mine: Checker, theirs: Checker, theirsName: string): MatchIssue[] {
  const issues: MatchIssue[] = [];
  const steps = new Map(theirs.steps.map((s) => [s.id, s]));
  if (mine.start !== theirs.start) {
    issues.push({ path: ['checker', 'start'], key: false, message: `starts at step "${mine.start}" but ${theirsName} starts at "${theirs.start}"` });
  }
  for (const step of mine.steps) {
    const other = steps.get(step.id);
    const at = ['checker', 'steps', step.id];
    if (!other) {
      issues.push({ path: at, key: true, message: `step "${step.id}" is not in ${theirsName}: both languages need the same steps` });
      continue;
    }
    const options = new Map(other.options.map((o) => [o.id, o]));
    for (const o of step.options) {
      const match = options.get(o.id);
      const here = [...at, 'options', o.id];
      if (!match) {
        issues.push({ path: here, key: true, message: `option "${o.id}" of step "${step.id}" is not in ${theirsName}` });
      } else if (target(o) !== target(match)) {
        issues.push({ path: [...here, o.next !== undefined ? 'next' : 'outcome'], key: false, message: `option "${o.id}" leads to ${target(o)} here but to ${target(match)} in ${theirsName}` });
      }
    }
  }
  const outcomes = new Set(theirs.outcomes.map((o) => o.id));
  for (const o of mine.outcomes) {
    if (!outcomes.has(o.id)) issues.push({ path: ['checker', 'outcomes', o.id], key: true, message: `outcome "${o.id}" is not in ${theirsName}` });
  }
  return issues;
}

export interface CheckerFile {
  path: string;
  lang: Lang;
  id: string;
  checker?: Checker;
  yaml?: YamlSource;
}

function hasCheckerBlock(f: CheckerFile): boolean {
  const value = f.yaml?.value;
  return typeof value === 'object' && value !== null && 'checker' in value;
}

/**
 * Compares each checker with its translations; returns the problems and the `lang/id` keys of the
 * entries to leave out (a walk that differs between languages would break shared URLs).
 */
export function matchTranslations(files: CheckerFile[], root: string): { problems: Problem[]; drop: Set<string> } {
  const problems: Problem[] = [];
  const drop = new Set<string>();
  const byId = new Map<string, CheckerFile[]>();
  for (const f of files) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  for (const group of byId.values()) {
    if (group.length < 2 || !group.some((f) => f.checker)) continue;
    // A broken checker has reported its own problems; comparing it would only add noise.
    if (group.some((f) => !f.checker && (f.yaml?.value === undefined || hasCheckerBlock(f)))) continue;
    for (const mine of group) {
      for (const theirs of group) {
        if (theirs === mine) continue;
        const name = relative(root, theirs.path);
        const issues: MatchIssue[] = [];
        if (mine.checker && theirs.checker) issues.push(...compareCheckers(mine.checker, theirs.checker, name));
        else if (mine.checker) issues.push({ path: ['checker'], key: true, message: `${name} has no checker: block; both languages must be the same checker` });
        else issues.push({ path: [], key: false, message: `${name} is a checker but this translation has no checker: block` });
        for (const i of issues) {
          const line = !i.path.length ? 1 : i.key ? mine.yaml?.keyLineOf(i.path) ?? 1 : mine.yaml?.lineOf(i.path) ?? 1;
          problems.push(error(mine.path, line, i.message));
        }
        if (issues.length) for (const f of group) drop.add(`${f.lang}/${f.id}`);
      }
    }
  }
  return { problems, drop };
}
