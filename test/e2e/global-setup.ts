/**
 * Builds the browser files, then starts the real server (as `npm start` does) on a free port with
 * a temp DATA_DIR, a temp copy of content/ (tests may edit it) and a known admin token.
 * Provides `baseUrl`, `adminToken`, `contentDir` and `dataDir` to the tests through `inject()`.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../bench/widget-size.js';
import { freePort, startServer } from '../support/server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
    contentDir: string;
    dataDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBuilt(ROOT);
  const tmp = await mkdtemp(join(tmpdir(), 'tanya-e2e-'));
  const contentDir = join(tmp, 'content');
  const dataDir = join(tmp, 'data');
  await cp(join(ROOT, 'content'), contentDir, { recursive: true });
  const port = await freePort();
  const adminToken = `e2e-${randomBytes(18).toString('base64url')}`;

  const server = await startServer({ port, dataDir, contentDir, adminToken });

  project.provide('baseUrl', server.baseUrl);
  project.provide('adminToken', adminToken);
  project.provide('contentDir', contentDir);
  project.provide('dataDir', dataDir);

  return async () => {
    await server.stop();
    await rm(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
}
