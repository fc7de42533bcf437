/** The manifest names the built file and documents the public surface only. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, customElementsManifest, type ElementDeclaration } from '../../build/custom-elements-manifest.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the Custom Elements Manifest build step', () => {
  const manifest = buildManifest(ROOT);
  const [mod] = manifest.modules;
  const el = mod!.declarations![0] as ElementDeclaration;

  it('describes <faq-assistant> in dist/widget.js, which defines and exports it', () => {
    expect(manifest.modules).toHaveLength(1);
    expect(mod!.path).toBe('dist/widget.js');
    expect(el.tagName).toBe('faq-assistant');
    expect(mod!.exports).toEqual([
      { kind: 'js', name: 'FaqAssistant', declaration: { name: 'FaqAssistant', module: 'dist/widget.js' } },
      { kind: 'custom-element-definition', name: 'faq-assistant', declaration: { name: 'FaqAssistant', module: 'dist/widget.js' } },
    ]);
  });

  it('leaves out internal state (state: true), private and _-prefixed members', () => {
    const names = (el.members ?? []).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['server', 'language', 'mode', 'ask']));
    for (const internal of ['status', 'queryText', 'shown', 'panelOpen', 'switchLanguage']) expect(names).not.toContain(internal);
    expect(names.filter((n) => n.startsWith('_'))).toEqual([]);
    expect((el.attributes ?? []).map((a) => a.name)).not.toContain('status');
  });

  it('types every event and gives every custom property its default', () => {
    for (const e of el.events ?? []) expect(e.type?.text, e.name).toMatch(/^Faq\w+Event$/);
    for (const p of el.cssProperties ?? []) expect(p.default, p.name).toBeTruthy();
  });

  it('is emitted into the build output as custom-elements.json', () => {
    const emitted: { fileName: string; source: string }[] = [];
    const plugin = customElementsManifest(ROOT);
    (plugin.generateBundle as (this: unknown) => void).call({ emitFile: (f: { fileName: string; source: string }) => emitted.push(f) });
    expect(emitted.map((f) => f.fileName)).toEqual(['custom-elements.json']);
    expect(JSON.parse(emitted[0]!.source)).toEqual(manifest);
  });
});
