import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admin, errorOf, makeTestApp, postJson, type TestApp } from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({}, {});
});
afterEach(() => t.close());

const fileOf = (lang: string, id: string) => join(t.config.contentDir, lang, `${id}.md`);
const read = (lang: string, id: string) => readFileSync(fileOf(lang, id), 'utf8');
const json = (method: string, body: unknown): RequestInit => admin({ ...postJson(body), method });

async function open(lang: string, id: string): Promise<{ markdown: string; version: string }> {
  const res = await t.app.request(`/api/admin/entries/${lang}/${id}`, admin());
  expect(res.status).toBe(200);
  return (await res.json()) as { markdown: string; version: string };
}

async function served(lang: string): Promise<{ id: string; questions: string[] }[]> {
  const res = await t.app.request(`/api/content/${lang}`);
  return ((await res.json()) as { entries: { id: string; questions: string[] }[] }).entries;
}

describe('GET /api/admin/entries', () => {
  it('lists every answer with its category, date, staleness, translation and draft flag', async () => {
    const res = await t.app.request('/api/admin/entries?lang=id', admin());
    expect(res.status).toBe(200);
    const { entries } = (await res.json()) as { entries: Record<string, unknown>[] };
    expect(entries.map((e) => e.id)).toEqual(['office-hours', 'passport-new']);
    expect(entries[1]).toMatchObject({
      id: 'passport-new',
      lang: 'id',
      title: 'Syarat membuat paspor baru',
      category: 'passport',
      updated: '2024-06-01',
      draft: false,
      stale: true,
      translated: true,
      errors: 0,
    });
    const both = (await (await t.app.request('/api/admin/entries', admin())).json()) as { entries: unknown[] };
    expect(both.entries).toHaveLength(4);
  });

  it('uses STALE_AFTER_DAYS', async () => {
    await t.close();
    t = await makeTestApp({ staleAfterDays: 3650 });
    const { entries } = (await (await t.app.request('/api/admin/entries?lang=id', admin())).json()) as { entries: { stale: boolean }[] };
    expect(entries.every((e) => !e.stale)).toBe(true);
  });

  it('needs the admin token, and rejects a bad language', async () => {
    expect((await t.app.request('/api/admin/entries')).status).toBe(401);
    expect((await t.app.request('/api/admin/entries/id/passport-new')).status).toBe(401);
    expect((await t.app.request('/api/admin/preview', postJson({ markdown: 'x' }))).status).toBe(401);
    expect((await t.app.request('/api/admin/entries?lang=fr', admin())).status).toBe(400);
  });
});

describe('ids and languages cannot leave CONTENT_DIR', () => {
  it('refuses anything that is not a plain id and language', async () => {
    writeFileSync(join(t.dir, 'secret.md'), '---\ntitle: secret\n---\n');
    for (const path of [
      '/api/admin/entries/id/..%2F..%2Fsecret',
      '/api/admin/entries/id/..',
      '/api/admin/entries/..%2Fid/passport-new',
      '/api/admin/entries/id/%2Fetc%2Fpasswd',
      '/api/admin/entries/id/Passport-New',
      '/api/admin/entries/id/passport-new.md',
      '/api/admin/entries/xx/passport-new',
    ]) {
      const res = await t.app.request(path, admin());
      expect([400, 404], path).toContain(res.status);
      const put = await t.app.request(path, json('PUT', { markdown: 'x', version: '0123456789abcdef' }));
      expect([400, 404], path).toContain(put.status);
    }
    expect((await t.app.request('/api/admin/entries/id/no-such-entry', admin())).status).toBe(404);
    const created = await t.app.request('/api/admin/entries', json('POST', { lang: 'id', id: '../secret', title: 'x', category: 'visa' }));
    expect(created.status).toBe(400);
  });
});

