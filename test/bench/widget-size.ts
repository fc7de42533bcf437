/**
 * What the embed costs a host page before the first answer shows, gzipped: `widget.js`, every
 * chunk it imports statically, and the chunks it requests by itself at start-up through `import()`
 * (the offline cache of the content and the browse list, see `AT_START_UP`), with their imports.
 * Chunks loaded after a user action or seconds later (the answer's actions and checklist, the event outbox)
 * are reported apart. Used by `test/unit/widget-size.test.ts` and `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const WIDGET_BUDGET_BYTES = 30 * 1024;

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

/**
 * Modules the widget loads with `import()` on its own before a first answer (content-client.ts loads
 * the offline sync before the first fetch; controllers/content.ts loads browse beside the content,
 * which vite.config.ts puts in the same chunk).
 * Named by the chunk file's prefix; a name that matches no chunk fails the measurement, so a rename
 * cannot quietly drop a chunk from the count.
 */
const AT_START_UP = ['content-sync'];

export interface WidgetSize {
  /** `widget.js`, its static imports and the start-up chunks, transitively. */
  initial: FileSize[];
  initialGzip: number;
  /** Chunks reachable only through dynamic `import()`. */
  lazy: FileSize[];
}

// Minified ES output: `import"./x.js"`, `import{a as b}from"./x.js"`, `export{a}from"./x.js"`.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*\s{},]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function sizeOf(dist: string, path: string): FileSize {
  const code = readFileSync(path);
  return { file: relative(dist, path), bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Measures a built `dist/` (run `vite build` first, or use {@link ensureBuilt}). */
export function measureWidget(dist = resolve('dist')): WidgetSize {
  const entry = join(dist, 'widget.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\``);
  const initial = new Set<string>();
  const dynamic = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1]));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) dynamic.add(resolve(dirname(file), m[1]));
  };
  visit(entry);
  // Found among the chunks this build's code imports: dist/chunks also keeps older builds' chunks.
  for (const name of AT_START_UP) {
    const file = [...dynamic].find((f) => basename(f).startsWith(`${name}-`));
    if (!file) throw new Error(`widget.js imports no chunk named ${name}-*.js: update AT_START_UP in test/bench/widget-size.ts`);
    visit(file);
  }
  const lazy = new Set<string>();
  const visitLazy = (file: string) => {
    if (initial.has(file) || lazy.has(file) || !existsSync(file)) return;
    lazy.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) visitLazy(resolve(dirname(file), m[1]));
  };
  dynamic.forEach(visitLazy);
  const initialSizes = [...initial].map((f) => sizeOf(dist, f));
  return {
    initial: initialSizes,
    initialGzip: initialSizes.reduce((n, f) => n + f.gzip, 0),
    lazy: [...lazy].map((f) => sizeOf(dist, f)),
  };
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

/** Runs `vite build` when `dist/widget.js` is missing or older than the widget's sources. */
export function ensureBuilt(root = process.cwd()): void {
  const built = join(root, 'dist', 'widget.js');
  const inputs = ['widget', 'build', 'vite.config.ts'].map((p) => join(root, p)).filter((p) => existsSync(p));
  const sources = Math.max(...inputs.map(newestMtime));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  // vitest sets NODE_ENV=test, which would give a development build (lit's dev mode) to measure.
  const run = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error('vite build failed');
}

export function formatWidgetSize(size: WidgetSize): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = size.initial.map((f) => `  ${f.file}: ${kb(f.gzip)} gzipped (${kb(f.bytes)} raw)`);
  lines.push(`  total before the first answer: ${kb(size.initialGzip)} gzipped (budget ${kb(WIDGET_BUDGET_BYTES)})`);
  for (const f of size.lazy) lines.push(`  later or on demand, ${f.file}: ${kb(f.gzip)} gzipped`);
  return `widget.js\n${lines.join('\n')}`;
}
