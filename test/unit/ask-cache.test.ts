/** `ask` keeps each content folder's built bundle (server/search/bundle-cache.ts): same answers, rebuilt on any change. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

let dir: string;
let content: string;
let cache: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tanya-ask-cache-'));
  content = join(dir, 'content');
  cache = join(dir, 'cache');
  cpSync(join(ROOT, 'test/fixtures/content-good'), content, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function ask(question: string) {
  const r = spawnSync(TSX, ['server/cli/ask.ts', '--content', content, '--json', question], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TANYA_CACHE_DIR: cache },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { answered: boolean; results: { id: string; title: string }[] };
}

describe('ask with its bundle cache', () => {
  it('answers the same from the cache as from the content, and keeps one bundle for it', () => {
    const built = ask('jam buka kantor imigrasi');
    expect(built.results[0].id).toBe('office-hours');
    expect(readdirSync(cache)).toHaveLength(1);
    expect(ask('jam buka kantor imigrasi')).toEqual(built);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('reads the bundle from the cache while the content is unchanged', () => {
    ask('jam buka kantor imigrasi');
    // A mark only the cached bundle has: an answer that shows it was read, not built again.
    const [name] = readdirSync(cache);
    const cached = JSON.parse(readFileSync(join(cache, name), 'utf8'));
    for (const entry of cached.entries) if (entry.id === 'office-hours') entry.title = 'from the cache';
    writeFileSync(join(cache, name), JSON.stringify(cached));
    expect(ask('jam buka kantor imigrasi').results[0].title).toBe('from the cache');
  });

  it('builds again when an answer changes', () => {
    ask('jam buka kantor imigrasi');
    const file = join(content, 'id', 'office-hours.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Jam layanan kantor imigrasi hari Sabtu'));
    expect(ask('jam buka kantor imigrasi').results[0].title).toBe('Jam layanan kantor imigrasi hari Sabtu');
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('answers from the content when the cached bundle is damaged', () => {
    const built = ask('jam buka kantor imigrasi');
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name), '{"index": {"format": 1');
    expect(ask('jam buka kantor imigrasi')).toEqual(built);
  });
});
