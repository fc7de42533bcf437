/**
 * What build/custom-elements-manifest.ts uses of @custom-elements-manifest/analyzer, which its own
 * types leave out. A script file (no top-level import), so these declare modules rather than augment them.
 */
declare module '@custom-elements-manifest/analyzer' {
  export const ts: typeof import('typescript');
  export function create(options: {
    modules: import('typescript').SourceFile[];
    plugins?: unknown[];
    context?: Record<string, unknown>;
  }): import('custom-elements-manifest/schema').Package;
}

declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): unknown[];
}
