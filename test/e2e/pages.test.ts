/**
 * The assistant's pages end to end: the built widget and the real server in Chromium.
 * Covers issue 4's "Done means": `/` answers real questions; `/a/<id>` carries Open Graph tags and
 * its answer with JavaScript off; `/demo` survives its hostile stylesheet; the console stays clean.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');

let browser: Browser;
const contexts: BrowserContext[] = [];
let consoleErrors: string[] = [];

/** A fresh phone-sized page whose console errors and uncaught exceptions are collected. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${path}: ${m.text()}`));
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  const response = await page.goto(BASE + path);
  expect(response?.status(), `${path} status`).toBe(200);
  return page;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
  const errors = consoleErrors;
  consoleErrors = [];
  expect(errors, 'browser console errors').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('/ (the full-page assistant)', () => {
  it('answers "syarat bikin paspor", and Back returns to the results with the question kept', async () => {
    const page = await open('/?lang=id');
    const field = page.getByRole('combobox');
    await field.click();
    await field.pressSequentially('syarat bikin paspor', { delay: 20 });
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(await page.getByRole('option').first().textContent()).toContain('syarat membuat paspor baru');
    await field.press('Enter');
    const heading = page.locator('#faq-answer-title');
    await heading.waitFor();
    expect(await heading.textContent()).toContain('syarat membuat paspor baru');
    expect(new URL(page.url()).pathname).toBe('/a/passport-new');
    await page.goBack();
    await field.waitFor();
    expect(await field.inputValue()).toBe('syarat bikin paspor');
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
  });

  it('answers "visa on arrival fee" in English', async () => {
    const page = await open('/?lang=en');
    const field = page.getByRole('combobox');
    await field.click();
    await field.pressSequentially('visa on arrival fee', { delay: 20 });
    await expect.poll(async () => (await page.getByRole('option').first().textContent()) ?? '').toContain('visa on arrival');
    await field.press('Enter');
    await page.locator('#faq-answer-title').waitFor();
    expect(await page.locator('#faq-answer-title').textContent()).toMatch(/visa on arrival/i);
    expect(await page.locator('.answer-body').textContent()).toMatch(/\d/); // a fee, in numbers
  });

  it('fills in and searches ?q= from a shared link', async () => {
    const page = await open(`/?lang=id&q=${encodeURIComponent('syarat bikin paspor')}`);
    await expect.poll(() => page.getByRole('combobox').inputValue()).toBe('syarat bikin paspor');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
  });

  it('is installable: a manifest with 192 and 512 px icons, and a description', async () => {
    const page = await open('/?lang=id');
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await fetch(new URL(manifestHref!, BASE))).json();
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await fetch(new URL(icon.src, BASE))).status).toBe(200);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });

  it('takes the language from the browser when the link does not say', async () => {
    const page = await open('/'); // Chromium here asks for en-US
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('/a/:id (an answer permalink)', () => {
  it('is readable with JavaScript off, with title, description, canonical, Open Graph and Twitter tags', async () => {
    const page = await open('/a/passport-new?lang=id', { javaScriptEnabled: false });
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect(await page.title()).toContain('syarat membuat paspor baru');
    expect(await meta('meta[name="description"]')).toMatch(/M-Paspor/);
    expect(await meta('meta[property="og:title"]')).toContain('syarat membuat paspor baru');
    expect(await meta('meta[property="og:description"]')).toBeTruthy();
    expect(await meta('meta[property="og:url"]')).toBe(`${BASE}/a/passport-new?lang=id`);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:image"]')).toMatch(/^http.*\.png$/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${BASE}/a/passport-new?lang=id`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Kartu Keluarga');
    expect(text).toMatch(/Terakhir diperiksa/);
    expect(await page.locator('main h1').isVisible()).toBe(true);
  });

  it('hands over to the widget with JavaScript on', async () => {
    const page = await open('/a/passport-new?lang=id');
    await page.locator('faq-assistant .answer').waitFor();
    expect(await page.locator('#faq-answer-title').textContent()).toContain('syarat membuat paspor baru');
    await expect.poll(() => page.getByRole('checkbox').count()).toBeGreaterThan(0);
    // Back from a permalink lands on the search page.
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('combobox').waitFor();
  });

  it('answers unknown ids with a 404 page', async () => {
    const res = await fetch(`${BASE}/a/no-such-answer?lang=id`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('Jawaban tidak ditemukan');
  });

  it('escapes what it echoes', async () => {
    const res = await fetch(`${BASE}/a/%3Cscript%3Ealert(1)%3C%2Fscript%3E?lang=id`);
    expect(await res.text()).not.toContain('<script>alert(1)');
  });
});

describe('/demo (a hostile host page)', () => {
  it('renders the inline widget and the launcher correctly under the hostile stylesheet', async () => {
    const page = await open('/demo?lang=en');
    const inline = page.locator('#inline-demo');
    const field = inline.getByRole('combobox');
    await field.waitFor();
    const style = await field.evaluate((el) => {
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { font: s.fontSize, color: s.color, display: s.display, height: box.height, width: box.width, family: s.fontFamily };
    });
    expect(style.display).not.toBe('none');
    expect(style.font).toBe('16px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.family).not.toMatch(/comic/i);
    expect(style.height).toBeGreaterThanOrEqual(44);
    expect(style.width).toBeGreaterThan(200);
    // The host page's own text is still hostile: the stylesheet really applies.
    expect(await page.locator('body > main > faq-assistant').first().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');

    await field.click();
    await field.pressSequentially('visa on arrival', { delay: 20 });
    await expect.poll(() => inline.getByRole('option').count()).toBeGreaterThan(0);
    const option = inline.getByRole('option').first();
    expect(await option.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');

    const launcher = page.locator('#launcher-demo').locator('#faq-launcher');
    const box = (await launcher.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await launcher.click();
    await page.locator('#launcher-demo').getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#launcher-demo').getByRole('dialog').waitFor({ state: 'detached' });
    expect(await launcher.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
  });

  it('shows the embed snippet', async () => {
    const page = await open('/demo');
    const snippet = await page.locator('pre code').first().textContent();
    expect(snippet).toContain(`<script type="module" src="${BASE}/widget.js"></script>`);
    expect(snippet).toContain(`<faq-assistant server="${BASE}"`);
  });

  it('serves widget.js to other origins (module scripts are fetched with CORS)', async () => {
    const res = await fetch(`${BASE}/widget.js`, { headers: { Origin: 'https://www.example.go.id' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  });
});
