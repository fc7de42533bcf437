/**
 * What an embedder relies on besides the script tag, against the built server in Chromium:
 * - the element's Custom Elements Manifest at `/custom-elements.json`, the one `package.json` names;
 * - the widget under a strict host Content-Security-Policy (`/demo/strict`, and the same page served
 *   from another origin, as a real office site would be), with no violation reported;
 * - `/demo`'s two themes (the default, and a dark one made only of documented `--faq-*` properties and
 *   parts) pass axe's contrast rule in every state.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
});
afterAll(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  /** CSP violations (`securitypolicyviolation` events, from any shadow root) and console errors. */
  problems: () => Promise<string[]>;
}

/** A page that records every CSP violation and console error from its first script on. */
async function watchedPage(options: { bypassCSP?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  const console_: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) && console_.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => console_.push(`page error: ${e.message}`));
  // Runs before the page's scripts (CDP, outside the page's CSP). The event is composed, so
  // violations inside the element's shadow root reach the document.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`), true);
  });
  return {
    page,
    problems: async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console_],
  };
}

/** A small HTTP server on a free loopback port (a loopback host keeps Chromium's local-network checks out of the way). */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Asks, opens the answer, ticks its checklist; then the same through the launcher. */
async function useEverything(page: Page): Promise<void> {
  const inline = page.locator('#strict-inline');
  const field = inline.getByRole('combobox');
  await field.click();
  await field.pressSequentially('syarat bikin paspor', { delay: 20 });
  // The answer with a checklist (a requirement checker may rank above it).
  const option = inline.getByRole('option').filter({ hasText: /paspor baru/i }).first();
  await option.waitFor();
  await option.click();
  await inline.locator('#faq-answer-title').waitFor();
  const item = inline.locator('.answer-body li label').first();
  await item.waitFor();
  await item.click(); // ticks it, as a finger on the item's text does
  expect(await item.locator('input[type="checkbox"]').isChecked()).toBe(true);

  const launcher = page.locator('#strict-launcher');
  await launcher.locator('#faq-launcher').click();
  const dialog = launcher.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('combobox').pressSequentially('visa on arrival', { delay: 20 });
  await expect.poll(() => dialog.getByRole('option').count()).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

describe('/custom-elements.json', () => {
  it('serves the manifest the build wrote, the file package.json names, to any origin', async () => {
    const res = await fetch(`${BASE}/custom-elements.json`, { headers: { Origin: 'https://office.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const manifest = await res.json();
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { customElements: string };
    expect(manifest).toEqual(JSON.parse(readFileSync(resolve(ROOT, pkg.customElements), 'utf8')));
    const tags = manifest.modules.flatMap((m: { declarations: { tagName?: string }[] }) => m.declarations.map((d) => d.tagName));
    expect(tags).toEqual(['faq-assistant']);
  });
});

describe('under a strict host Content-Security-Policy', () => {
  it('/demo/strict is served with exactly the strict policy, nothing inline on the page', async () => {
    const res = await fetch(`${BASE}/demo/strict`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`default-src 'self'; script-src 'self' ${BASE}; style-src 'self'; connect-src ${BASE}`);
    const page = await res.text();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(page).not.toMatch(/<style|\sstyle=/); // no inline style
  });

  it('loads, answers, opens an answer, ticks its checklist and opens the launcher with no violation', async () => {
    const { page, problems } = await watchedPage();
    expect((await page.goto(`${BASE}/demo/strict`))?.status()).toBe(200);
    await useEverything(page);
    expect(await problems()).toEqual([]);
  });

  it("does the same on another origin's page that allows only the assistant's origin", async () => {
    // The office's site: /demo/strict's page and policy, served from an origin of its own.
    const served = await fetch(`${BASE}/demo/strict`);
    const csp = served.headers.get('content-security-policy')!;
    const body = await served.text();
    const host = await listen(async (req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(body);
      } else {
        const file = await fetch(BASE + req.url);
        res.writeHead(file.status, { 'Content-Type': file.headers.get('content-type') ?? 'text/plain' }).end(Buffer.from(await file.arrayBuffer()));
      }
    });
    try {
      const { page, problems } = await watchedPage();
      await page.goto(`${host.origin}/`);
      expect(await page.evaluate(() => location.origin)).not.toBe(new URL(BASE).origin);
      await useEverything(page);
      expect(await problems()).toEqual([]);
    } finally {
      await new Promise((r) => host.server.close(r));
    }
  });

  it('would report a violation: an inline style is refused and seen', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${BASE}/demo/strict`);
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.innerHTML = '<p style="color: red">x</p>';
      document.body.append(el);
    });
    await expect.poll(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^csp: style-src/), expect.stringMatching(/^console: .*Content Security Policy/)]));
  });
});

/** axe's colour-contrast rule on one element (axe walks its shadow root); violations as text. */
async function contrastViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<Result> } }).axe;
    const result = await axe.run({ include: [[sel]] }, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${sel} ${JSON.stringify(n.target)}: ${n.failureSummary}`));
  }, selector);
}

describe('/demo themes', () => {
  for (const [name, selector] of [
    ['the default theme', '#inline-demo'],
    ['the dark theme (documented --faq-* properties and ::part only)', '#dark-demo'],
  ] as const) {
    it(`${name} passes axe's contrast rule: topics, suggestions, an answer, the hand-off`, async () => {
      // bypassCSP only so that the test can inject axe-core; the widget itself is the same.
      const { page, problems } = await watchedPage({ bypassCSP: true });
      await page.goto(`${BASE}/demo?lang=en`);
      const el = page.locator(selector);
      const field = el.getByRole('combobox');
      await field.click();
      await el.locator('.browse').waitFor();
      const seen: string[] = [];
      seen.push(...(await contrastViolations(page, selector)));
      await field.pressSequentially('visa on arrival fee', { delay: 10 });
      await expect.poll(() => el.getByRole('option').count()).toBeGreaterThan(0);
      await el.locator('mark').first().waitFor();
      seen.push(...(await contrastViolations(page, selector)));
      await field.press('Enter');
      await el.locator('#faq-answer-title').waitFor();
      seen.push(...(await contrastViolations(page, selector)));
      await el.locator('.back').click();
      await field.fill('zorblax quintar');
      await el.locator('.whatsapp').waitFor();
      seen.push(...(await contrastViolations(page, selector)));
      expect(seen).toEqual([]);
      expect(await problems()).toEqual([]);
      if (selector === '#dark-demo') {
        // The theme really applies: the element is dark, its WhatsApp button styled through its part.
        const colours = await el.evaluate((host) => ({
          base: getComputedStyle(host.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor,
          whatsapp: getComputedStyle(host.shadowRoot!.querySelector('[part~="whatsapp"]')!).backgroundColor,
        }));
        expect(colours).toEqual({ base: 'rgb(20, 24, 31)', whatsapp: 'rgb(143, 227, 176)' });
      }
    });
  }
});
