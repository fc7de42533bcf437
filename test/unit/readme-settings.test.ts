/**
 * The README is where operators learn the settings: every one of the contract's settings is named
 * there, and the deployment facts that a wrong guess makes unsafe are spelled out (issue 11, item 7).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(['PORT', 'DATA_DIR', 'CONTENT_DIR', 'ADMIN_TOKEN', 'RETENTION_DAYS', 'ALLOWED_ORIGINS', 'TRUST_PROXY', 'RATE_LIMIT_PER_MINUTE', 'DATABASE_URL', 'PUBLIC_URL', 'ALLOWED_HOSTS'])(
    'documents %s',
    (name) => {
      expect(README).toContain(`\`${name}\``);
    },
  );

  it('says TRUST_PROXY counts hops from the right and the port must be reachable only through the proxy', () => {
    expect(README).toMatch(/TRUST_PROXY=N[\s\S]{0,400}from the right/);
    expect(README).toMatch(/port must be reachable only through the proxy/);
  });

  it('gives the header and request timeouts', () => {
    expect(README).toMatch(/headers must arrive within 10 s/);
    expect(README).toMatch(/whole request\s+within 10 s/);
  });
});
