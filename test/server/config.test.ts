import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { tempDir } from './helpers.js';

const dirs: string[] = [];
const dataDir = () => {
  const d = tempDir();
  dirs.push(d);
  return join(d, 'data');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({ DATA_DIR: dataDir(), ADMIN_TOKEN: 'a-long-enough-admin-token' });
    expect(c).toMatchObject({
      port: 8787,
      retentionDays: 180,
      trustProxy: 0,
      allowedOrigins: '*',
      rateLimit: { perMinute: 120, burst: 60 },
      adminToken: 'a-long-enough-admin-token',
      adminTokenGenerated: false,
      buildWidget: true,
    });
    expect(c.contentDir).toBe(join(process.cwd(), 'content'));
  });

  it('reads every setting', () => {
    const c = loadConfig({
      PORT: '9000',
      DATA_DIR: dataDir(),
      CONTENT_DIR: '/srv/content',
      ADMIN_TOKEN: 'a-long-enough-admin-token',
      RETENTION_DAYS: '30',
      TRUST_PROXY: '1',
      ALLOWED_ORIGINS: 'https://www.imigrasi.go.id, https://kanim.example:8443',
      RATE_LIMIT_PER_MINUTE: '0',
      SKIP_BUILD: '1',
    });
    expect(c).toMatchObject({
      port: 9000,
      contentDir: '/srv/content',
      retentionDays: 30,
      trustProxy: 1,
      allowedOrigins: ['https://www.imigrasi.go.id', 'https://kanim.example:8443'],
      rateLimit: false,
      buildWidget: false,
    });
    expect(loadConfig({ DATA_DIR: dataDir(), ADMIN_TOKEN: 'a-long-enough-admin-token', TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ DATA_DIR: dataDir(), ADMIN_TOKEN: 'a-long-enough-admin-token', TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('fails fast, naming every bad variable', () => {
    const bad = () =>
      loadConfig({ PORT: 'eighty', RETENTION_DAYS: '-1', ALLOWED_ORIGINS: 'www.example.go.id/', ADMIN_TOKEN: 'short', DATA_DIR: dataDir() });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (err) {
      const msg = (err as Error).message;
      for (const name of ['PORT', 'RETENTION_DAYS', 'ALLOWED_ORIGINS', 'ADMIN_TOKEN']) expect(msg).toContain(name);
    }
  });

  it('generates an admin token once, private to the owner, and reuses it', () => {
    const d = dataDir();
    const first = loadConfig({ DATA_DIR: d });
    expect(first.adminTokenGenerated).toBe(true);
    expect(first.adminToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const file = join(d, 'admin-token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.adminToken);
    const second = loadConfig({ DATA_DIR: d });
    expect(second).toMatchObject({ adminToken: first.adminToken, adminTokenGenerated: false });
  });
});
