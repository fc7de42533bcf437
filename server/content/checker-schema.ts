/**
 * The `checker:` block of an entry's front matter, validated into a `Checker` (widget/checker/types.ts):
 *
 * ```yaml
 * checker:
 *   start: who                  # optional: the first step listed
 *   steps:
 *     who:
 *       question: Paspor ini untuk siapa?
 *       options:
 *         adult: { label: Saya sendiri, next: why }
 *         child: { label: Anak di bawah 17 tahun, outcome: child }
 *   outcomes:
 *     child:
 *       title: Paspor anak
 *       text: Kedua orang tua ikut datang.
 *       items: [e-KTP ayah dan ibu, Kartu Keluarga]
 *       links: [passport-child]
 * ```
 * Every problem is reported with the path of the value (or key) it concerns, so the caller can
 * point at its line: an unknown step, an unreachable step, an option leading nowhere, a loop, an
 * outcome without items, a dead link.
 */
import type { Checker, CheckerOption, CheckerOutcome, CheckerStep } from '../../widget/checker/types.js';

export interface CheckerIssue {
  /** From the front matter's root: `['checker', 'steps', 'who', 'options', 'adult', 'next']`. */
  path: PropertyKey[];
  /** Whether the problem is the key at `path` (its line) rather than its value. */
  key?: boolean;
  message: string;
  severity: 'error' | 'warning';
}

/** Step, option and outcome keys end up in URLs (`?who=child`) and must match across languages. */
export const CHECKER_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Query parameters the answer page uses for itself. */
const RESERVED_STEPS = new Set(['lang', 'q']);
const MAX_STEPS = 40;
const MAX_OPTIONS = 12;

const STEP_FIELDS = new Set(['question', 'options']);
const OPTION_FIELDS = new Set(['label', 'next', 'outcome']);
const OUTCOME_FIELDS = new Set(['title', 'text', 'items', 'links']);
const CHECKER_FIELDS = new Set(['start', 'steps', 'outcomes']);

