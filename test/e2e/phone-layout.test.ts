/**
 * On a phone (issue 11, items 10–14): no sideways scroll at 360 and 390 px, and the answer view
 * behaves as a first-time user expects. The real server and built pages in Chromium.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  contexts.push(context);
  const page = await context.newPage();
  const response = await page.goto(BASE + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** How far the page scrolls sideways, and the elements (light or shadow DOM) that stick out. */
function overflow(page: Page): Promise<{ scroll: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width && r.right > width + 0.5) culprits.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(r.right)}`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return { scroll: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 8) };
  });
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterEach(async () => {
  while (contexts.length) await contexts.pop()!.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('no sideways scroll on a phone', () => {
  for (const width of [360, 390]) {
    for (const path of ['/?lang=id', '/?lang=en', '/a/passport-new?lang=id', '/demo']) {
      it(`${path} at ${width} px`, async () => {
        const page = await open(path, width);
        await page.locator('faq-assistant').first().waitFor();
        // The element renders its topics (or the answer) once the content is in.
        await page.waitForFunction(() => {
          const el = document.querySelector('faq-assistant');
          return !!el?.shadowRoot?.querySelector('.browse, article, [role="combobox"]');
        });
        await page.waitForTimeout(300);
        const o = await overflow(page);
        expect(o.culprits, `${path} at ${width}px`).toEqual([]);
        expect(o.scroll).toBeLessThanOrEqual(o.width);
      });
    }
  }
});

describe('the answer view on a phone', () => {
  it('launcher mode: the floating button is hidden while the full-screen panel is open (it has its own close)', async () => {
    const page = await open('/demo?lang=id', 390);
    const demo = page.locator('#launcher-demo');
    const launcher = demo.locator('#faq-launcher');
    await launcher.click();
    await demo.locator('#faq-panel').waitFor();
    expect(await launcher.isVisible()).toBe(false);
    const close = demo.locator('.close');
    expect(await close.isVisible()).toBe(true);
    await close.click();
    await demo.locator('#faq-panel').waitFor({ state: 'detached' });
    expect(await launcher.isVisible()).toBe(true);
  });

  for (const width of [360, 390]) {
    it(`keeps "Ya" and "Tidak" on one line at ${width} px`, async () => {
      const page = await open('/a/passport-new?lang=id', width);
      const group = page.locator('faq-assistant .feedback');
      await group.waitFor();
      // Both measured in one frame: a chunk loading on demand (the checklist) may move the group between two reads.
      const tops = await group.evaluate((el) =>
        [...el.querySelectorAll('button')].filter((b) => /^(Ya|Tidak)$/.test(b.textContent!.trim())).map((b) => Math.round(b.getBoundingClientRect().top)),
      );
      expect(tops).toHaveLength(2);
      expect(tops[1]).toBe(tops[0]);
    });
  }

  it('after "Tidak", shows the contacts and hours once (the page footer steps aside), and again after Back', async () => {
    const page = await open('/a/passport-new?lang=id', 390);
    const site = (await (await fetch(`${BASE}/api/content/id`)).json()) as { site: { hours?: { id: string } } };
    const hours = site.site.hours!.id;
    const visible = async () => {
      let n = 0;
      for (const el of await page.getByText(hours, { exact: true }).all()) if (await el.isVisible()) n++;
      return n;
    };
    await page.locator('faq-assistant .feedback').waitFor();
    expect(await visible()).toBe(1); // the footer
    await page.locator('faq-assistant').getByRole('button', { name: 'Tidak' }).click();
    await page.locator('faq-assistant .handoff').waitFor();
    await expect.poll(visible).toBe(1); // the hand-off, not the footer as well
    expect(await page.locator('body > footer').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.locator('faq-assistant').getByRole('combobox').waitFor();
    await expect.poll(() => page.locator('body > footer').isVisible()).toBe(true);
  });

  it('Escape in the answer goes back to the results, as Back does; the tab title follows the answer', async () => {
    const page = await open('/?lang=id', 390);
    const siteTitle = await page.title();
    const field = page.getByRole('combobox');
    await field.fill('paspor hilang');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    const firstTitle = (await page.getByRole('option').first().locator('.option-title').textContent())!.trim();
    await page.getByRole('option').first().click();
    const heading = page.locator('#faq-answer-title');
    await heading.waitFor();
    await expect.poll(() => page.title()).toBe(`${firstTitle} · ${siteTitle}`);

    await page.keyboard.press('Escape');
    await field.waitFor();
    expect(await heading.count()).toBe(0);
    expect(await field.inputValue()).toBe('paspor hilang');
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    await expect.poll(() => page.title()).toBe(siteTitle);
  });
});
