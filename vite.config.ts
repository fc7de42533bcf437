/**
 * `npm run build`: the browser code as ES modules in `dist/`.
 * - `widget.js`: the embed script (defines `<faq-assistant>`); its URL is part of the embed contract.
 * - `app.js`: the assistant's own pages (`/`, `/a/:id`).
 * Code loaded on demand lands in `chunks/<name>-<hash>.js`: content-hashed, so the server lets
 * browsers keep them for a year (`immutable`); a change gets a new name, which the entry that
 * imports it names. The entries keep stable names (short cache lifetime + revalidation instead).
 * Chunks of the previous builds stay for a week (server/build/keep-previous-chunks.ts), for pages
 * still running an older widget.js.
 * `.vite/manifest.json` maps sources to built files; the server warms this build's chunks from it.
 * Files in `widget/pages/public/` (manifest, icons, page styles) are copied to `dist/` as they are.
 */
import { defineConfig, parseSync, Visitor, type Plugin } from 'vite';
import { keepPreviousChunks } from './server/build/keep-previous-chunks.js';
import { serviceWorker } from './server/build/service-worker.js';

/** Lit's css`` literals are strings to the minifier: squeeze them here (comments, whitespace). */
function minifyLitCss(): Plugin {
  const squeeze = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'tanya:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * Lit's html`` literals are strings to the minifier too: the indentation in them went into widget.js
 * as it is written. A run of whitespace holding line breaks keeps only its line breaks, which HTML
 * renders exactly as it rendered the run (no <pre> or <textarea> in the templates), and which keeps
 * every line where it was, so the source maps stay right without one of our own.
 * Only the static parts of `html` tagged templates change; `${…}` expressions are left alone.
 */
function minifyLitHtml(): Plugin {
  return {
    name: 'tanya:minify-lit-html',
    apply: 'build',
    transform(code, id) {
      if (!/\/widget\/.*\.ts$/.test(id) || !code.includes('html`')) return undefined;
      const edits: { start: number; end: number; text: string }[] = [];
      new Visitor({
        TaggedTemplateExpression(node) {
          if (node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
          for (const q of node.quasi.quasis) {
            const raw = q.value.raw;
            const text = raw.replace(/\s*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
            if (text === raw) continue;
            // In TypeScript, the parser's span of a quasi includes its delimiters (` ${ }).
            const start = code.startsWith(raw, q.start) ? q.start : q.start + 1;
            if (!code.startsWith(raw, start)) throw new Error(`${id}: cannot locate an html\`\` template part at ${q.start}`);
            edits.push({ start, end: start + raw.length, text });
          }
        },
      }).visit(parseSync(id, code, { lang: 'ts' }).program);
      if (!edits.length) return undefined;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * Keeps the embed in one file: every module `widget.js` imports statically goes into its chunk, even
 * when another entry (the admin console, the pages' app) shares it. Otherwise shared modules (lit,
 * the search core, idb-keyval) are split into chunks of their own, and a host page pays for several
 * requests and worse compression. The other entries then import what they share from widget.js.
 */
function widgetInOneChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'tanya:widget-in-one-chunk',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => id.endsWith('/widget/embed.ts'));
      const visit = (id: string) => {
        if (members.has(id)) return;
        members.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      if (entry) visit(entry);
    },
  };
  return { plugin, test: (id) => members.has(id) };
}
const widgetChunk = widgetInOneChunk();

export default defineConfig({
  plugins: [minifyLitCss(), minifyLitHtml(), widgetChunk.plugin, serviceWorker(), keepPreviousChunks()],
  resolve: {
    // The search core only does plain fuzzy matching of words, which fuse.js's basic build does
    // identically; the full build adds extended/logical query syntax nobody uses (~2 KB gzipped).
    // Its published minified build of that (`min-basic`) has the same search code without a
    // development-time warning and the static `Fuse.parseQuery` (for logical queries, which the
    // basic build cannot run anyway), which our minifiers cannot drop from the readable one: ~400 B.
    alias: [{ find: /^fuse\.js$/, replacement: 'fuse.js/min-basic' }],
  },
  publicDir: 'widget/pages/public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Terser first (vite runs it on each chunk), then rolldown's own minifier below on its output:
    // the two catch different things, and together make widget.js ~450 B (gzipped) smaller than
    // rolldown's alone.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    sourcemap: true,
    reportCompressedSize: false,
    manifest: true,
    lib: {
      entry: {
        widget: 'widget/embed.ts',
        app: 'widget/pages/app.ts',
        admin: 'widget/pages/admin/main.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lets widget.js itself hold what the other entries share with it (see widgetInOneChunk).
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'widget', test: widgetChunk.test }] },
        // Library builds only strip whitespace unless asked: the embed must stay small.
        minify: true,
        // Library builds keep `/* @__PURE__ */` annotations for a later bundler; these files are
        // the end of the line (a host page loads them as they are), so they only cost bytes.
        comments: false,
      },
    },
  },
});
