/**
 * A requirement checker with JavaScript off, in Chromium against the real server and content:
 * every question answered by its GET form reaches an outcome whose URL, opened fresh in another
 * browser context, shows the same checklist; the browser's Back goes back a question.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');

let browser: Browser;
const contexts: BrowserContext[] = [];

async function noScriptPage(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

const checklist = (page: Page) => page.locator('.checker-outcome .checklist li').allTextContents();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers each question by clicking the option's label and the submit button, as a person would. */
async function walk(page: Page, labels: string[], progress: string[]): Promise<void> {
  for (const [i, label] of labels.entries()) {
    const form = page.locator('form.checker-step');
    expect(await form.locator('.checker-progress').textContent()).toBe(progress[i]);
    await form.getByLabel(label, { exact: true }).check();
    await Promise.all([page.waitForURL(/\?/), form.getByRole('button').click()]);
  }
}

describe('checkers without JavaScript', () => {
  it('passport-checker (id): four questions by GET forms to "lost abroad", Back, and the outcome URL opened fresh', async () => {
    const page = await noScriptPage();
    expect((await page.goto(`${BASE}/a/passport-checker?lang=id`))?.status()).toBe(200);
    await walk(
      page,
      ['Saya sendiri, berusia 17 tahun ke atas atau sudah menikah', 'Wisata, kunjungan keluarga, sekolah, atau keperluan pribadi lain', 'Sudah, tetapi paspor saya hilang', 'Di luar negeri'],
      ['Pertanyaan 1 dari 4', 'Pertanyaan 2 dari 4', 'Pertanyaan 3 dari 4', 'Pertanyaan 4 dari 4'],
    );
    const outcomeUrl = page.url();
    expect(new URL(outcomeUrl).search).toBe('?lang=id&who=adult&purpose=travel&reason=lost&where-lost=abroad');
    expect(await page.locator('#checker-outcome').textContent()).toBe('Paspor hilang di luar negeri');
    const items = await checklist(page);
    expect(items).toContain('Laporan kehilangan dari polisi setempat');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(/^Paspor hilang di luar negeri · /);

    await page.goBack();
    expect(await page.locator('legend').textContent()).toBe('Di mana Anda sekarang?');

    const fresh = await noScriptPage();
    await fresh.goto(outcomeUrl);
    expect(await fresh.locator('#checker-outcome').textContent()).toBe('Paspor hilang di luar negeri');
    expect(await checklist(fresh)).toEqual(items);
    await fresh.getByRole('link', { name: 'Paspor saya hilang saat di luar negeri, apa yang harus dilakukan?' }).click();
    expect(new URL(fresh.url()).pathname).toBe('/a/passport-lost-abroad');
  });

  it('visa-checker (en): purpose, length and nationality to the visa on arrival', async () => {
    const page = await noScriptPage();
    await page.goto(`${BASE}/a/visa-checker?lang=en`);
    await walk(
      page,
      ['Holiday, or visiting family or friends', '30 days or less', 'A country eligible for the visa on arrival (about 90 countries, e.g. Australia, Japan, the UK, the USA, most of Europe)'],
      ['Question 1 of 3', 'Question 2 of 3', 'Question 3 of 3'],
    );
    expect(await page.locator('#checker-outcome').textContent()).toBe('Visa on arrival or e-VoA (30 days)');
    const fresh = await noScriptPage();
    await fresh.goto(page.url());
    expect(await checklist(fresh)).toEqual(await checklist(page));
  });
});
