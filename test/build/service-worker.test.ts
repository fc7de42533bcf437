/** The service worker precaches the pages' shell (what widget.js and app.js load), never the admin console. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceWorker } from '../../build/service-worker.js';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

describe('serviceWorker', () => {
  it('writes dist/sw.js listing the entries of the pages, the chunks they load, the pages and icons', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tanya-sw-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'chunks'), { recursive: true });
    mkdirSync(join(dist, 'icons'), { recursive: true });
    const files = ['widget.js', 'app.js', 'admin.js', 'chunks/checklist-AAAAAAAA.js', 'chunks/admin-BBBBBBBB.js', 'page.css', 'icons/icon.svg'];
    for (const f of files) writeFileSync(join(dist, f), `/* ${f} */`);
    const bundle = {
      'widget.js': { type: 'chunk', fileName: 'widget.js', name: 'widget', isEntry: true, imports: [], dynamicImports: ['chunks/checklist-AAAAAAAA.js'] },
      'app.js': { type: 'chunk', fileName: 'app.js', name: 'app', isEntry: true, imports: ['widget.js'] },
      'admin.js': { type: 'chunk', fileName: 'admin.js', name: 'admin', isEntry: true, imports: ['widget.js'], dynamicImports: ['chunks/admin-BBBBBBBB.js'] },
      'chunks/checklist-AAAAAAAA.js': { type: 'chunk', fileName: 'chunks/checklist-AAAAAAAA.js', name: 'checklist' },
      'chunks/admin-BBBBBBBB.js': { type: 'chunk', fileName: 'chunks/admin-BBBBBBBB.js', name: 'admin-groups' },
    };
    const plugin = serviceWorker();
    const warnings: string[] = [];
    (plugin.configResolved as Hook).call(null, { root, build: { outDir: 'dist' } });
    (plugin.generateBundle as Hook).call(null, {}, bundle);
    await (plugin.closeBundle as Hook).call({ warn: (w: string) => warnings.push(w) });

    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    for (const url of ['widget.js', 'app.js', 'chunks/checklist-AAAAAAAA.js', 'page.css', 'icons/icon.svg', '/?lang=id', '/manifest.webmanifest?lang=id']) {
      expect(sw).toContain(`"${url}"`);
    }
    expect(sw).not.toContain('admin');
    expect(warnings).toEqual([]);
    rmSync(root, { recursive: true });
  }, 30_000);
});
