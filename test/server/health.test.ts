/** Anonymous health checks learn ok/version/db only; content errors (with file paths) need the token. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { admin, makeTestApp, type TestApp } from './helpers.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

describe('GET /api/health', () => {
  it('tells an anonymous caller {ok, contentVersion, db} and nothing about content files', async () => {
    t = await makeTestApp();
    writeFileSync(join(t.config.contentDir, 'id', 'broken.md'), '---\ntitle: [unclosed\n---\nbody\n');
    await t.content.reload();
    expect(t.content.errors.length).toBeGreaterThan(0);

    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(['contentVersion', 'db', 'ok']);
    expect(text).not.toContain('broken.md');
  });

  it('gives the admin console the details under /api/admin/health', async () => {
    t = await makeTestApp();
    writeFileSync(join(t.config.contentDir, 'id', 'broken.md'), '---\ntitle: [unclosed\n---\nbody\n');
    await t.content.reload();
    expect((await t.app.request('/api/admin/health')).status).toBe(401);
    const res = await t.app.request('/api/admin/health', admin());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; contentErrors: string[]; contentWarnings: string[]; store: string };
    expect(body.ok).toBe(true);
    expect(body.store).toBe('sqlite');
    expect(body.contentErrors.join('\n')).toMatch(/broken\.md:\d+: /);
  });
});
