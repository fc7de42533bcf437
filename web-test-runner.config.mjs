/**
 * Browser tests: the real <faq-assistant> in Debian's Chromium (@web/test-runner + playwright-core).
 *
 * A small stub of the server's HTTP contract runs inside the dev server:
 * - `GET {prefix}/api/content/:lang` serves bundles built at start-up from
 *   `test/browser/fixtures/content/` by the server's own pipeline (ETag, 304 on If-None-Match);
 *   prefix `/fail` answers 500, `/slow` answers after 400 ms, `/old` serves the bundle with its index
 *   in a format this widget cannot read (another release's server).
 * - `GET /__stub/custom-elements.json` the element's manifest, made from the sources by the build's own code.
 * - `POST {prefix}/api/(unanswered|feedback|searches)` are recorded; tests read them with
 *   `GET /__stub/log` and clear them with `POST /__stub/reset` (see test/browser/support/stub.ts).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.mjs';

/** A free port, so two runs on one machine (two work trees, a developer and CI) never collide on 8000. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const bundlesFile = join(mkdtempSync(join(tmpdir(), 'tanya-wtr-')), 'bundles.json');
execFileSync('node_modules/.bin/tsx', ['test/browser/support/build-bundles.ts', 'test/browser/fixtures/content', bundlesFile], {
  stdio: 'inherit',
});
const bundles = JSON.parse(readFileSync(bundlesFile, 'utf8'));
const manifestFile = join(dirname(bundlesFile), 'custom-elements.json');
execFileSync('node_modules/.bin/tsx', ['test/browser/support/build-manifest.ts', manifestFile], { stdio: 'inherit' });
const manifest = readFileSync(manifestFile, 'utf8');

/** What the stub saw: events posted, content requests made. */
let log = { events: [], contentRequests: [] };

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @type {import('@web/dev-server-core').Middleware} */
async function stubServer(ctx, next) {
  const path = ctx.path;
  if (path === '/__stub/log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log);
    return;
  }
  if (path === '/__stub/custom-elements.json') {
    ctx.type = 'application/json';
    ctx.body = manifest;
    return;
  }
  if (path === '/__stub/reset' && ctx.method === 'POST') {
    log = { events: [], contentRequests: [] };
    ctx.status = 204;
    return;
  }
  const m = /^(\/fail|\/slow|\/old)?\/api\/(content\/(id|en)|unanswered|feedback|searches)$/.exec(path);
  if (!m) return next();
  const [, prefix, route, lang] = m;
  if (prefix === '/slow') await sleep(400);
  if (lang && ctx.method === 'GET') {
    log.contentRequests.push({ prefix: prefix ?? '', lang, ifNoneMatch: ctx.get('if-none-match') || undefined });
    if (prefix === '/fail') {
      ctx.status = 500;
      ctx.body = '{"error":{"code":"internal","message":"boom"}}';
      return;
    }
    const bundle =
      prefix === '/old'
        ? { ...bundles[lang], version: `${bundles[lang].version}-old`, index: { ...bundles[lang].index, format: bundles[lang].index.format - 1 } }
        : bundles[lang];
    const etag = `"${bundle.version}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bundle);
    return;
  }
  if (!lang && ctx.method === 'POST') {
    const raw = await readBody(ctx.req);
    log.events.push({ route, prefix: prefix ?? '', body: JSON.parse(raw) });
    ctx.status = 202;
    ctx.body = '';
    return;
  }
  return next();
}

export default {
  files: ['test/browser/**/*.test.ts'],
  port: await freePort(),
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [stubServer],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    }),
  ],
};
