/**
 * `npm run bench [-- --only search|server|size|lighthouse] [--json FILE]`
 * Search core first (it exists from the start), then each part whose module or pages exist yet:
 * the server (test/bench/server.ts), the widget size (test/bench/widget-size.ts), Lighthouse.
 * One readable report on stdout; `--json` also writes every number to a file (default bench.json).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';
import { benchSearch, formatSearch } from './search.js';
import { bar, formatBar, kb, type Bar } from './stats.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PARTS = ['search', 'server', 'size', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `usage: npm run bench [-- --only ${PARTS.join('|')}] [--json [FILE]]`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      only: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
// `--json FILE`: parseArgs has no optional values, so the file is the first positional.
const jsonFile = args.json ? (process.argv.slice(2).find((a, i, all) => all[i - 1] === '--json' && !a.startsWith('--')) ?? 'bench.json') : undefined;
const only = (args.only ?? []).flatMap((o) => o.split(','));
for (const o of only) {
  if (!PARTS.includes(o as Part)) {
    console.error(`unknown part "${o}"\n${USAGE}`);
    process.exit(2);
  }
}
const wanted = (p: Part) => !only.length || only.includes(p);

const log = (line: string) => console.error(line);
const report: string[] = [];
const bars: Bar[] = [];
const json: Record<string, unknown> = { started: new Date().toISOString(), node: process.version };
let failed = false;

function section(title: string, body: string) {
  report.push('', `## ${title}`, body);
}

/** A result of someone else's bench module, printed readably whatever its shape. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as { report?: unknown; text?: unknown };
    if (typeof v.report === 'string') return v.report;
    if (typeof v.text === 'string') return v.text;
  }
  return JSON.stringify(value, null, 2);
}

/** Calls the module's bench functions (those taking no required argument) and prints what they return. */
async function runModule(path: string, preferred: string[]): Promise<Record<string, unknown>> {
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const fns = Object.entries(mod).filter(([, v]) => typeof v === 'function') as [string, (...a: unknown[]) => unknown][];
  const named = fns.filter(([k]) => preferred.includes(k));
  const chosen = named.length ? named : fns.filter(([k, f]) => f.length === 0 && !/^format/i.test(k));
  const results: Record<string, unknown> = {};
  for (const [name, fn] of chosen) {
    const result = await fn();
    results[name] = result;
    const formatter = mod[`format${name.replace(/^bench/, '')}`];
    section(`${name} (${path.replace(ROOT + '/', '')})`, typeof formatter === 'function' ? String(formatter(result)) : describe(result));
    if (result && typeof result === 'object') {
      const r = result as { bars?: unknown; pass?: unknown };
      if (Array.isArray(r.bars)) bars.push(...(r.bars as Bar[]));
      else if (typeof r.pass === 'boolean') bars.push({ name: `${name} (its own targets)`, value: Number(r.pass), limit: 1, kind: 'min', pass: r.pass, shown: r.pass ? 'met' : 'missed' });
    }
  }
  if (!chosen.length) section(path, 'nothing to run: the module exports no bench function');
  return results;
}

/** The widget engineer's module: build if stale, measure, compare with its budget; else whatever it exports. */
async function widgetSizePart(path: string): Promise<unknown> {
  const mod = (await import(pathToFileURL(path).href)) as {
    ensureBuilt?: (root?: string) => void;
    measureWidget?: (dist?: string) => { initialGzip: number };
    formatWidgetSize?: (size: unknown) => string;
    WIDGET_BUDGET_BYTES?: number;
  };
  if (typeof mod.measureWidget !== 'function') return runModule(path, []);
  mod.ensureBuilt?.(ROOT);
  const size = mod.measureWidget(join(ROOT, 'dist'));
  section('Widget size (test/bench/widget-size.ts)', mod.formatWidgetSize ? mod.formatWidgetSize(size) : describe(size));
  if (typeof mod.WIDGET_BUDGET_BYTES === 'number') {
    const budget = mod.WIDGET_BUDGET_BYTES;
    bars.push(bar('widget before the first answer, gzipped', size.initialGzip, budget, `${kb(size.initialGzip)} (budget ≤ ${kb(budget)})`));
  }
  return size;
}

async function lighthousePart() {
  if (!existsSync(join(ROOT, 'server/main.ts')) || !existsSync(join(ROOT, 'server/routes/pages.ts'))) {
    section('Lighthouse', 'skipped: pages not built yet');
    json.lighthouse = { skipped: 'pages not built yet' };
    return;
  }
  const { runLighthouse, lighthouseBars, formatLighthouse } = await import('./lighthouse.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'tanya-bench-'));
  let server: RunningServer | undefined;
  try {
    server = await startServer({ port: await freePort(), dataDir }, 30_000);
    const base = server.baseUrl;
    const pages: Record<string, Awaited<ReturnType<typeof runLighthouse>>> = {};
    for (const path of ['/', '/a/passport-new?lang=id']) {
      log(`  lighthouse ${path}…`);
      pages[path] = await runLighthouse(base + path);
      bars.push(...lighthouseBars(path, pages[path]));
    }
    section('Lighthouse (mobile preset, Debian Chromium)', formatLighthouse(pages));
    json.lighthouse = pages;
  } catch (e) {
    failed = true;
    section('Lighthouse', `failed: ${(e as Error).message}`);
    json.lighthouse = { error: (e as Error).message };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const started = performance.now();
// Two shared cores: a busy neighbour slows everything, so the report says how busy the machine was.
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
report.push(`# Bench (${process.version}, ${cpus().length} cores, load average at start ${load()})`);
try {
  if (wanted('search')) {
    log('search core…');
    const search = await benchSearch({ log });
    section('Search core', formatSearch(search));
    bars.push(...search.bars);
    json.search = search;
  }
  if (wanted('server')) {
    const path = join(ROOT, 'test/bench/server.ts');
    if (existsSync(path)) {
      log('server…');
      json.server = await runModule(path, ['benchServer']);
    } else if (only.includes('server')) section('Server', 'skipped: test/bench/server.ts does not exist yet');
  }
  if (wanted('size')) {
    const path = join(ROOT, 'test/bench/widget-size.ts');
    if (existsSync(path)) {
      log('widget size…');
      json.size = await widgetSizePart(path);
    } else section('Widget size', 'skipped: test/bench/widget-size.ts does not exist yet');
  }
  if (wanted('lighthouse')) {
    log('lighthouse…');
    await lighthousePart();
  }
} catch (e) {
  failed = true;
  section('Error', (e as Error).stack ?? String(e));
}

if (bars.length) section('Bars', bars.map(formatBar).join('\n'));
report.push('', `bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (load average at end ${load()})`);
console.log(report.join('\n'));
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify({ ...json, bars }, null, 2) + '\n');
  console.log(`JSON written to ${jsonFile}`);
}
// Every part runs and reports before the exit code says whether a bar was missed or a part broke.
process.exit(failed || bars.some((b) => !b.pass) ? 1 : 0);
