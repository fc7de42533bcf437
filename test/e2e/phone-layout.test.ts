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
