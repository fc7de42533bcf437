/**
 * The real server process (`server/main.ts` under tsx's loader) on a free port, spoken to over
 * HTTP, then SIGTERMed. Started as `node --import tsx`, not through the `tsx` CLI: the CLI relays
 * signals to its child and SIGKILLs it when the child has not acknowledged within 2 × 30 ms, which a
 * busy test machine's event loop can miss, turning a graceful shutdown into exit code 143.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let child: ChildProcess;
let base: string;
let stdout = '';
let exit: Promise<number | null>;

beforeAll(async () => {
  dir = tempDir();
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: join(dir, 'data'), CONTENT_DIR: join(dir, 'content'), SKIP_BUILD: '1' };
  delete env.ADMIN_TOKEN;
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stdout}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /Tanya listening on (http:\/\/localhost:\d+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${stdout}`)));
  });
}, 20_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('prints the admin URL with a generated token once', () => {
    expect(stdout).toMatch(/Admin console: http:\/\/localhost:\d+\/admin#token=[A-Za-z0-9_-]{32}/);
  });

  it('serves the API over HTTP with compression and 304s', async () => {
    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toMatchObject({ ok: true, db: 'ok' });

    const res = await fetch(`${base}/api/content/id`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag')!;
    expect(((await res.json()) as { lang: string }).lang).toBe('id');
    const again = await fetch(`${base}/api/content/id`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('logs one structured line per request', () => {
    const line = stdout.split('\n').find((l) => l.includes('"path":"/api/health"'));
    expect(JSON.parse(line!)).toMatchObject({ level: 'info', method: 'GET', path: '/api/health', status: 200, ms: expect.any(Number) });
  });

  it('stores events, redacted', async () => {
    const post = () =>
      fetch(`${base}/api/unanswered`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ q: 'paspor hilang di jalan, no hp 0812-3456-7890', lang: 'id', reason: 'no-match', eventId: 'process-test-1' }),
      });
    expect((await post()).status).toBe(202);
  });

  it('refuses oversized and non-JSON bodies read from the socket', async () => {
    const big = JSON.stringify({ q: 'x'.repeat(9000), lang: 'id', reason: 'no-match' });
    const sized = await fetch(`${base}/api/unanswered`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(sized.status).toBe(413);
    const streamed = await fetch(`${base}/api/unanswered`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 2500, (i + 1) * 2500)));
          controller.enqueue(new TextEncoder().encode(big.slice(10_000)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const broken = await fetch(`${base}/api/unanswered`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"q":' });
    expect(broken.status).toBe(400);
    const text = await fetch(`${base}/api/unanswered`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
  });

  it('finishes in-flight requests on SIGTERM, closes the database and exits 0', async () => {
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      fetch(`${base}/api/searches`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lang: 'en', answered: i % 2 === 0, eventId: `shutdown-${String(i).padStart(3, '0')}` }),
      }).then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const statuses = await Promise.allSettled(inFlight);
    const code = await exit;
    expect(code, stdout.slice(-1500)).toBe(0);
    const answered = statuses.filter((s) => s.status === 'fulfilled').map((s) => (s as PromiseFulfilledResult<number>).value);
    expect(answered.every((s) => s === 202)).toBe(true);

    // Closed cleanly: the WAL was folded back, and everything answered 202 is in the file.
    const db = new Database(join(dir, 'data', 'query-log.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT query FROM unanswered').pluck().all()).toEqual(['paspor hilang di jalan, no hp [phone]']);
      expect(db.prepare('SELECT COUNT(*) FROM searches').pluck().get()).toBe(answered.length);
    } finally {
      db.close();
    }
    expect(stdout).toContain('"msg":"stopped"');
  });
});
