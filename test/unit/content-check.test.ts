import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function contentCheck(...args: string[]) {
  const r = spawnSync(TSX, ['server/cli/content-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('content-check CLI', () => {
  it('exits 0 and says so for valid content', () => {
    const r = contentCheck('--content', 'test/fixtures/content-good');
    expect(r.out).toBe('content: 6 entries (3 id, 3 en), 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
  });

  it('exits 0 with only warnings, printing them as path:line: message', () => {
    const r = contentCheck('--content', 'test/fixtures/content-warnings');
    expect(r.out.split('\n')).toEqual([
      'test/fixtures/content-warnings/id/only-indonesian.md:1: warning: missing translation in en',
      'content: 3 entries (2 id, 1 en), 0 errors, 1 warning',
      '',
    ]);
    expect(r.code).toBe(0);
  });

  it('exits 1 with errors, listing every one of them', () => {
    const r = contentCheck('--content', 'test/fixtures/content-bad');
    expect(r.code).toBe(1);
    // The whole file is dropped, not just the bad part: the message must say so.
    expect(r.out).toContain('test/fixtures/content-bad/id/dangerous.md:8: raw <script> is not allowed (this file is not served until fixed)');
    expect(r.out).not.toContain('is removed');
    expect(r.out).toContain('test/fixtures/content-bad/id/bad-date.md:4: updated: "2024-13-45" is not a real calendar date');
    expect(r.out).toMatch(/\ncontent: 2 entries \(1 id, 1 en\), 16 errors, 9 warnings\n$/);
  });

  it('exits 1 on each checker authoring mistake, as path:line: message', () => {
    const r = contentCheck('--content', 'test/fixtures/content-checkers-bad');
    expect(r.code).toBe(1);
    for (const line of [
      'id/unknown-step.md:10: unknown step "wyh"',
      'id/unreachable-step.md:12: step "why" is unreachable',
      'id/leads-nowhere.md:10: option "adult" leads nowhere',
      'id/loop.md:16: loop: who → why → who',
      'id/no-items.md:16: outcome "empty" has no items',
      'en/mismatch.md:12: step "reason" is not in id/mismatch.md',
    ]) {
      expect(r.out).toContain(`test/fixtures/content-checkers-bad/${line}`);
    }
    expect(contentCheck('--content', 'test/fixtures/content-checkers').code).toBe(0);
  });

  it('rejects unknown options', () => {
    const r = contentCheck('--contnet', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: content-check');
  });
});
