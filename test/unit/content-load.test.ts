import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../server/content/front-matter.js';
import { DEFAULT_SITE, formatProblem, hasErrors, loadContent, renderBody, type Problem } from '../../server/content/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const GOOD = fixture('content-good');
const BAD = fixture('content-bad');
const OWN_CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
/** `relative/path:line` of every error whose message matches, for compact assertions. */
const where = (problems: Problem[], root: string, match: RegExp) =>
  errors(problems)
    .filter((p) => match.test(p.message))
    .map((p) => `${p.path.slice(root.length + 1)}:${p.line}`);

const temps: string[] = [];
async function tempCopy(from?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tanya-content-'));
  temps.push(dir);
  if (from) await cp(from, dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('loadContent: a valid folder', () => {
  it('loads every entry with no problems', async () => {
    const c = await loadContent(GOOD);
    expect(c.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(hasErrors(c)).toBe(false);
    expect(c.entries.id.map((e) => e.id)).toEqual(['autogate', 'office-hours', 'passport-new']);
    expect(c.entries.en.map((e) => e.id)).toEqual(['autogate', 'office-hours', 'passport-new']);
    expect(c.synonyms).toEqual([
      ['paspor', 'passport', 'pasport'],
      ['jam buka', 'opening hours', 'office hours'],
    ]);
    expect(c.site.whatsapp).toBe('6281200000000');
    expect(c.site.categories.airport).toEqual({ id: 'Bandara', en: 'Airport' });
  });

  it('builds bundle entries: fields, plain text, rewritten links, translations', async () => {
    const c = await loadContent(GOOD);
    const entry = c.entries.id.find((e) => e.id === 'passport-new')!;
    expect(entry).toMatchObject({
      lang: 'id',
      title: 'Apa saja syarat membuat paspor baru?',
      category: 'passport',
      questions: ['dokumen apa yang dibawa untuk bikin paspor'],
      tags: ['paspor', 'ktp', 'kk'],
      updated: '2024-06-01',
      source: 'https://example.go.id/paspor',
      translations: ['id', 'en'],
    });
    expect(entry.html).toContain('<ul class="checklist">');
    expect(entry.html).toContain('<a href="/a/office-hours?lang=id" data-entry="office-hours">jam layanan kantor</a>');
    expect(entry.text).toBe(
      'Bawa dokumen asli berikut ke kantor imigrasi:\nKTP elektronik\nKartu keluarga\nBukti pendaftaran antrean\n' +
        'Lihat juga jam layanan kantor dan informasi resmi.',
    );
    expect(c.entries.en.find((e) => e.id === 'office-hours')!.source).toBeUndefined();
  });

  it('has a hash that is stable across runs and changes with the content', async () => {
    const dir = await tempCopy(GOOD);
    const first = await loadContent(dir);
    expect((await loadContent(dir)).hash).toBe(first.hash);
    expect((await loadContent(GOOD)).hash).toBe(first.hash); // the folder's location does not matter
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/);
    await writeFile(join(dir, 'en/autogate.md'), '\n', { flag: 'a' });
    expect((await loadContent(dir)).hash).not.toBe(first.hash);
  });
});

describe('loadContent: broken files', () => {
  it('reports each problem with its file and line', async () => {
    const c = await loadContent(BAD);
    expect(hasErrors(c)).toBe(true);
    const p = c.problems;
    expect(where(p, BAD, /cannot be read|closing|quotes|not closed|indented|appears twice|field: value/)).toEqual(['id/broken-yaml.md:4']);
    expect(where(p, BAD, /missing required field "title"/)).toEqual(['id/many-problems.md:1', 'id/no-title.md:1']);
    expect(where(p, BAD, /2024-13-45/)).toEqual(['id/bad-date.md:4']);
    expect(where(p, BAD, /yesterday/)).toEqual(['id/vague-date.md:5']);
    expect(where(p, BAD, /unknown category "taxes"/)).toEqual(['id/unknown-category.md:3']);
    expect(where(p, BAD, /not a valid id/)).toEqual(['id/Bad_Id.md:1']);
    expect(where(p, BAD, /dead internal link "no-such-answer.md"/)).toEqual(['id/dead-link.md:8']);
    expect(where(p, BAD, /<script>/)).toEqual(['id/dangerous.md:8']);
    expect(where(p, BAD, /onerror/)).toEqual(['id/dangerous.md:10']);
    expect(where(p, BAD, /javascript/)).toEqual(['id/dangerous.md:12']);
    expect(where(p, BAD, /not a language/)).toEqual(['fr:1']);
  });

  it('reports every problem in a file, not just the first', async () => {
    const c = await loadContent(BAD);
    const inFile = c.problems
      .filter((p) => p.path.endsWith('many-problems.md'))
      .map((p) => formatProblem(p, BAD));
    expect(inFile).toEqual([
      'id/many-problems.md:1: missing required field "title"',
      'id/many-problems.md:1: warning: missing translation in en',
      expect.stringMatching(/^id\/many-problems.md:2: unknown category "pajak"/),
      'id/many-problems.md:3: updated: "2024-02-30" is not a real calendar date',
      'id/many-problems.md:4: warning: unknown field "audience" is ignored',
      'id/many-problems.md:5: source must be an http:// or https:// URL',
      'id/many-problems.md:7: dead internal link "missing-page.md": there is no entry "missing-page" in id',
    ]);
  });

  it('leaves invalid entries out and keeps the valid ones', async () => {
    const c = await loadContent(BAD);
    expect(c.entries.id.map((e) => e.id)).toEqual(['office-hours']);
    expect(c.entries.en.map((e) => e.id)).toEqual(['office-hours']);
  });

  it('never lets the dangerous body through, and leaves the entry out', async () => {
    const c = await loadContent(BAD);
    expect(c.entries.id.find((e) => e.id === 'dangerous')).toBeUndefined();
    const split = splitFrontMatter(await readFile(join(BAD, 'id/dangerous.md'), 'utf8'));
    if ('error' in split) throw new Error(split.error);
    const { html } = renderBody(split.body, { lang: 'id' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<a href="https://example.go.id" rel="noopener noreferrer" target="_blank">situs resmi</a>');
    expect(html).toContain('Paragraf biasa.');
  });

  it('reports the same id twice, whatever the case, as a duplicate', async () => {
    const dir = await tempCopy(GOOD);
    // Made here rather than in a fixture: two names differing only in case break checkouts on macOS/Windows.
    await writeFile(join(dir, 'id/Passport-New.md'), await readFile(join(GOOD, 'id/passport-new.md'), 'utf8'));
    const c = await loadContent(dir);
    expect(where(c.problems, dir, /duplicate id "passport-new"/)).toEqual(['id/Passport-New.md:1']);
    expect(where(c.problems, dir, /not a valid id/)).toEqual(['id/Passport-New.md:1']);
    expect(c.entries.id.filter((e) => e.id === 'passport-new')).toHaveLength(1);
  });

  it('warns about a missing translation without making it an error', async () => {
    const dir = fixture('content-warnings');
    const c = await loadContent(dir);
    expect(hasErrors(c)).toBe(false);
    expect(c.problems.map((p) => formatProblem(p, dir))).toEqual(['id/only-indonesian.md:1: warning: missing translation in en']);
    expect(c.entries.id.find((e) => e.id === 'only-indonesian')!.translations).toEqual(['id']);
  });

  it('reports a missing site.yml and falls back to a safe default', async () => {
    const dir = await tempCopy(GOOD);
    await rm(join(dir, 'site.yml'));
    const c = await loadContent(dir);
    expect(where(c.problems, dir, /site.yml is missing/)).toEqual(['site.yml:1']);
    expect(c.site).toEqual(DEFAULT_SITE);
    // Without site.yml the declared category is gone, so the autogate entries fail too.
    expect(where(c.problems, dir, /unknown category "airport"/)).toEqual(['en/autogate.md:3', 'id/autogate.md:3']);
    // Search-only callers (the benchmark set has no site.yml) can opt out of the requirement.
    expect(where((await loadContent(dir, { requireSite: false })).problems, dir, /site.yml is missing/)).toEqual([]);
  });

  it('validates site.yml field by field, keeping declared categories usable', async () => {
    const dir = await tempCopy(GOOD);
    const site = [
      'name: { id: Kantor, en: Office }', // 1
      'description: { id: Tanya, en: Ask }', // 2
      'whatsapp: "+62 812 0000"', // 3
      'contacts:', // 4
      '  - kind: phone', // 5
      '    label: { id: Telepon, en: Phone }', // 6
      '    value: "0210000"', // 7
      '    url: javascript:alert(1)', // 8
      'categories:', // 9
      '  airport: { id: Bandara, en: Airport }', // 10
      'colour: red', // 11
    ].join('\n');
    await writeFile(join(dir, 'site.yml'), site);
    const c = await loadContent(dir);
    expect(c.problems.map((p) => formatProblem(p, dir))).toEqual([
      expect.stringMatching(/^site.yml:3: whatsapp: must be digits only/),
      'site.yml:8: contacts.0.url: must be an https:, http:, tel: or mailto: link',
      'site.yml:11: warning: unknown field "colour" is ignored',
    ]);
    expect(c.site.contacts).toEqual([]);
    expect(c.site.categories.airport).toBeDefined();
    expect(c.entries.id).toHaveLength(3);
  });

  it('validates synonyms.yml', async () => {
    const dir = await tempCopy(GOOD);
    await writeFile(join(dir, 'synonyms.yml'), '- [paspor, passport]\n- just-a-term\n- [visa, 123, ""]\n- [kitas, itas]\n');
    const c = await loadContent(dir);
    expect(c.problems.map((p) => formatProblem(p, dir))).toEqual([
      'synonyms.yml:2: each group must be a list of terms, e.g. - [paspor, passport]',
      'synonyms.yml:3: term 123 must be non-empty text (quote it)',
      'synonyms.yml:3: term "" must be non-empty text (quote it)',
    ]);
    expect(c.synonyms).toEqual([
      ['paspor', 'passport'],
      ['kitas', 'itas'],
    ]);
    await writeFile(join(dir, 'synonyms.yml'), '- [paspor, passport\n- [visa]\n');
    expect(where((await loadContent(dir)).problems, dir, /cannot be read|closing|quotes|not closed|indented|appears twice|field: value/)).toEqual(['synonyms.yml:1']);
  });

  it('ignores non-Markdown files and the root README, but not misplaced answers', async () => {
    const dir = await tempCopy(GOOD);
    await writeFile(join(dir, 'stray.md'), '---\ntitle: x\n---\n');
    await mkdir(join(dir, '.git'));
    const c = await loadContent(dir);
    expect(c.problems.map((p) => formatProblem(p, dir))).toEqual(['stray.md:1: warning: ignored: answers go in id/ or en/']);
  });

  it('accepts a date that a YAML 1.1 reader would turn into a Date', async () => {
    const { validateEntryFields } = await import('../../server/content/entry-schema.js');
    const r = validateEntryFields({ title: 't', category: 'visa', updated: new Date('2024-02-29T00:00:00Z') }, ['visa']);
    expect(r.fields?.updated).toBe('2024-02-29');
  });
});

describe('loadContent: the benchmark set', () => {
  it("loads the project's own content with no errors, every topic in both languages, fast", async () => {
    await loadContent(OWN_CONTENT); // warm up module code paths once
    const started = performance.now();
    const c = await loadContent(OWN_CONTENT);
    const ms = performance.now() - started;
    console.log(`[content] ${c.entries.id.length + c.entries.en.length} entries loaded in ${ms.toFixed(0)} ms`);
    expect(errors(c.problems).map((p) => formatProblem(p))).toEqual([]);
    expect(c.entries.id.length).toBeGreaterThanOrEqual(30);
    expect(c.entries.en.map((e) => e.id).sort()).toEqual(c.entries.id.map((e) => e.id).sort());
    expect(c.synonyms.length).toBeGreaterThan(30);
    // About 0.2 s on a quiet machine; the bound leaves room for a busy one (2 shared cores).
    expect(ms).toBeLessThan(2000);
  });
});
