/**
 * Naughty strings (test/support/naughty-strings.ts) through the search core, as the widget and the
 * CLI run it, and through `ask --stdin`: nothing may throw. Used by test/unit/blns.test.ts and
 * test/unit/prototype-words.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBundles } from '../../server/content/bundle.js';
import { loadContent } from '../../server/content/load.js';
import { redact } from '../../widget/privacy/redact.js';
import { createSearcher, normalizeQuery } from '../../widget/search/index.js';
import { LANGS } from '../../widget/search/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const CONTENT = fileURLToPath(new URL('../fixtures/server-content', import.meta.url));

/** Runs `check` on every string; returns the ones that threw, with the error, for one readable failure. */
function failures(strings: readonly string[], check: (s: string) => unknown): string[] {
  const out: string[] = [];
  for (const s of strings) {
    try {
      check(s);
    } catch (err) {
      out.push(`${JSON.stringify(s)}: ${(err as Error).message}`);
    }
  }
  return out;
}

export function searchCoreSuite(name: string, strings: readonly string[]): void {
  describe(`${name} through the search core`, () => {
    it('never throws in search, snippets, normalisation or redaction, in either language', async () => {
      const bundles = buildBundles(await loadContent(CONTENT, { requireSite: false }));
      for (const lang of LANGS) {
        const searcher = createSearcher(bundles[lang].index, bundles[lang].entries);
        const textOf = new Map(bundles[lang].entries.map((e) => [e.id, e.text]));
        expect(
          failures(strings, (s) => {
            for (const hit of searcher.search(s).results) searcher.snippet(textOf.get(hit.id)!, hit);
          }),
          lang,
        ).toEqual([]);
      }
      expect(failures(strings, (s) => normalizeQuery(s))).toEqual([]);
      expect(failures(strings, (s) => redact(s))).toEqual([]);
    });
  });

  describe(`${name} through \`ask --stdin\``, () => {
    it('answers one JSON line for each and exits 0 without a stack trace', () => {
      const input = strings.map((s) => s.replace(/[\r\n\u2028\u2029]+/g, ' ')).join('\n');
      const r = spawnSync(TSX, ['server/cli/ask.ts', '--content', CONTENT, '--json', '--stdin'], {
        cwd: ROOT,
        input,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines.length).toBe(input.split('\n').filter((l) => l.trim()).length);
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty('answered');
    }, 30_000);
  });
}
