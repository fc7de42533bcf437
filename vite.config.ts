/**
 * `npm run build`: the browser code as ES modules in `dist/`.
 * - `widget.js`: the embed script (defines `<faq-assistant>`); its URL is part of the embed contract.
 * - `app.js`: the assistant's own pages (`/`, `/a/:id`).
 * Shared code lands in `chunks/<name>.js`. Names carry no hash, so they are stable and readable;
 * the server sends them with a short cache lifetime and revalidation instead.
 * Files in `widget/pages/public/` (manifest, icons, page styles) are copied to `dist/` as they are.
 */
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [minifyLitCss(), serviceWorker()],
  resolve: {
    // The search core only does plain fuzzy matching of words, which fuse.js's basic build does
    // identically; the full build adds extended/logical query syntax nobody uses (~2 KB gzipped).
    alias: [{ find: /^fuse\.js$/, replacement: 'fuse.js/basic' }],
  },
  publicDir: 'widget/pages/public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: {
        widget: 'widget/embed.ts',
        app: 'widget/pages/app.ts',
        admin: 'widget/pages/admin/main.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        // Library builds only strip whitespace unless asked: the embed must stay small.
        minify: true,
      },
    },
  },
});
