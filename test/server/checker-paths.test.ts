/**
 * Every path through every checker in content/, in both languages, rendered without JavaScript
 * through app.request(): each reaches an outcome whose checklist and links are on the page. The
 * closing note's "paths covered" comes from here.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checker } from '../../widget/checker/types.js';
import { LANGS } from '../../widget/search/types.js';
import { makeTestApp, type TestApp } from './helpers.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ publicUrl: 'https://tanya.example.go.id' }, { content: CONTENT });
});
afterAll(async () => {
  await t.close();
});

/** Every sequence of answers from the first question to an outcome. */
function paths(checker: Checker): { answers: [string, string][]; outcome: string }[] {
  const steps = new Map(checker.steps.map((s) => [s.id, s]));
  const out: { answers: [string, string][]; outcome: string }[] = [];
  const visit = (stepId: string, answers: [string, string][]) => {
    for (const o of steps.get(stepId)!.options) {
      const next: [string, string][] = [...answers, [stepId, o.id]];
      if (o.outcome) out.push({ answers: next, outcome: o.outcome });
      else visit(o.next!, next);
    }
  };
  visit(checker.start, []);
  return out;
}

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

describe('every path of every checker in content/', () => {
  it('reaches its outcome by GET, with the checklist and the links to the answers', async () => {
    const covered: string[] = [];
    for (const lang of LANGS) {
      const bundle = t.content.current!.bundles[lang].bundle;
      const checkers = bundle.entries.filter((e) => e.checker);
      expect(checkers.map((e) => e.id).sort()).toEqual(['passport-checker', 'visa-checker']);
      for (const entry of checkers) {
        const outcomesReached = new Set<string>();
        for (const path of paths(entry.checker!)) {
          const query = new URLSearchParams([['lang', lang], ...path.answers]);
          const res = await t.app.request(`/a/${entry.id}?${query}`);
          expect(res.status).toBe(200);
          const page = await res.text();
          const outcome = entry.checker!.outcomes.find((o) => o.id === path.outcome)!;
          expect(page, query.toString()).toContain(`<h2 id="checker-outcome">${escape(outcome.title)}</h2>`);
          for (const item of outcome.items) expect(page).toContain(`<li>${escape(item)}</li>`);
          for (const link of outcome.links) expect(page).toContain(`<a href="/a/${link}?lang=${lang}">`);
          outcomesReached.add(outcome.id);
          covered.push(`${lang} ${entry.id}: ${path.answers.map(([s, o]) => `${s}=${o}`).join(' → ')} ⇒ ${outcome.id}`);
        }
        expect([...outcomesReached].sort()).toEqual(entry.checker!.outcomes.map((o) => o.id).sort());
      }
    }
    console.log(`[checkers] ${covered.length} paths:\n${covered.join('\n')}`);
  });
});
