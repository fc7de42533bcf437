/**
 * Offline, end to end (issue 5's "Done means"): the real server (`server/main.ts`) and the built
 * pages in Chromium. This file starts its OWN server, on a temp copy of content/ and a temp data
 * folder, because it stops, kills and restarts it; the shared one from global-setup.ts is not touched.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../bench/widget-size.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { freePort, startServer as startServerProcess, type RunningServer } from '../support/server-process.js';
import { consoleErrors, expectAnswer, queuedEvents, savedBundles } from '../support/widget-page.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = `e2e-offline-${randomBytes(12).toString('base64url')}`;

let tmp: string;
let contentDir: string;
let dataDir: string;
let port: number;
let BASE: string;
let server: RunningServer | undefined;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Starts the server (same port, data and content every time, as a restart after a crash would). */
async function startServer(): Promise<void> {
  server = await startServerProcess({ port, dataDir, contentDir, adminToken: TOKEN });
}

/** SIGKILL: no graceful shutdown, as when the machine loses power. */
async function killServer(): Promise<void> {
  const running = server;
  server = undefined;
  await running?.stop('SIGKILL');
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  contexts.push(context);
  return context;
}

async function unansweredAtServer(): Promise<number> {
  const res = await fetch(`${BASE}/api/admin/unanswered`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  const { groups } = (await res.json()) as { groups: { count: number }[] };
  return groups.reduce((n, g) => n + g.count, 0);
}

/** Opens `/demo` and waits until its inline widget has the content and saved it on the device. */
async function openDemo(context: BrowserContext): Promise<{ page: Page; widget: Locator }> {
  const page = await context.newPage();
  await page.goto(`${BASE}/demo?lang=id`);
  const widget = page.locator('#inline-demo');
  return { page, widget };
}

beforeAll(async () => {
  // global-setup.ts builds dist/ already; this keeps the file runnable on its own.
  ensureBuilt(ROOT);
  tmp = await mkdtemp(join(tmpdir(), 'tanya-e2e-offline-'));
  contentDir = join(tmp, 'content');
  dataDir = join(tmp, 'data');
  await cp(join(ROOT, 'content'), contentDir, { recursive: true });
  port = await freePort();
  BASE = `http://127.0.0.1:${port}`;
  await startServer();
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
  if (!server) await startServer(); // a test that failed while the server was down
});

afterAll(async () => {
  await browser?.close();
  await killServer();
  // Retries: Chromium and SQLite may still be closing files in it (ENOTEMPTY).
  if (tmp) await rm(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

describe('the assistant\'s own pages (service worker)', () => {
  it('after one visit, / reloads offline and answers "syarat paspor" and "visa on arrival"', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/?lang=id`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const widget = page.locator('faq-assistant');
    await expectAnswer(widget, 'syarat paspor', /paspor/i);
    await expect.poll(async () => (await savedBundles(page)).length).toBeGreaterThan(0);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await expectAnswer(widget, 'syarat paspor', /syarat membuat paspor/i);
    await expectAnswer(widget, 'visa on arrival', /visa on arrival/i);
    // Honest about it: the answers are the ones saved on the device.
    await expect.poll(() => widget.locator('.offline-note').textContent()).toMatch(/Offline — jawaban tersimpan pada \d/);
  });

  it('with the server stopped entirely, a new page on / still loads and answers', async () => {
    const context = await newContext();
    const first = await context.newPage();
    await first.goto(`${BASE}/?lang=id`);
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await expectAnswer(first.locator('faq-assistant'), 'syarat paspor', /paspor/i);
    await expect.poll(async () => (await savedBundles(first)).length).toBeGreaterThan(0);

    await killServer();
    const page = await context.newPage();
    const response = await page.goto(`${BASE}/?lang=id`);
    expect(response?.status()).toBe(200);
    await expectAnswer(page.locator('faq-assistant'), 'syarat paspor', /syarat membuat paspor/i);
    await expectAnswer(page.locator('faq-assistant'), 'visa on arrival', /visa on arrival/i);
    await startServer();
  });

  it('offers "new version available — reload" instead of switching silently, and reloads on request', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/?lang=en`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    // A new release: any byte of sw.js changed. Restored below; the worker stays equivalent.
    const swFile = join(ROOT, 'dist', 'sw.js');
    const original = await readFile(swFile, 'utf8');
    const newer = `${original}\n// e2e: a newer release\n`;
    try {
      await writeFile(swFile, newer);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const prompt = page.locator('#tanya-update');
      await prompt.waitFor({ timeout: 20_000 });
      expect(await prompt.textContent()).toContain('New version available');
      // Still the page (and worker) the citizen had: nothing switched behind their back.
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
      await expectAnswer(page.locator('faq-assistant'), 'visa on arrival', /visa on arrival/i);
    } finally {
      // Unless a build replaced it meanwhile (dist/ is shared with whoever else is building).
      if ((await readFile(swFile, 'utf8')) === newer) await writeFile(swFile, original);
    }
  });

  it('never stores or serves admin pages or admin API responses', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/?lang=id`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const admin = await page.goto(`${BASE}/admin`);
    expect(admin?.status()).toBe(200);
    expect(admin?.fromServiceWorker()).toBe(false);
    const api = await page.evaluate(async (token) => {
      const res = await fetch('/api/admin/unanswered', { headers: { Authorization: `Bearer ${token}` } });
      return res.status;
    }, TOKEN);
    expect(api).toBe(200);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(0); // the shell is there…
    expect(cached.filter((u) => /\/admin|\/api\//.test(new URL(u).pathname))).toEqual([]); // …and nothing else
    const sw = await (await fetch(`${BASE}/sw.js`)).text();
    expect(sw).not.toMatch(/admin/);

    await context.setOffline(true);
    await expect(page.goto(`${BASE}/admin`)).rejects.toThrow();
  });
});

describe('an embed on a third-party page (IndexedDB)', () => {
  it('after one online visit, answers from the saved bundle when the content endpoint is unreachable', async () => {
    const context = await newContext();
    const online = await openDemo(context);
    await expectAnswer(online.widget, 'syarat paspor', /paspor/i);
    await expect.poll(async () => (await savedBundles(online.page)).length).toBeGreaterThan(0);
    await online.page.close();

    let blocked = 0;
    await context.route('**/api/content/**', (route) => (blocked++, route.abort('internetdisconnected')));
    const { widget } = await openDemo(context);
    await expectAnswer(widget, 'syarat paspor', /syarat membuat paspor/i);
    await expectAnswer(widget, 'visa on arrival', /visa on arrival/i);
    expect(blocked).toBeGreaterThan(0); // it did try the network
    await expect.poll(() => widget.locator('.offline-note').textContent()).toMatch(/Offline — jawaban tersimpan pada/);
  });

  it('answers from the saved bundle, and says so, when the server fails (503) instead of the network', async () => {
    const context = await newContext();
    const online = await openDemo(context);
    await expectAnswer(online.widget, 'syarat paspor', /paspor/i);
    await expect.poll(async () => (await savedBundles(online.page)).length).toBeGreaterThan(0);
    await online.page.close();

    let failed = 0;
    await context.route('**/api/content/**', (route) => (failed++, route.fulfill({ status: 503, body: 'down for maintenance' })));
    const { widget } = await openDemo(context);
    await expectAnswer(widget, 'syarat paspor', /syarat membuat paspor/i);
    await expect.poll(() => failed).toBeGreaterThan(0);
    await expect.poll(() => widget.locator('.offline-note').textContent()).toMatch(/Offline — jawaban tersimpan pada/);
  });

  it('recovers from a garbage or truncated saved bundle without a console error', async () => {
    const context = await newContext();
    const first = await openDemo(context);
    await expectAnswer(first.widget, 'syarat paspor', /paspor/i);
    await expect.poll(async () => (await savedBundles(first.page)).length).toBeGreaterThan(0);
    const keys = (await savedBundles(first.page)).map((r) => r.key);
    await first.page.close();

    for (const junk of ['{"version":"x", garbage', { format: 1, savedAt: 1, checkedAt: 1, bundle: { version: 'x', lang: 'id', entries: [{}] } }]) {
      const writer = await context.newPage();
      await writer.goto(`${BASE}/robots.txt`); // same origin, no widget holding the database open
      await writer.evaluate(
        ([keys, junk]) =>
          new Promise<void>((ok, fail) => {
            const open = indexedDB.open('faq-assistant-content');
            open.onsuccess = () => {
              const tx = open.result.transaction('bundles', 'readwrite');
              for (const key of keys as string[]) tx.objectStore('bundles').put(junk, key);
              tx.oncomplete = () => (open.result.close(), ok());
              tx.onerror = () => fail(tx.error);
            };
            open.onerror = () => fail(open.error);
          }),
        [keys, junk] as const,
      );
      await writer.close();

      const { page, widget } = await openDemo(context);
      const errors = consoleErrors(page);
      await expectAnswer(widget, 'syarat paspor', /syarat membuat paspor/i);
      // Refetched and saved again, whole.
      await expect
        .poll(async () => (await savedBundles(page)).every((r) => (r.value as { format?: number }).format === 1 && !!(r.value as { bundle: { index?: unknown } }).bundle.index))
        .toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('picks up a changed answer on the next revalidation without a reload, and a second check gets 304', async () => {
    const context = await newContext();
    const { page, widget } = await openDemo(context);
    const statuses: number[] = [];
    page.on('response', (r) => new URL(r.url()).pathname === '/api/content/id' && statuses.push(r.status()));
    await expectAnswer(widget, 'syarat paspor', /syarat membuat paspor/i);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    const before = (await fetch(`${BASE}/api/content/id`)).headers.get('etag');
    const file = join(contentDir, 'id', 'passport-new.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace(/^title: .*$/m, 'title: "Apa saja syarat membuat paspor baru (diperbarui)?"'));
    await expect.poll(async () => (await fetch(`${BASE}/api/content/id`)).headers.get('etag'), { timeout: 20_000 }).not.toBe(before);

    statuses.length = 0;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => widget.getByRole('option').first().textContent(), { timeout: 15_000 }).toMatch(/diperbarui/);
    expect(statuses).toEqual([200]);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42); // no reload

    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => statuses.length).toBe(2);
    expect(statuses[1]).toBe(304);
    await writeFile(file, source);
  });
});

describe('events made offline', () => {
  it('three unanswered questions offline reach the server exactly once each, even when it is killed mid-flush', async () => {
    const context = await newContext();
    const { page, widget } = await openDemo(context);
    await expectAnswer(widget, 'syarat paspor', /paspor/i);
    // The outbox loads on demand; give it the chance an online visit gives it.
    await page.waitForTimeout(4500);
    const before = await unansweredAtServer();

    await context.setOffline(true);
    const field = widget.getByRole('combobox');
    for (const q of ['zorblax quintar satu', 'frobnicate wibble dua', 'quuxly plonk tiga']) {
      await field.fill(q);
      await field.press('Enter'); // settles the question: counted, and logged as unanswered
      await expect.poll(() => widget.locator('.no-answer').count()).toBe(1);
    }
    await expect
      .poll(async () => (await queuedEvents(page)).filter((e) => (e.value as { url: string }).url.endsWith('/api/unanswered')).length)
      .toBe(3);

    // The second unanswered event reaches the server and is stored, then the server dies before
    // the answer gets back: the page must keep it and send it again (same eventId).
    let seen = 0;
    let killed = false;
    await context.route('**/api/unanswered', async (route) => {
      seen++;
      if (seen !== 2) return route.continue();
      await route.fetch();
      await killServer();
      killed = true;
      await route.abort('connectionreset');
    });
    await context.setOffline(false); // fires `online`: the flush starts
    await expect.poll(() => killed, { timeout: 20_000 }).toBe(true);
    await startServer();

    await expect.poll(async () => (await queuedEvents(page)).length, { timeout: 40_000, interval: 500 }).toBe(0);
    expect(seen).toBeGreaterThanOrEqual(4); // the second one was sent twice…
    expect((await unansweredAtServer()) - before).toBe(3); // …and counted once
  });
});
