import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../widget/search/types.js';
import { admin, makeTestApp, waitFor, type TestApp } from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
  t.content.watch();
});
afterEach(() => t.close());

const bundle = async (lang = 'id') => (await (await t.app.request(`/api/content/${lang}`)).json()) as ContentBundle;
const health = async () =>
  (await (await t.app.request('/api/admin/health', admin())).json()) as { ok: boolean; contentVersion: string; db: string; contentErrors: string[] };
const file = (rel: string) => join(t.config.contentDir, rel);

describe('live reload', () => {
  it('serves an edited answer within a second', async () => {
    const before = await bundle();
    const path = file('id/passport-new.md');
    const start = Date.now();
    writeFileSync(path, readFileSync(path, 'utf8').replace('Syarat membuat paspor baru', 'Syarat paspor baru (diperbarui)'));
    const after = await waitFor(async () => {
      const b = await bundle();
      return b.version !== before.version ? b : undefined;
    }, 1000);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(after.entries.find((e) => e.id === 'passport-new')!.title).toBe('Syarat paspor baru (diperbarui)');
    expect(after.version.startsWith(`${(await health()).contentVersion}-`)).toBe(true);
  });

  it('picks up added, renamed and deleted files', async () => {
    writeFileSync(file('id/visa-on-arrival.md'), '---\ntitle: Visa saat kedatangan\ncategory: visa\nupdated: 2024-06-01\n---\nBiaya Rp 500.000.\n');
    await waitFor(async () => ((await bundle()).entries.some((e) => e.id === 'visa-on-arrival') ? true : undefined), 1000);

    renameSync(file('id/visa-on-arrival.md'), file('id/voa.md'));
    await waitFor(async () => {
      const ids = (await bundle()).entries.map((e) => e.id);
      return ids.includes('voa') && !ids.includes('visa-on-arrival') ? true : undefined;
    }, 1000);

    rmSync(file('id/voa.md'));
    await waitFor(async () => ((await bundle()).entries.some((e) => e.id === 'voa') ? undefined : true), 1000);
  });

  it('keeps serving the last good bundle after a broken edit, and shows the error in /api/health', async () => {
    const good = await bundle();
    writeFileSync(file('id/office-hours.md'), '---\ntitle: [unclosed\ncategory: services\n---\nrusak\n');
    const h = await waitFor(async () => {
      const x = await health();
      return x.contentErrors.length > 0 ? x : undefined;
    }, 1000);
    expect(h.ok).toBe(true);
    expect(h.contentErrors[0]).toMatch(/id\/office-hours\.md:\d+: /);
    expect(good.version.startsWith(`${h.contentVersion}-`)).toBe(true);
    expect(await bundle()).toEqual(good);
    expect(t.log.lines.some((l) => l.level === 'error' && /office-hours\.md:\d+: /.test(l.msg))).toBe(true);

    // Fixing the file clears the error and serves the fix.
    writeFileSync(file('id/office-hours.md'), '---\ntitle: Jam buka (baru)\ncategory: services\nupdated: 2024-05-20\n---\nSenin–Jumat.\n');
    const fixed = await waitFor(async () => {
      const b = await bundle();
      return b.version !== good.version ? b : undefined;
    }, 1000);
    expect(fixed.entries.find((e) => e.id === 'office-hours')!.title).toBe('Jam buka (baru)');
    expect((await health()).contentErrors).toEqual([]);
  });

  it('coalesces a burst of reloads into the last state', async () => {
    const path = file('en/office-hours.md');
    const text = readFileSync(path, 'utf8');
    for (let i = 0; i < 5; i++) {
      writeFileSync(path, text.replace('Office opening hours', `Office hours v${i}`));
      void t.content.reload();
    }
    await t.content.reload();
    expect((await bundle('en')).entries.find((e) => e.id === 'office-hours')!.title).toBe('Office hours v4');
  });
});

describe('GET /api/health', () => {
  it('reports ok, the content version and the database', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, contentVersion: t.content.current!.version, db: 'ok' });
  });

  it('503s when the database is gone', async () => {
    await t.store.close();
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, db: 'error' });
  });
});
