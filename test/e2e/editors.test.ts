/**
 * The editors' loop end to end (issue 13): the built console and widget in Chromium against the
 * real server, started here over its own temp copy of content/ that is a git repository, so each
 * save is also a commit. Covers: an unanswered question attached to an answer is answered by an
 * open widget within 2 s; a broken edit is refused at its line in plain language and the file is
 * unchanged; two admins saving the same answer get a 409 and lose nothing; a draft is not served
 * until published; axe finds nothing in both languages and on a 390 px screen.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../widget/search/index.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

const ROOT = resolve(import.meta.dirname, '../..');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TOKEN = `e2e-editors-${randomBytes(12).toString('base64url')}`;
/** Not answered by the project's content; one line in office-hours' questions: and it is. */
const SANDALS = 'boleh pakai sandal ke kantor imigrasi';
const SANDALS_TYPED = 'Boleh pakai SANDAL ke kantor imigrasi?';

let tmp: string;
let contentDir: string;
let server: RunningServer;
let base: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const consoleErrors: string[] = [];

const git = (...args: string[]) => execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8' });
const file = (lang: string, id: string) => join(contentDir, lang, `${id}.md`);
/** A save writes, commits and reloads the content before it answers: seconds on a busy machine. */
const SAVE = { timeout: 20_000 };

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  // bypassCSP only so the test can inject axe-core; the pages run under the real CSP otherwise.
  const context = await browser.newContext({ bypassCSP: true, viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    // 409 and 422 are answers the console expects and shows; Chromium logs them as failed requests.
    if (m.type() === 'error' && !/status of (409|422)/.test(m.text())) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return page;
}

async function signedIn(page: Page): Promise<void> {
  await page.goto(`${base}/admin#token=${TOKEN}`);
  await expect.poll(() => page.locator('button.sign-out').count(), { timeout: 15_000 }).toBe(1);
}

async function axeViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Types a question into the page's widget and settles it (Enter), as a citizen would. */
async function ask(page: Page, question: string): Promise<void> {
  const field = page.locator('faq-assistant').getByRole('combobox');
  await field.fill(question);
  await field.press('Enter');
}

async function openEditor(page: Page, lang: string, id: string): Promise<void> {
  await page.locator('nav button[data-view=answers]').click();
  await page.locator(`tr[data-entry="${lang}/${id}"] button.edit`).click();
  await expect.poll(() => page.locator('textarea#markdown').count(), { timeout: 10_000 }).toBe(1);
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tanya-e2e-editors-'));
  contentDir = join(tmp, 'content');
  await cp(join(ROOT, 'content'), contentDir, { recursive: true });
  git('init', '--quiet');
  git('-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'add', '.');
  git('-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'commit', '--quiet', '-m', 'content as shipped');
  server = await startServer({ port: await freePort(), dataDir: join(tmp, 'data'), contentDir, adminToken: TOKEN });
  base = server.baseUrl;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

describe('editors close the loop in the browser', () => {
  it('an unanswered question attached to an answer is answered by an open widget within 2 s', { timeout: 120_000 }, async () => {
    const citizen = await newPage();
    await citizen.goto(`${base}/?lang=id`);
    await ask(citizen, SANDALS_TYPED);
    await expect.poll(() => citizen.locator('faq-assistant .no-answer').count(), { timeout: 15_000 }).toBe(1);
    const before = await readFile(file('id', 'office-hours'), 'utf8');

    const admin = await newPage();
    await signedIn(admin);
    const row = admin.locator(`tr[data-query="${normalizeQuery(SANDALS_TYPED)}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.locator('.asked').textContent()).toBe(SANDALS_TYPED);
    await row.locator('button.add-to-answer').click();
    const form = admin.locator('form.group-attach');
    await form.getByLabel(/Question to add/).fill(SANDALS);
    await form.getByLabel(/Find the answer/).fill('jam kantor');
    await form.locator('label.pick', { hasText: 'id/office-hours' }).locator('input').check();
    await form.getByRole('button', { name: 'Add the question' }).click();

    // The console confirms with the search core on the content as saved.
    const attached = admin.locator('section.attached .verdict[data-lang=id]');
    await expect.poll(() => attached.locator('.verdict-answered').count(), { timeout: 10_000 }).toBe(1);
    expect(await attached.locator('.hit-title').first().textContent()).toBe('Jam berapa kantor imigrasi buka?');
    await expect.poll(() => row.count(), SAVE).toBe(0); // resolved: gone from "open"

    // The file gained one line in questions: and nothing else changed.
    const after = await readFile(file('id', 'office-hours'), 'utf8');
    const lines = before.split('\n');
    const last = lines.findIndex((l, i) => i > 0 && /^\S/.test(l) && lines[i - 1]!.startsWith('  - ') && lines.slice(0, i).includes('questions:'));
    lines.splice(last, 0, `  - ${SANDALS}`);
    expect(after).toBe(lines.join('\n'));
    expect(git('log', '-1', '--format=%s').trim()).toBe('content: office-hours (id) question added in admin');

    // The citizen's tab comes back to the front: the widget revalidates and answers.
    const started = Date.now();
    await citizen.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Typed, not settled: the suggestions follow the bundle as soon as the new one is swapped in.
    await citizen.locator('faq-assistant').getByRole('combobox').fill(SANDALS_TYPED);
    const options = citizen.locator('faq-assistant').getByRole('option');
    await expect
      .poll(async () => ((await options.count()) ? await options.first().textContent() : ''), { timeout: 2000, interval: 100 })
      .toMatch(/Jam berapa kantor imigrasi buka/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a broken edit is refused with its line and a plain-language message; the file is unchanged', async () => {
    const before = await readFile(file('en', 'office-hours'), 'utf8');
    const admin = await newPage();
    await signedIn(admin);
    await openEditor(admin, 'en', 'office-hours');
    const area = admin.locator('textarea#markdown');
    const text = await area.inputValue();
    const broken = text.replace(/^title: "?(.*?)"?$/m, 'title: "$1');
    expect(broken).not.toBe(text);
    await area.fill(broken);
    // The live preview reports it before saving…
    const problem = admin.locator('ul.problems li.error').first();
    await expect.poll(() => problem.getAttribute('data-line'), { timeout: 10_000 }).toBe('2');
    expect(await problem.textContent()).toMatch(/the title's closing quote \(".*\) is missing/);
    // …and saving does not write.
    await admin.locator('button.save').click();
    await expect.poll(() => admin.locator('p.error[role=alert]').textContent(), SAVE).toMatch(/Not saved.*line 2/);
    expect(await readFile(file('en', 'office-hours'), 'utf8')).toBe(before);
    expect(await area.inputValue()).toBe(broken); // the admin's text is still there to fix
    await problem.locator('button').click();
    expect(await area.evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd))).toMatch(/^title: "/);
  });

  it('two admins editing the same answer: the second gets a 409 with both versions and loses nothing', async () => {
    const [a, b] = [await newPage(), await newPage()];
    await signedIn(a);
    await signedIn(b);
    await openEditor(a, 'id', 'passport-fee');
    await openEditor(b, 'id', 'passport-fee');
    const original = await a.locator('textarea#markdown').inputValue();
    const mineA = `${original.trimEnd()}\n\nCatatan admin A.\n`;
    const mineB = `${original.trimEnd()}\n\nCatatan admin B.\n`;
    await a.locator('textarea#markdown').fill(mineA);
    await b.locator('textarea#markdown').fill(mineB);
    await a.locator('button.save').click();
    await expect.poll(() => a.locator('.live[role=status]').textContent(), SAVE).toMatch(/Saved/);
    await b.locator('button.save').click();
    const conflict = b.locator('section.conflict');
    await expect.poll(() => conflict.count(), SAVE).toBe(1);
    expect(await conflict.locator('pre.theirs').textContent()).toBe(mineA);
    expect(await conflict.locator('pre.mine').textContent()).toBe(mineB);
    expect(await b.locator('textarea#markdown').inputValue()).toBe(mineB);
    expect(await readFile(file('id', 'passport-fee'), 'utf8')).toBe(mineA);
    expect(await axeViolations(b)).toEqual([]);

    // B merges both notes by hand and saves over A's version, knowingly.
    await b.locator('textarea#markdown').fill(`${mineA.trimEnd()}\nCatatan admin B.\n`);
    await conflict.locator('button.keep-mine').click();
    await expect.poll(() => b.locator('.live[role=status]').textContent(), SAVE).toMatch(/Saved/);
    const final = await readFile(file('id', 'passport-fee'), 'utf8');
    expect(final).toContain('Catatan admin A.');
    expect(final).toContain('Catatan admin B.');
    expect(git('log', '-2', '--format=%s').trim().split('\n')).toEqual(['content: passport-fee (id) edited in admin', 'content: passport-fee (id) edited in admin']);
  });

  it('a draft started from a question is not served until an editor publishes it', async () => {
    const question = 'cara daftar antrean paspor buat lansia';
    await fetch(`${base}/api/unanswered`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: question, lang: 'id', reason: 'no-match' }),
    });
    const admin = await newPage();
    await signedIn(admin);
    const row = admin.locator(`tr[data-query="${normalizeQuery(question)}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.locator('button.start-answer').click();
    const form = admin.locator('form.group-new');
    expect(await form.getByLabel('Title').inputValue()).toBe('Cara daftar antrean paspor buat lansia?');
    await form.getByLabel(/Answer id/).fill('passport-elderly-queue');
    await form.getByLabel('Category').selectOption('passport');
    await form.getByRole('button', { name: 'Create the draft' }).click();
    await expect.poll(() => admin.locator('button.open-draft').count(), { timeout: 10_000 }).toBe(1);

    const served = async () => ((await (await fetch(`${base}/api/content/id`)).json()) as { entries: { id: string }[] }).entries.map((e) => e.id);
    expect(await served()).not.toContain('passport-elderly-queue');
    expect((await fetch(`${base}/a/passport-elderly-queue?lang=id`)).status).toBe(404);

    await admin.locator('button.open-draft').click();
    const area = admin.locator('textarea#markdown');
    await expect.poll(() => area.count(), { timeout: 10_000 }).toBe(1);
    const draft = await area.inputValue();
    expect(draft).toMatch(/^draft: true$/m);
    await area.fill(draft.replace(/^draft: true\n/m, '').replace(/^Tulis jawabannya.*$/m, 'Lansia bisa memakai layanan prioritas di loket.'));
    await admin.locator('button.save').click();
    await expect.poll(() => admin.locator('.live[role=status]').textContent(), SAVE).toMatch(/Saved\. Citizens/);
    expect(await served()).toContain('passport-elderly-queue');
    expect((await fetch(`${base}/a/passport-elderly-queue?lang=id`)).status).toBe(200);
  });

  it('a #token= link opened in a tab already showing the sign-in form signs in', async () => {
    const admin = await newPage();
    await admin.goto(`${base}/admin`);
    await expect.poll(() => admin.locator('#token').count()).toBe(1);
    await admin.evaluate((token) => (location.hash = `token=${token}`), TOKEN);
    await expect.poll(() => admin.locator('button.sign-out').count(), { timeout: 10_000 }).toBe(1);
    expect(await admin.evaluate(() => location.hash)).toBe('');
  });

  it('the console passes axe in English and Indonesian, and on a 390 px screen', { timeout: 240_000 }, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const admin = await newPage(viewport);
      await admin.goto(`${base}/admin`);
      expect(await axeViolations(admin), `sign-in ${viewport.width}`).toEqual([]);
      await signedIn(admin);
      for (const lang of ['en', 'id']) {
        if (lang === 'id') {
          await admin.locator('button.lang-switch').click();
          await expect.poll(() => admin.evaluate(() => document.documentElement.lang)).toBe('id');
          expect(await admin.locator('nav button[data-view=answers]').textContent()).toMatch(/Jawaban/);
        }
        for (const view of ['unanswered', 'answers', 'feedback', 'health', 'overview']) {
          await admin.locator(`nav button[data-view=${view}]`).click();
          await admin.waitForTimeout(300);
          expect(await axeViolations(admin), `${lang} ${view} ${viewport.width}`).toEqual([]);
        }
        await openEditor(admin, 'id', 'office-hours');
        await expect.poll(() => admin.locator('.preview p').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await axeViolations(admin), `${lang} editor ${viewport.width}`).toEqual([]);
        if (viewport.width < 600) {
          expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        }
      }
    }
  });

  it('left the pages free of errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
