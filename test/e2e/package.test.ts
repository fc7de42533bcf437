/**
 * The npm install path, as an application that depends on `tanya` sees it: a project whose
 * node_modules holds this package (a link to the repository, after `npm run build`), bundled by
 * esbuild through package.json's `exports`, run in Chromium against the real server:
 * - `import 'tanya/widget'` registers <faq-assistant>, which answers;
 * - `import { FaqAssistant } from 'tanya/react'` renders it from React, events as typed props;
 * - both come with types (the TypeScript compiler checks a consumer's file, and rejects a wrong one).
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const BASE = inject('baseUrl');
const ROOT = resolve(import.meta.dirname, '../..');

let project: string;
let browser: Browser;
let host: { server: Server; origin: string };
/** What the host serves: its page and its bundles, by path. */
const files = new Map<string, { type: string; body: string }>();

/** A consumer project: `tanya` (this repository) and React installed, as npm links them. */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-consumer-'));
  const link = (name: string, target: string) => {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(target, join(dir, 'node_modules', name), 'dir');
  };
  link('tanya', ROOT);
  for (const dep of ['react', 'react-dom', '@types/react', 'scheduler']) link(dep, join(ROOT, 'node_modules', dep));
  return dir;
}

async function bundle(name: string, source: string): Promise<void> {
  writeFileSync(join(project, `${name}.ts`), source);
  const out = await build({
    entryPoints: [join(project, `${name}.ts`)],
    absWorkingDir: project,
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  files.set(`/${name}.js`, { type: 'text/javascript', body: out.outputFiles[0]!.text });
  files.set(`/${name}.html`, {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><script type="module" src="/${name}.js"></script></head><body><div id="root"></div></body></html>`,
  });
}

async function openPage(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.origin}/${name}.html`);
  return { page, errors };
}

async function askAndOpen(page: Page): Promise<void> {
  const field = page.getByRole('combobox');
  await field.click();
  await field.pressSequentially('visa on arrival fee', { delay: 10 });
  await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
  await field.press('Enter');
  await page.locator('#faq-answer-title').waitFor();
}

beforeAll(async () => {
  project = makeProject();
  await bundle(
    'plain',
    `import 'tanya/widget';
     const el = document.createElement('faq-assistant');
     el.server = ${JSON.stringify(BASE)};
     el.setAttribute('lang', 'en');
     document.getElementById('root')!.append(el);`,
  );
  await bundle(
    'react-app',
    `import { createElement } from 'react';
     import { createRoot } from 'react-dom/client';
     import { FaqAssistant } from 'tanya/react';
     const opened: string[] = ((window as any).opened = []);
     createRoot(document.getElementById('root')!).render(
       createElement(FaqAssistant, { server: ${JSON.stringify(BASE)}, language: 'en', onFaqAnswer: (e) => opened.push(e.detail.id) }),
     );`,
  );
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end(); // not a console error
    const file = files.get(req.url ?? '');
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8` }).end(file.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => host?.server.close(r));
  rmSync(project, { recursive: true, force: true });
});

describe('the npm package', () => {
  it("package.json's exports name built files", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./widget']).toEqual({ types: './dist/types/embed.d.ts', default: './dist/widget.js' });
    expect(pkg.exports['./react']).toEqual({ types: './dist/types/react.d.ts', default: './dist/react.js' });
  });

  it("import 'tanya/widget' registers <faq-assistant>, which answers", async () => {
    const { page, errors } = await openPage('plain');
    await askAndOpen(page);
    expect(await page.evaluate(() => typeof customElements.get('faq-assistant'))).toBe('function');
    expect(errors).toEqual([]);
  });

  it("tanya/react renders it from React, with faq-answer as the onFaqAnswer prop; React stays out of widget.js", async () => {
    const { page, errors } = await openPage('react-app');
    await askAndOpen(page);
    expect(await page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual(['visa-on-arrival']);
    expect(errors).toEqual([]);
    const widget = readFileSync(join(ROOT, 'dist', 'widget.js'), 'utf8');
    expect(widget).not.toMatch(/from\s*["']react["']|createComponent|forwardRef/);
  });

  it('comes typed: a consumer that uses the element and the wrapper type-checks; a wrong use does not', () => {
    const check = (source: string) => {
      const file = join(project, 'consumer.ts');
      writeFileSync(file, source);
      const program = ts.createProgram([file], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      });
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    };
    const good = `
      import 'tanya/widget';
      import { createElement } from 'react';
      import { FaqAssistant } from 'tanya/react';
      const el = document.createElement('faq-assistant');
      const asked: Promise<void> = el.ask('paspor');
      el.mode = 'launcher';
      el.addEventListener('faq-answer', (e) => { const id: string = e.detail.id; void id; });
      el.addEventListener('faq-unanswered', (e) => { const r: 'no-match' | 'not-helpful' = e.detail.reason; void r; });
      createElement(FaqAssistant, { server: 'https://a.example', onFaqFeedback: (e) => { const h: boolean = e.detail.helpful; void h; } });
      void asked;`;
    expect(check(good)).toEqual([]);
    const wrong = check(`import 'tanya/widget';\nconst el = document.createElement('faq-assistant');\nel.mode = 'popup';\nel.addEventListener('faq-answer', (e) => e.detail.nope);`);
    expect(wrong).toHaveLength(2);
  });
});