describe('PUT /api/admin/entries/:lang/:id', () => {
  it('saves, changes the version, and serves the edit at once', async () => {
    const { markdown, version } = await open('id', 'office-hours');
    const edited = markdown.replace('08.00–16.00', '07.30–16.00');
    const res = await t.app.request('/api/admin/entries/id/office-hours', json('PUT', { markdown: edited, version }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string };
    expect(body.version).not.toBe(version);
    expect(read('id', 'office-hours')).toBe(edited);
    expect((await open('id', 'office-hours')).version).toBe(body.version);
    const bundle = (await (await t.app.request('/api/content/id')).json()) as { entries: { id: string; text: string }[] };
    expect(bundle.entries.find((e) => e.id === 'office-hours')?.text).toContain('07.30');
    // No temp files left behind.
    expect(readdirSync(join(t.config.contentDir, 'id')).sort()).toEqual(['office-hours.md', 'passport-new.md']);
  });

  it('409s on a stale version, writes nothing, and sends what is on disk', async () => {
    const first = await open('id', 'office-hours');
    const second = await open('id', 'office-hours');
    const a = first.markdown.replace('Senin', 'Senin (admin A)');
    const b = second.markdown.replace('Jumat', 'Jumat (admin B)');
    expect((await t.app.request('/api/admin/entries/id/office-hours', json('PUT', { markdown: a, version: first.version }))).status).toBe(200);
    const res = await t.app.request('/api/admin/entries/id/office-hours', json('PUT', { markdown: b, version: second.version }));
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { code: string; current: { markdown: string; version: string } } };
    expect(error.code).toBe('conflict');
    expect(error.current.markdown).toBe(a);
    expect(read('id', 'office-hours')).toBe(a);
  });

  it('422s an invalid file with each problem at its line, in plain language, and writes nothing', async () => {
    const { markdown, version } = await open('id', 'passport-new');
    const before = read('id', 'passport-new');
    const broken = markdown.replace('title: Syarat membuat paspor baru', 'title: "Syarat membuat paspor baru');
    const res = await t.app.request('/api/admin/entries/id/passport-new', json('PUT', { markdown: broken, version }));
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string; problems: { line: number; message: string }[] } };
    expect(error.code).toBe('invalid-content');
    expect(error.problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/the title's closing quote .* is missing/) });
    expect(error.message).toMatch(/^Not saved: line 2: /);
    expect(read('id', 'passport-new')).toBe(before);

    const colon = markdown.replace('title: Syarat membuat paspor baru', 'title: Paspor: syarat membuat');
    const res2 = await t.app.request('/api/admin/entries/id/passport-new', json('PUT', { markdown: colon, version }));
    expect(res2.status).toBe(422);
    const e2 = ((await res2.json()) as { error: { problems: { line: number; message: string }[] } }).error;
    expect(e2.problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/a colon inside a title needs quotes/) });

    const unknown = markdown.replace('category: passport', 'category: pasport');
    const e3 = ((await (await t.app.request('/api/admin/entries/id/passport-new', json('PUT', { markdown: unknown, version }))).json()) as {
      error: { problems: { line: number; message: string }[] };
    }).error;
    expect(e3.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/unknown category "pasport"/) });
    expect(read('id', 'passport-new')).toBe(before);
  });

  it('keeps a file\'s CRLF line endings', async () => {
    writeFileSync(fileOf('id', 'office-hours'), read('id', 'office-hours').replace(/\n/g, '\r\n'));
    await t.content.reload();
    const { markdown, version } = await open('id', 'office-hours');
    const edited = markdown.replace(/\r\n/g, '\n').replace('Senin', 'Hari Senin');
    expect((await t.app.request('/api/admin/entries/id/office-hours', json('PUT', { markdown: edited, version }))).status).toBe(200);
    expect(read('id', 'office-hours')).toBe(edited.replace(/\n/g, '\r\n'));
  });
});

describe('POST /api/admin/entries/:lang/:id/questions', () => {
  it('appends the question to questions: and leaves every other byte as it was', async () => {
    const original = [
      '---',
      '# Diperiksa oleh tim layanan',
      "title: 'Syarat membuat paspor baru'",
      'category: passport   # kategori',
      'questions:',
      '  - dokumen apa untuk bikin paspor  # dari loket',
      '',
      'tags: [paspor, ktp]',
      'updated: 2024-06-01',
      '---',
      'Bawa KTP dan kartu keluarga asli.',
      '',
    ].join('\n');
    writeFileSync(fileOf('id', 'passport-new'), original);
    await t.content.reload();
    const res = await t.app.request('/api/admin/entries/id/passport-new/questions', json('POST', { question: 'mau buat paspor: syaratnya apa?' }));
    expect(res.status).toBe(200);
    const { version } = (await res.json()) as { version: string };
    const lines = original.split('\n');
    lines.splice(6, 0, '  - "mau buat paspor: syaratnya apa?"');
    expect(read('id', 'passport-new')).toBe(lines.join('\n'));
    expect((await open('id', 'passport-new')).version).toBe(version);
    const entry = (await served('id')).find((e) => e.id === 'passport-new');
    expect(entry?.questions).toEqual(['dokumen apa untuk bikin paspor', 'mau buat paspor: syaratnya apa?']);
  });

  it('adds the list when the file has none, once only, and redacts personal data', async () => {
    const before = read('id', 'office-hours');
    const ask = (question: string) => t.app.request('/api/admin/entries/id/office-hours/questions', json('POST', { question }));
    expect((await ask('jam buka kantor? hubungi 081234567890')).status).toBe(200);
    const after = read('id', 'office-hours');
    expect(after).not.toContain('081234567890');
    expect(after.startsWith(before.split('---\n')[0] + '---\ntitle: Jam buka kantor imigrasi\ncategory: services\nupdated: 2024-05-20\nquestions:\n  - ')).toBe(true);
    const again = await ask('Jam buka kantor?  hubungi 081234567890');
    expect(((await again.json()) as { added: boolean }).added).toBe(false);
    expect(read('id', 'office-hours')).toBe(after);
  });

  it('404s for a missing answer and 400s for an empty question', async () => {
    expect((await t.app.request('/api/admin/entries/id/nope/questions', json('POST', { question: 'x' }))).status).toBe(404);
    expect((await t.app.request('/api/admin/entries/id/office-hours/questions', json('POST', { question: '  ' }))).status).toBe(400);
  });
});

