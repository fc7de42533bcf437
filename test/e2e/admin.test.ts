/**
 * The admin console end to end: the built `/admin` page in Chromium against the real server (the
 * e2e global setup starts it over a temp copy of content/ and a temp database).
 *
 * Covers issue 6's "Done means": wrong token → error and no data; right token → the table; sign
 * out → gone; two spellings → one group with the right count; a logged `<img onerror>` shown as
 * text; resolve → leaves "open", shows under "resolved"; CSV of the current filter; "What does it
 * answer now?" follows a content edit made while the page is open; axe-core clean signed out and in.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { normalizeQuery } from '../../widget/search/index.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');
const TOKEN = inject('adminToken');
const CONTENT_DIR = inject('contentDir');

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const XSS = '<img src=x onerror="window.__xss=1">';
const PET_QUESTION = 'bawa kucing peliharaan ke luar negeri';
const PET_FILE = join(CONTENT_DIR, 'id', 'e2e-admin-pet-travel.md');
const PASPOR_KEY = normalizeQuery('gmn bikin paspor');

let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

async function logUnanswered(q: string, lang: 'id' | 'en' = 'id'): Promise<void> {
  const res = await fetch(`${BASE}/api/unanswered`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ q, lang, reason: 'no-match' }),
  });
  expect(res.status, await res.clone().text()).toBe(202);
}

/** Runs axe-core on the whole page (it walks open shadow roots); returns violations as text. */
async function axeViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  const violations = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  return violations;
}

const row = (key: string): Locator => page.locator(`tr[data-query="${key.replace(/"/g, '\\"')}"]`);
const statusFilter = () => page.locator('select[name=status]');

async function signIn(token: string): Promise<void> {
  await page.getByLabel('Admin token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  await rm(PET_FILE, { force: true });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  // bypassCSP only so the test can inject axe-core; the page itself runs under the real CSP.
  context = await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => {
    // The wrong-token attempt is meant to 401; Chromium logs that failed request as an error.
    if (m.type() === 'error' && !/status of 401/.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await logUnanswered('Gmn bikin PASPOR??');
  await logUnanswered('gmn bikin paspor');
  await logUnanswered(XSS);
  await logUnanswered(PET_QUESTION);
});

afterAll(async () => {
  await browser?.close();
  await rm(PET_FILE, { force: true });
});

describe('admin console', () => {
  it('signed out: only the sign-in form, and axe finds no violations', async () => {
    const script = await fetch(`${BASE}/admin.js`);
    expect(script.status, '/admin.js: is dist/ built, and are the page routes mounted?').toBe(200);
    const res = await page.goto(`${BASE}/admin`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.getByLabel('Admin token').count()).toBe(1);
    expect(await page.locator('table').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a wrong token: an error message and no data', async () => {
    await signIn('definitely-not-the-admin-token');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/not valid/);
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('the right token: the table, two spellings as one group of 2, axe clean', async () => {
    await signIn(TOKEN);
    await expect.poll(() => row(PASPOR_KEY).count(), { timeout: 10_000 }).toBe(1);
    expect((await row(PASPOR_KEY).locator('.count').textContent())?.trim()).toBe('2');
    // The question as a citizen typed it leads the row; other wordings follow.
    const examples = [await row(PASPOR_KEY).locator('.asked').textContent(), ...(await row(PASPOR_KEY).locator('.examples li').allTextContents())];
    expect(examples.sort()).toEqual(['Gmn bikin PASPOR??', 'gmn bikin paspor'].sort());
    await expect.poll(() => row(PASPOR_KEY).locator('svg.spark').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a phone: the page never scrolls sideways (the table scrolls inside its own region)', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows a logged <img onerror> as text and never runs it', async () => {
    const xssRow = page.locator('tr[data-query]').filter({ hasText: XSS });
    await expect.poll(() => xssRow.count()).toBe(1);
    expect(await xssRow.locator('.asked').textContent()).toBe(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  it('"What does it answer now?" follows a content edit made while the page is open', async () => {
    const key = normalizeQuery(PET_QUESTION);
    await row(key).getByRole('button', { name: 'What does it answer now?' }).click();
    const verdict = page.locator('tr.answer .verdict').first();
    await expect.poll(() => verdict.locator('.verdict-unanswered').count(), { timeout: 10_000 }).toBe(1);

    await writeFile(
      PET_FILE,
      [
        '---',
        'title: Bagaimana membawa kucing peliharaan ke luar negeri?',
        'category: general',
        'questions:',
        `  - ${PET_QUESTION}`,
        'tags: [kucing, peliharaan, hewan]',
        'updated: 2025-01-01',
        '---',
        'Urus sertifikat kesehatan hewan di karantina sebelum berangkat.',
        '',
      ].join('\n'),
    );
    // The console revalidates the bundle when the window regains focus (and every 30 s); a
    // headless page never loses focus, so the test says it regained it, until the server reloaded.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('focus')));
          return verdict.locator('.verdict-answered').count();
        },
        { timeout: 15_000, interval: 300 },
      )
      .toBe(1);
    expect(await verdict.locator('.hit-title').first().textContent()).toBe('Bagaimana membawa kucing peliharaan ke luar negeri?');
  });

  it('resolve (linked to the new entry) → leaves "open", appears under "resolved"', async () => {
    const key = normalizeQuery(PET_QUESTION);
    await row(key).getByRole('button', { name: 'Resolve…' }).click();
    await page.getByLabel(/Answer id that now covers it/).fill('no-such-entry');
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => page.locator('#resolve-error').textContent()).toMatch(/no-such-entry/);
    await page.getByLabel(/Answer id that now covers it/).fill('e2e-admin-pet-travel');
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => row(key).count()).toBe(0);
    expect(await row(PASPOR_KEY).count()).toBe(1);

    await statusFilter().selectOption('resolved');
    await expect.poll(() => row(key).count()).toBe(1);
    expect(await row(key).locator('.status').textContent()).toBe('resolved');
    expect(await row(PASPOR_KEY).count()).toBe(0);
  });

  it('exports the current filter as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV (this filter)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tanya-unanswered-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^query,count,/);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain(normalizeQuery(PET_QUESTION));
    expect(lines[1]).toContain('resolved');
    expect(lines[1]).toContain('e2e-admin-pet-travel');
  });

  it('sign out: the data is gone and the token forgotten', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByLabel('Admin token').count()).toBe(1);
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByLabel('Admin token').count()).toBe(1);
    expect(await page.locator('table').count()).toBe(0);
  });

  it('left the console free of errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
