/**
 * `npm run build`: the browser code as ES modules in `dist/`.
 * - `widget.js`: the embed script (defines `<faq-assistant>`); its URL is part of the embed contract.
 * - `app.js`: the assistant's own pages (`/`, `/a/:id`).
 * - `react.js` and `types/`: the npm package's React wrapper and declarations (package.json `exports`).
 * Code loaded on demand lands in `chunks/<name>-<hash>.js`: content-hashed, so the server lets
 * browsers keep them for a year (`immutable`); a change gets a new name, which the entry that
 * imports it names. The entries keep stable names (short cache lifetime + revalidation instead).
 * Chunks of the previous builds stay for a week (build/keep-previous-chunks.ts), for pages
 * still running an older widget.js.
 * `custom-elements.json` describes `<faq-assistant>` for editors and tools (build/custom-elements-manifest.ts).
 * `.vite/manifest.json` maps sources to built files; the server warms this build's chunks from it.
 * The build steps of our own are the plugins in `build/`, one a file.
 * Files in `widget/pages/public/` (manifest, icons, page styles) are copied to `dist/` as they are.
 */
import { defineConfig } from 'vite';
import { customElementsManifest } from './build/custom-elements-manifest.js';
import { keepPreviousChunks } from './build/keep-previous-chunks.js';
import { minifyLitCss } from './build/minify-lit-css.js';
import { minifyLitHtml } from './build/minify-lit-html.js';
import { serviceWorker } from './build/service-worker.js';
import { typeDeclarations } from './build/type-declarations.js';
import { widgetInOneChunk } from './build/widget-in-one-chunk.js';

const widgetChunk = widgetInOneChunk();

export default defineConfig({
  plugins: [minifyLitCss(), minifyLitHtml(), widgetChunk.plugin, serviceWorker(), keepPreviousChunks(), customElementsManifest(), typeDeclarations()],
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
    terserOptions: { compress: { passes: 3 }, mangle: { properties: { regex: /^_[A-Za-z]/ } } },
    sourcemap: true,
    reportCompressedSize: false,
    manifest: true,
    lib: {
      entry: {
        widget: 'widget/embed.ts',
        app: 'widget/pages/app.ts',
        admin: 'widget/pages/admin/main.ts',
        // `tanya/react` for npm users (package.json `exports`); imports widget.js, never part of it.
        react: 'widget/react.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // The React wrapper uses the host application's React.
      external: ['react'],
      // Lets widget.js itself hold what the other entries share with it (see widgetInOneChunk).
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'widget', test: widgetChunk.test },
            // What loads beside the content at start-up, as one chunk: the offline cache of the content,
            // idb-keyval (which the later chunks import from there) and the topic list shown once the
            // content is there. One request and one chunk's overhead instead of three.
            { name: 'content-sync', test: /\/node_modules\/idb-keyval\/|\/widget\/offline\/(?:content-sync|bundle-cache)\.ts$|\/widget\/components\/(?:browse|categories)\.ts$/ },
          ],
        },
        // Library builds only strip whitespace unless asked: the embed must stay small.
        minify: true,
        // Library builds keep `/* @__PURE__ */` annotations for a later bundler; these files are
        // the end of the line (a host page loads them as they are), so they only cost bytes.
        comments: false,
      },
    },
  },
});
