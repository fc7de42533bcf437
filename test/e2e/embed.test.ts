/**
 * What an embedder relies on besides the script tag, against the built server: the element's
 * Custom Elements Manifest at `/custom-elements.json`, the one `package.json` names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const BASE = inject('baseUrl');
const ROOT = resolve(import.meta.dirname, '../..');

describe('/custom-elements.json', () => {
  it('serves the manifest the build wrote, the file package.json names, to any origin', async () => {
    const res = await fetch(`${BASE}/custom-elements.json`, { headers: { Origin: 'https://office.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const manifest = await res.json();
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { customElements: string };
    expect(manifest).toEqual(JSON.parse(readFileSync(resolve(ROOT, pkg.customElements), 'utf8')));
    const tags = manifest.modules.flatMap((m: { declarations: { tagName?: string }[] }) => m.declarations.map((d) => d.tagName));
    expect(tags).toEqual(['faq-assistant']);
  });
});