type Path = PropertyKey[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

class Collector {
  readonly issues: CheckerIssue[] = [];
  error(path: Path, message: string, key = false): void {
    this.issues.push({ path, message, severity: 'error', ...(key ? { key } : {}) });
  }
  warning(path: Path, message: string, key = false): void {
    this.issues.push({ path, message, severity: 'warning', ...(key ? { key } : {}) });
  }
  unknownFields(path: Path, record: Record<string, unknown>, known: Set<string>, what: string): void {
    for (const k of Object.keys(record)) if (!known.has(k)) this.warning([...path, k], `unknown field "${k}" in ${what} is ignored`, true);
  }
  /** The entries of a mapping whose keys are valid ids; bad keys are reported. */
  keyed(path: Path, value: unknown, what: string): [string, unknown][] {
    if (!isRecord(value)) {
      this.error(path, `${what} must be a list of "name:" blocks`);
      return [];
    }
    const out: [string, unknown][] = [];
    for (const [k, v] of Object.entries(value)) {
      if (CHECKER_KEY.test(k)) out.push([k, v]);
      else this.error([...path, k], `"${k}" is not a valid name: use lowercase letters, digits and single hyphens, starting with a letter`, true);
    }
    return out;
  }
}

const STEPS: Path = ['checker', 'steps'];
const OUTCOMES: Path = ['checker', 'outcomes'];

/** Validates the `checker:` value; `entryExists(id)` tells whether a link target exists in this language. */
export function validateChecker(raw: unknown, entryExists: (id: string) => boolean): { checker?: Checker; issues: CheckerIssue[] } {
  const c = new Collector();
  if (!isRecord(raw)) {
    c.error(['checker'], 'checker must hold steps: and outcomes:');
    return { issues: c.issues };
  }
  c.unknownFields(['checker'], raw, CHECKER_FIELDS, 'checker');

  const steps = readSteps(c, raw.steps);
  const outcomes = readOutcomes(c, raw.outcomes, entryExists);
  const stepIds = new Set(steps.map((s) => s.id));
  const outcomeIds = new Set(outcomes.map((o) => o.id));

  let start = steps[0]?.id ?? '';
  if (raw.start !== undefined) {
    if (typeof raw.start === 'string' && stepIds.has(raw.start)) start = raw.start;
    else c.error(['checker', 'start'], `start: unknown step "${String(raw.start)}" (steps: ${[...stepIds].join(', ') || 'none'})`);
  }

  for (const step of steps) {
    for (const o of step.options) {
      const at: Path = [...STEPS, step.id, 'options', o.id];
      if (o.next !== undefined && !stepIds.has(o.next)) {
        c.error([...at, 'next'], `unknown step "${o.next}" (steps: ${[...stepIds].join(', ')})`);
      }
      if (o.outcome !== undefined && !outcomeIds.has(o.outcome)) {
        c.error([...at, 'outcome'], `unknown outcome "${o.outcome}" (outcomes: ${[...outcomeIds].join(', ') || 'none'})`);
      }
    }
  }
  if (start) checkGraph(c, steps, outcomes, start);

  if (c.issues.some((i) => i.severity === 'error')) return { issues: c.issues };
  return { checker: { start, steps, outcomes }, issues: c.issues };
}

function readSteps(c: Collector, raw: unknown): CheckerStep[] {
  if (raw === undefined) {
    c.error(['checker'], 'checker has no steps: (each step is a question with options)');
    return [];
  }
  const entries = c.keyed(STEPS, raw, 'steps');
  if (!entries.length && isRecord(raw)) c.error(STEPS, 'steps must hold at least one question');
  if (entries.length > MAX_STEPS) c.error(STEPS, `a checker has at most ${MAX_STEPS} steps`);
  const steps: CheckerStep[] = [];
  for (const [id, value] of entries) {
    const at: Path = [...STEPS, id];
    if (RESERVED_STEPS.has(id)) c.error(at, `"${id}" cannot name a step: the page's URL uses ?${id}= itself`, true);
    if (!isRecord(value)) {
      c.error(at, `step "${id}" must have a question: and options:`);
      continue;
    }
    c.unknownFields(at, value, STEP_FIELDS, `step "${id}"`);
    if (!nonEmpty(value.question)) c.error(value.question === undefined ? at : [...at, 'question'], `step "${id}" needs a question: (text)`, value.question === undefined);
    const options = readOptions(c, at, id, value.options);
    steps.push({ id, question: nonEmpty(value.question) ? value.question.trim() : '', options });
  }
  return steps;
}

function readOptions(c: Collector, stepPath: Path, stepId: string, raw: unknown): CheckerOption[] {
  if (raw === undefined) {
    c.error(stepPath, `step "${stepId}" has no options:`, true);
    return [];
  }
  const at: Path = [...stepPath, 'options'];
  const entries = c.keyed(at, raw, `the options of step "${stepId}"`);
  if (isRecord(raw) && entries.length < 2) c.error(at, `step "${stepId}" needs at least two options`);
  if (entries.length > MAX_OPTIONS) c.error(at, `step "${stepId}" has more than ${MAX_OPTIONS} options`);
  const options: CheckerOption[] = [];
  for (const [id, value] of entries) {
    const here: Path = [...at, id];
    if (!isRecord(value)) {
      c.error(here, `option "${id}" must have a label: and a next: step or an outcome:`);
      continue;
    }
    c.unknownFields(here, value, OPTION_FIELDS, `option "${id}"`);
    if (!nonEmpty(value.label)) c.error(value.label === undefined ? here : [...here, 'label'], `option "${id}" needs a label: (text)`, value.label === undefined);
    const next = value.next;
    const outcome = value.outcome;
    if (next === undefined && outcome === undefined) {
      c.error(here, `option "${id}" leads nowhere: give it next: <step> or outcome: <outcome>`, true);
    } else if (next !== undefined && outcome !== undefined) {
      c.error(here, `option "${id}" has both next: and outcome:; an answer leads to one place`, true);
    }
    if (next !== undefined && typeof next !== 'string') c.error([...here, 'next'], `next: must name a step`);
    if (outcome !== undefined && typeof outcome !== 'string') c.error([...here, 'outcome'], `outcome: must name an outcome`);
    options.push({
      id,
      label: nonEmpty(value.label) ? value.label.trim() : '',
      ...(typeof next === 'string' ? { next } : {}),
      ...(typeof outcome === 'string' && next === undefined ? { outcome } : {}),
    });
  }
  return options;
}

function readOutcomes(c: Collector, raw: unknown, entryExists: (id: string) => boolean): CheckerOutcome[] {
  if (raw === undefined) {
    c.error(['checker'], 'checker has no outcomes: (what each path of answers ends with)');
    return [];
  }
  const outcomes: CheckerOutcome[] = [];
  for (const [id, value] of c.keyed(OUTCOMES, raw, 'outcomes')) {
    const at: Path = [...OUTCOMES, id];
    if (!isRecord(value)) {
      c.error(at, `outcome "${id}" must have a title: and items:`);
      continue;
    }
    c.unknownFields(at, value, OUTCOME_FIELDS, `outcome "${id}"`);
    if (!nonEmpty(value.title)) c.error(value.title === undefined ? at : [...at, 'title'], `outcome "${id}" needs a title: (text)`, value.title === undefined);
    if (value.text !== undefined && typeof value.text !== 'string') c.error([...at, 'text'], 'text: must be text');
    const items = Array.isArray(value.items) ? value.items : [];
    if (value.items !== undefined && !Array.isArray(value.items)) c.error([...at, 'items'], 'items: must be a list');
    else if (!items.length) c.error(value.items === undefined ? at : [...at, 'items'], `outcome "${id}" has no items: list what to bring under items:`, value.items === undefined);
    items.forEach((item, i) => {
      if (!nonEmpty(item)) c.error([...at, 'items', i], 'each item must be non-empty text (quote it)');
    });
    const links = Array.isArray(value.links) ? value.links : [];
    if (value.links !== undefined && !Array.isArray(value.links)) c.error([...at, 'links'], 'links: must be a list of answer ids');
    links.forEach((link, i) => {
      if (typeof link !== 'string' || !entryExists(link)) {
        c.error([...at, 'links', i], `dead link "${String(link)}": there is no entry with that id in this language`);
      }
    });
    outcomes.push({
      id,
      title: nonEmpty(value.title) ? value.title.trim() : '',
      text: typeof value.text === 'string' ? value.text.trim() : '',
      items: items.filter(nonEmpty).map((s) => s.trim()),
      links: links.filter((l): l is string => typeof l === 'string'),
    });
  }
  return outcomes;
}

/** Unreachable steps (and outcomes), and loops: every path of answers must end at an outcome. */
function checkGraph(c: Collector, steps: CheckerStep[], outcomes: CheckerOutcome[], start: string): void {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const state = new Map<string, 'open' | 'done'>();
  const reachedOutcomes = new Set<string>();
  const trail: string[] = [];
  const visit = (id: string) => {
    const step = byId.get(id);
    if (!step) return;
    state.set(id, 'open');
    trail.push(id);
    for (const o of step.options) {
      if (o.outcome !== undefined) reachedOutcomes.add(o.outcome);
      if (o.next === undefined || !byId.has(o.next)) continue;
      const seen = state.get(o.next);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(o.next)), o.next].join(' → ');
        c.error([...STEPS, id, 'options', o.id, 'next'], `loop: ${loop}; every answer must lead on to a later step or an outcome`);
      } else if (!seen) {
        visit(o.next);
      }
    }
    trail.pop();
    state.set(id, 'done');
  };
  visit(start);
  for (const s of steps) {
    if (!state.has(s.id)) c.error([...STEPS, s.id], `step "${s.id}" is unreachable: no answer leads to it from "${start}"`, true);
  }
  for (const o of outcomes) {
    if (!reachedOutcomes.has(o.id)) c.warning([...OUTCOMES, o.id], `outcome "${o.id}" is never reached`, true);
  }
}
