import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateChecker } from '../../server/content/checker-schema.js';
import { formatProblem, hasErrors, loadContent } from '../../server/content/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const GOOD = fixture('content-checkers');
const BAD = fixture('content-checkers-bad');

describe('checkers in content', () => {
  it('loads a checker into the bundle entry: steps in order, options with their targets, outcomes', async () => {
    const c = await loadContent(GOOD);
    expect(c.problems.map((p) => formatProblem(p, GOOD))).toEqual([]);
    const entry = c.entries.en.find((e) => e.id === 'passport-checker')!;
    expect(entry.checker).toEqual({
      start: 'who',
      steps: [
        {
          id: 'who',
          question: 'Who is the passport for?',
          options: [
            { id: 'adult', label: 'Myself', next: 'why' },
            { id: 'child', label: 'A child under 17', outcome: 'child' },
          ],
        },
        {
          id: 'why',
          question: 'Why are you applying?',
          options: [
            { id: 'first', label: 'First passport', outcome: 'adult-first' },
            { id: 'renewal', label: 'My old passport expired', outcome: 'adult-renewal' },
          ],
        },
      ],
      outcomes: [
        { id: 'adult-first', title: 'First adult passport', text: 'Bring the originals.', items: ['Electronic ID card (e-KTP)', 'Family card'], links: ['passport-new'] },
        { id: 'adult-renewal', title: 'Replacing a passport', text: '', items: ['Electronic ID card (e-KTP)', 'Old passport'], links: [] },
        { id: 'child', title: 'Passport for a child', text: '', items: ["Both parents' e-KTP", "Child's birth certificate"], links: [] },
      ],
    });
    expect(c.entries.en.find((e) => e.id === 'passport-new')!.checker).toBeUndefined();
  });

  it('reports each authoring mistake at its line, in both languages, and leaves the checkers out', async () => {
    const c = await loadContent(BAD);
    expect(hasErrors(c)).toBe(true);
    const lines = c.problems.filter((p) => p.path.includes('/id/')).map((p) => formatProblem(p, BAD));
    expect(lines).toEqual([
      'id/leads-nowhere.md:10: option "adult" leads nowhere: give it next: <step> or outcome: <outcome>',
      'id/loop.md:16: loop: who → why → who; every answer must lead on to a later step or an outcome',
      'id/mismatch.md:10: option "adult" leads to step "why" here but to step "reason" in en/mismatch.md',
      'id/mismatch.md:12: step "why" is not in en/mismatch.md: both languages need the same steps',
      'id/no-items.md:16: outcome "empty" has no items: list what to bring under items:',
      'id/unknown-step.md:10: unknown step "wyh" (steps: who)',
      'id/unreachable-step.md:12: step "why" is unreachable: no answer leads to it from "who"',
    ]);
    expect(c.problems.filter((p) => p.path.includes('/en/')).map((p) => formatProblem(p, BAD))).toContain(
      'en/mismatch.md:12: step "reason" is not in id/mismatch.md: both languages need the same steps',
    );
    expect(c.entries.id).toEqual([]);
    expect(c.entries.en).toEqual([]);
  });
});

describe('validateChecker', () => {
  const exists = (id: string) => id === 'passport-new';
  const option = (next: string) => ({ label: 'x', next });
  const done = { done: { title: 'Done', items: ['KTP'] } };
  const messages = (raw: unknown) => validateChecker(raw, exists).issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort();

  it('accepts a minimal checker and starts at the first step', () => {
    const r = validateChecker({ steps: { a: { question: 'Q?', options: { x: { label: 'X', outcome: 'done' }, y: { label: 'Y', outcome: 'done' } } } }, outcomes: done }, exists);
    expect(r.issues).toEqual([]);
    expect(r.checker?.start).toBe('a');
  });

  it('names an unknown outcome, an unknown start, a dead link and empty items', () => {
    expect(
      messages({
        start: 'nope',
        steps: { a: { question: 'Q?', options: { x: { label: 'X', outcome: 'gone' }, y: { label: 'Y', outcome: 'done' } } } },
        outcomes: { done: { title: 'Done', items: [], links: ['passport-new', 'no-such'] } },
      }),
    ).toEqual([
      'checker.outcomes.done.items: outcome "done" has no items: list what to bring under items:',
      'checker.outcomes.done.links.1: dead link "no-such": there is no entry with that id in this language',
      'checker.start: start: unknown step "nope" (steps: a)',
      'checker.steps.a.options.x.outcome: unknown outcome "gone" (outcomes: done)',
    ].sort());
  });

  it('refuses names a URL cannot hold, a reserved step name, one option, and both next and outcome', () => {
    expect(
      messages({
        steps: {
          lang: { question: 'Q?', options: { only: { label: 'X', next: 'b', outcome: 'done' } } },
          Bad_Name: { question: 'Q?', options: { x: option('lang'), y: option('lang') } },
        },
        outcomes: done,
      }),
    ).toEqual([
      'checker.outcomes.done: outcome "done" is never reached',
      'checker.steps.Bad_Name: "Bad_Name" is not a valid name: use lowercase letters, digits and single hyphens, starting with a letter',
      'checker.steps.lang: "lang" cannot name a step: the page\'s URL uses ?lang= itself',
      'checker.steps.lang.options: step "lang" needs at least two options',
      'checker.steps.lang.options.only: option "only" has both next: and outcome:; an answer leads to one place',
      'checker.steps.lang.options.only.next: unknown step "b" (steps: lang)',
    ].sort());
  });

  it('finds a loop that does not pass through the first step', () => {
    const r = messages({
      steps: {
        a: { question: 'Q?', options: { x: option('b'), y: { label: 'Y', outcome: 'done' } } },
        b: { question: 'Q?', options: { x: option('c'), y: { label: 'Y', outcome: 'done' } } },
        c: { question: 'Q?', options: { x: option('b'), y: { label: 'Y', outcome: 'done' } } },
      },
      outcomes: done,
    });
    expect(r).toEqual(['checker.steps.c.options.x.next: loop: b → c → b; every answer must lead on to a later step or an outcome']);
  });
});