describe('POST /api/admin/entries (a new draft)', () => {
  it('creates a draft that is listed but not served until the flag is removed', async () => {
    const res = await t.app.request(
      '/api/admin/entries',
      json('POST', { lang: 'id', id: 'sim-online', title: 'Bagaimana membuat SIM online?', category: 'services', questions: ['mau buat sim'] }),
    );
    expect(res.status).toBe(201);
    const created = (await res.json()) as { version: string };
    expect(read('id', 'sim-online')).toMatch(/^---\ntitle: Bagaimana membuat SIM online\?\ncategory: services\nquestions:\n  - mau buat sim\nupdated: \d{4}-\d{2}-\d{2}\ndraft: true\n---\n/);
    expect((await served('id')).map((e) => e.id)).not.toContain('sim-online');
    expect((await t.app.request('/a/sim-online')).status).toBe(404);
    const { entries } = (await (await t.app.request('/api/admin/entries?lang=id', admin())).json()) as { entries: { id: string; draft: boolean; translated: boolean }[] };
    expect(entries.find((e) => e.id === 'sim-online')).toMatchObject({ draft: true, translated: false });

    const { markdown } = await open('id', 'sim-online');
    const published = markdown.replace('draft: true\n', '');
    const put = await t.app.request('/api/admin/entries/id/sim-online', json('PUT', { markdown: published, version: created.version }));
    expect(put.status).toBe(200);
    expect((await served('id')).map((e) => e.id)).toContain('sim-online');
  });

  it('409s when the file exists and 422s an unknown category', async () => {
    const exists = await t.app.request('/api/admin/entries', json('POST', { lang: 'id', id: 'office-hours', title: 'x', category: 'services' }));
    expect(exists.status).toBe(409);
    expect((await errorOf(exists)).code).toBe('exists');
    const bad = await t.app.request('/api/admin/entries', json('POST', { lang: 'en', id: 'new-one', title: 'x', category: 'nope' }));
    expect(bad.status).toBe(422);
    expect(() => read('en', 'new-one')).toThrow();
  });
});

describe('POST /api/admin/preview', () => {
  it('renders through the server pipeline (sanitised) and reports problems by line', async () => {
    const res = await t.app.request(
      '/api/admin/preview',
      json('POST', { lang: 'id', id: 'office-hours', markdown: '---\ntitle: X\ncategory: services\nupdated: 2024-01-01\n---\n**Tebal** <script>alert(1)</script>\n\n[link](nope.md)\n' }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string; problems: { line: number; message: string }[] };
    expect(body.html).toContain('<strong>Tebal</strong>');
    expect(body.html).not.toContain('<script');
    expect(body.problems.map((p) => p.line)).toEqual([6, 8]);
    expect(body.problems[1]!.message).toMatch(/dead internal link/);
  });
});

describe('a content folder that is a git work tree', () => {
  it('commits each save with a message naming the answer', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', t.config.contentDir, ...args], { encoding: 'utf8' });
    git('init', '--quiet');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'start');
    const { markdown, version } = await open('en', 'office-hours');
    const res = await t.app.request('/api/admin/entries/en/office-hours', json('PUT', { markdown: markdown + '\nMore.\n', version }));
    expect(res.status).toBe(200);
    expect(git('log', '-1', '--format=%s').trim()).toBe('content: office-hours (en) edited in admin');
    expect(git('status', '--porcelain').trim()).toBe('');
    await t.app.request('/api/admin/entries/id/office-hours/questions', json('POST', { question: 'kantor buka jam berapa' }));
    expect(git('log', '-1', '--format=%s').trim()).toBe('content: office-hours (id) question added in admin');
  });
});
