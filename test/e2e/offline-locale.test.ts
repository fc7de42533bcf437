/**
 * The offline shell does not depend on the browser's language header (issue 11, item 9): a phone
 * whose language setting changed after its one online visit still opens `/` offline and answers.
 * Two launches of one Chromium profile, with different `locale`s (Accept-Language and
 * navigator.language), as a phone before and after a settings change.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { expectAnswer } from '../support/widget-page.js';

const BASE = inject('baseUrl');
let context: BrowserContext | undefined;
let profile: string | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
  if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  profile = undefined;
});

/** The same profile (service worker, caches, IndexedDB) in a browser set to `locale`. */
async function launch(locale: string): Promise<Page> {
  context = await chromium.launchPersistentContext(profile!, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    locale,
    viewport: { width: 390, height: 800 },
  });
  return context.pages()[0] ?? (await context.newPage());
}

/** One online visit to `path` in `locale`: the worker installed and the content saved on the device. */
async function visitOnline(path: string, locale: string): Promise<void> {
  const page = await launch(locale);
  await page.goto(BASE + path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await expectAnswer(page.locator('faq-assistant'), 'syarat paspor', /paspor/i);
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'faq-assistant-content')))
    .toBe(true);
  await context!.close();
  context = undefined;
}

describe('offline shell and the language header', () => {
  it('after one visit to / in Indonesian, / loads offline and answers in a browser now set to English', async () => {
    profile = await mkdtemp(join(tmpdir(), 'tanya-e2e-locale-'));
    await visitOnline('/', 'id-ID');

    const page = await launch('en-US');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context!.setOffline(true);
    const response = await page.goto(`${BASE}/`);
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expectAnswer(page.locator('faq-assistant'), 'syarat paspor', /paspor/i);
    // `/?q=` opens the same saved shell.
    expect((await page.goto(`${BASE}/?q=visa`))?.status()).toBe(200);
    expect(errors).toEqual([]);
  });

  it('after one visit to /?lang=id, that link loads offline in a browser set to another language', async () => {
    profile = await mkdtemp(join(tmpdir(), 'tanya-e2e-locale-'));
    await visitOnline('/?lang=id', 'en-GB');

    const page = await launch('id-ID');
    await context!.setOffline(true);
    const response = await page.goto(`${BASE}/?lang=id`);
    expect(response?.status()).toBe(200);
    await expectAnswer(page.locator('faq-assistant'), 'syarat paspor', /paspor/i);
  });
});
