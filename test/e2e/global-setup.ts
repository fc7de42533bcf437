/**
 * Builds the browser files, then starts the real server (`tsx server/main.ts`) on a free port with
 * a temp DATA_DIR, a temp copy of content/ (tests may edit it) and a known admin token.
 * Provides `baseUrl`, `adminToken`, `contentDir` and `dataDir` to the tests through `inject()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../bench/widget-size.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
    contentDir: string;
    dataDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy in 60 s:\n${output()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBuilt(ROOT);
  const tmp = await mkdtemp(join(tmpdir(), 'tanya-e2e-'));
  const contentDir = join(tmp, 'content');
  const dataDir = join(tmp, 'data');
  await cp(join(ROOT, 'content'), contentDir, { recursive: true });
  const port = await freePort();
  const adminToken = `e2e-${randomBytes(18).toString('base64url')}`;
  const baseUrl = `http://127.0.0.1:${port}`;

  let log = '';
  const server = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CONTENT_DIR: contentDir,
      ADMIN_TOKEN: adminToken,
      SKIP_BUILD: '1',
      // The tests make many requests from one address in a few seconds.
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await waitForHealth(baseUrl, server, () => log);

  project.provide('baseUrl', baseUrl);
  project.provide('adminToken', adminToken);
  project.provide('contentDir', contentDir);
  project.provide('dataDir', dataDir);

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await rm(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
}
