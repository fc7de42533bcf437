/**
 * The Custom Elements Manifest (`dist/custom-elements.json`, https://github.com/webcomponents/custom-elements-manifest):
 * `<faq-assistant>`'s attributes, properties, methods, events, slots, CSS parts and custom properties,
 * read by @custom-elements-manifest/analyzer (with its Lit support) from the element's JSDoc and
 * types. Editors (VS Code, JetBrains), Storybook and documentation tools read it; `package.json`
 * names it (`customElements`) and the server serves it at `/custom-elements.json`.
 */
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema';
import type * as TS from 'typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The module that defines the element, and the file a host loads it from. */
const ELEMENT_SOURCE = 'widget/faq-assistant.ts';
const ELEMENT_MODULE = 'dist/widget.js';

/**
 * The analyzer's Lit support lists every entry of `static properties`, internal state
 * (`state: true`) included, as a public field and attribute: those go, with anything `_`-prefixed.
 */
/** The schema's own `CustomElementDeclaration` (1.0.0) leaves out the custom-element fields. */
export type ElementDeclaration = ClassDeclaration & CustomElement;

function withoutInternalState(): { name: string; analyzePhase(p: { ts: typeof TS; node: TS.Node; moduleDoc: Partial<Package['modules'][number]> }): void } {
  return {
    name: 'tanya:without-internal-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const doc = moduleDoc.declarations?.find((d) => d.name === node.name!.text) as ElementDeclaration | undefined;
      if (!doc) return;
      const internal = new Set<string>();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const init = member.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        for (const p of init.properties) {
          if (ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer) && /\bstate\s*:\s*true\b/.test(p.initializer.getText())) {
            internal.add(p.name.getText());
          }
        }
      }
      const hidden = (name: string | undefined) => !!name && (internal.has(name) || name.startsWith('_'));
      doc.members = (doc.members ?? []).filter((m) => !hidden(m.name) && !('privacy' in m && m.privacy && m.privacy !== 'public') && !m.static);
      doc.attributes = (doc.attributes ?? []).filter((a) => !hidden(a.fieldName ?? a.name));
    },
  };
}

/** Builds the manifest from the sources under `root`. */
export function buildManifest(root: string): Package {
  const source = ts.createSourceFile(ELEMENT_SOURCE, readFileSync(join(root, ELEMENT_SOURCE), 'utf8'), ts.ScriptTarget.ES2022, true);
  const manifest = create({ modules: [source], plugins: [...litPlugin(), withoutInternalState()], context: { dev: false } });
  // A host imports the built file, not our sources: name that, with only what it exports.
  for (const mod of manifest.modules) {
    if (mod.path !== ELEMENT_SOURCE) continue;
    mod.path = ELEMENT_MODULE;
    const declared = new Set((mod.declarations ?? []).map((d) => d.name));
    mod.exports = (mod.exports ?? [])
      .filter((e) => declared.has(e.declaration.name))
      .map((e) => ({ ...e, declaration: { ...e.declaration, module: ELEMENT_MODULE } }));
  }
  return manifest;
}

/** The vite plugin: writes `custom-elements.json` beside `widget.js` on every build. */
export function customElementsManifest(root = process.cwd()): Plugin {
  return {
    name: 'tanya:custom-elements-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: `${JSON.stringify(buildManifest(root), null, 2)}\n` });
    },
  };
}
