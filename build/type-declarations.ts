/**
 * The TypeScript declarations of the package's entries (`dist/types/`), which package.json's
 * `exports` name beside the built files: `import 'tanya/widget'` and `import { FaqAssistant } from
 * 'tanya/react'` come typed, `HTMLElementTagNameMap` and the events' `GlobalEventHandlersEventMap`
 * entries included. Emitted by the TypeScript compiler from the same sources vite bundles.
 */
import { join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** The sources of the package's entries, relative to the root; declarations land under `dist/types/` by their path in `widget/`. */
export const TYPED_ENTRIES = ['widget/embed.ts', 'widget/react.ts'];

/** Writes the declarations; throws with the compiler's messages when they cannot be made. */
export function emitDeclarations(root: string, outDir = join(root, 'dist', 'types')): void {
  const program = ts.createProgram(
    TYPED_ENTRIES.map((e) => join(root, e)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      strict: true,
      useDefineForClassFields: false,
      skipLibCheck: true,
      declaration: true,
      emitDeclarationOnly: true,
      stripInternal: true,
      rootDir: join(root, 'widget'),
      outDir,
    },
  );
  const result = program.emit();
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length || result.emitSkipped) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(`type declarations failed:\n${ts.formatDiagnostics(errors, host)}`);
  }
}

/** The vite plugin: writes `dist/types/` once the bundle is written. */
export function typeDeclarations(root = process.cwd()): Plugin {
  return {
    name: 'tanya:type-declarations',
    apply: 'build',
    closeBundle() {
      emitDeclarations(root);
    },
  };
}
