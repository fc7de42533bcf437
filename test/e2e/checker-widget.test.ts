/**
 * Requirement checkers with JavaScript, in Chromium against the real server and content: the
 * permalink of an outcome opens on that outcome in the widget, and after one visit to `/` a checker
 * works offline (its on-demand chunk is precached with the shell), ticks included.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');

let browser: Browser;
const contexts: BrowserContext[] = [];
let errors: string[] = [];

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  // Offline, the browser itself logs the requests that cannot go out (revalidation, counts): expected.
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page };
}

/** Picks an option by its label and presses Next (playwright locators pierce the shadow roots). */
async function answer(widget: Locator, label: string): Promise<void> {
  await widget.locator('faq-checker').getByLabel(label, { exact: true }).check();
  await widget.locator('faq-checker').getByRole('button', { name: 'Next' }).click();
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
  const seen = errors;
  errors = [];
  expect(seen, 'browser console errors').toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

describe('checkers in the widget', () => {
  it("an outcome's permalink opens on that outcome in the widget", async () => {
    const { page } = await newPage();
    await page.goto(`${BASE}/a/visa-checker?lang=en&purpose=tourism&length=short&nationality-short=exempt`);
    const outcome = page.locator('faq-assistant faq-checker #outcome-title');
    await expect.poll(() => outcome.textContent(), { timeout: 15_000 }).toBe('Visa-free visit (up to 30 days)');
  });

  it('after one visit to /, a checker is walked offline to its outcome and its ticks are kept', async () => {
    const { context, page } = await newPage();
    await page.goto(`${BASE}/?lang=en`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const widget = page.locator('faq-assistant');
    await widget.getByRole('combobox').fill('which documents do I need for my passport');
    await expect.poll(() => widget.getByRole('option').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringContaining('Which documents do I need for my passport?'));

    await context.setOffline(true);
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await widget.getByRole('combobox').fill('which documents do I need for my passport');
    await widget.getByRole('option', { name: /Which documents do I need for my passport\?/ }).click();
    await answer(widget, 'A child under 17 who is not married');
    await answer(widget, 'No, this is their first passport');
    const checker = widget.locator('faq-checker');
    expect(await checker.locator('#outcome-title').textContent()).toBe("A child's first passport");
    await checker.getByLabel("Both parents' e-KTP").check();
    await expect.poll(() => checker.locator('.count').textContent()).toBe('1 of 6 ready');
    // The tick is written to IndexedDB as it is made; leaving the page before that write commits
    // would lose it in any browser, so the test waits for it, as a citizen's next visit would.
    await expect.poll(() => page.evaluate(storedChecklists)).toContainEqual(expect.arrayContaining([expect.any(Number)]));

    // Offline still: the shell again, the same checker, the same outcome: the tick is there.
    await page.goto(`${BASE}/?lang=en`);
    await widget.getByRole('combobox').fill('which documents do I need for my passport');
    await widget.getByRole('option', { name: /Which documents do I need for my passport\?/ }).click();
    await answer(widget, 'A child under 17 who is not married');
    await answer(widget, 'No, this is their first passport');
    await expect.poll(() => checker.getByLabel("Both parents' e-KTP").isChecked()).toBe(true);
    expect(await checker.getByLabel('Family card (Kartu Keluarga)').isChecked()).toBe(false);
  });
});

/** The checklists idb-keyval's default store holds on this page (in the browser). */
async function storedChecklists(): Promise<unknown[]> {
  // Opened only once idb-keyval has made it: opening it first would make it without its store.
  if (!(await indexedDB.databases()).some((d) => d.name === 'keyval-store')) return [];
  return new Promise((resolve) => {
    const open = indexedDB.open('keyval-store');
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('keyval')) return resolve([]);
      const all: unknown[] = [];
      const cursor = db.transaction('keyval').objectStore('keyval').openCursor();
      cursor.onerror = () => resolve(all);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(all);
        if (String(c.key).startsWith('faq-checklist:')) all.push(c.value);
        c.continue();
      };
    };
  });
}
