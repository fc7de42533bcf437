/**
 * Server throughput against a bare `node:http` baseline, measured by autocannon on 127.0.0.1.
 *
 *   tsx test/bench/server.ts [--json] [--rounds N] [--seconds S]
 *
 * The servers run in a child process (both the bare one and the real app, idle in turn), so that
 * autocannon and the server under test never share an event loop. Each round measures bare and
 * app back to back (alternating which goes first), and the reported ratio is the median of the
 * per-round ratios: on a shared machine whose speed drifts by 2× within seconds, neighbouring
 * measurements are comparable where medians taken over the whole run are not.
 * Targets: GET ≥ 70 % of bare, POST ≥ 40 % (SQLite); POST on PostgreSQL ≥ 25 %, measured in the
 * same rounds when a PostgreSQL is at hand: BENCH_DATABASE_URL or TEST_DATABASE_URL (a fresh schema
 * in it, dropped afterwards), else a throwaway cluster with fsync on when PostgreSQL is installed.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchPostgres } from './bench-postgres.js';

/** The part of autocannon's API used here (the package ships no types). */
interface CannonRequest {
  method?: string;
  body?: string;
  setupRequest?: (req: CannonRequest) => CannonRequest;
}
interface CannonOptions {
  url: string;
  connections: number;
  pipelining: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
}
interface CannonResult {
  requests: { mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count?: number }>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: CannonOptions) => Promise<CannonResult>;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const TARGETS = { get: 0.7, post: 0.4, postPostgres: 0.25 } as const;
const CONNECTIONS = 32;
const PIPELINING = 1;

interface Ports {
  bare: number;
  app: number;
  /** The same app on PostgreSQL, when the bench has one. */
  pg?: number;
  etag: string;
}

interface Sample {
  bare: number[];
  app: number[];
  /** POST only: the app on PostgreSQL. */
  pg?: number[];
}

export interface ServerBench {
  rounds: number;
  seconds: number;
  connections: number;
  /** Requests per second, one number per round. */
  get: Sample;
  post: Sample;
  median: { bareGet: number; appGet: number; barePost: number; appPost: number; pgPost: number | null };
  /** Median over rounds of app ÷ bare within the round. */
  ratios: { get: number; post: number; postPostgres: number | null };
  /** Lowest and highest per-round ratio, to show how noisy the machine was. */
  spread: { get: [number, number]; post: [number, number]; postPostgres: [number, number] | null };
  /** Where the PostgreSQL figures come from, or why there are none. */
  postgres: string;
  targets: typeof TARGETS;
  pass: boolean;
  /** Non-2xx/304 answers or errors seen by autocannon (should be 0). */
  errors: number;
  report: string;
}

// ---------------------------------------------------------------------------------------------
// Child: the servers under test.

async function serveBoth(): Promise<void> {
  const { createHttpServer } = await import('../../server/http-server.js');
  const { createApp } = await import('../../server/app.js');
  const { loadConfig } = await import('../../server/config.js');
  const { ContentState } = await import('../../server/content/state.js');
  const { silentLogger } = await import('../../server/log.js');
  const { SqliteStore } = await import('../../server/store/sqlite-store.js');
  const { PostgresStore } = await import('../../server/store/postgres-store.js');

  const dir = mkdtempSync(join(tmpdir(), 'tanya-bench-'));
  const content = await ContentState.open(join(ROOT, 'content'), silentLogger);
  const store = new SqliteStore(join(dir, 'query-log.db'));
  // The real config loader, as `npm start` reads the environment; rate limiting off for the load.
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, CONTENT_DIR: join(ROOT, 'content'), ADMIN_TOKEN: randomUUID(), RATE_LIMIT_PER_MINUTE: '0', SKIP_BUILD: '1' });
  const app = createApp({ store, content, log: silentLogger, config });
  const pgUrl = process.env.BENCH_PG_URL;
  const pgStore = pgUrl ? await PostgresStore.open(pgUrl) : undefined;
  const etag = content.current?.bundles.id.etag;
  if (!etag) throw new Error('no content loaded from content/: nothing to benchmark');

  // The baseline does the least a correct server must: read the body, answer with fixed headers.
  const bare = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        res.writeHead(202, { 'Content-Type': 'application/json' });
        res.end('{"accepted":true}');
      });
      return;
    }
    res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
    res.end();
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  // The server exactly as `npm start` runs it, fast path for unchanged bundles included.
  const appServer = createHttpServer(app.fetch, content, silentLogger);
  await new Promise<void>((r) => appServer.listen(0, '127.0.0.1', r));

  const port = (s: { address(): unknown }) => (s.address() as { port: number }).port;
  const ports: Ports = { bare: port(bare), app: port(appServer), etag };
  if (pgStore) {
    // The same app on PostgreSQL, served exactly the same way.
    const pgApp = createApp({ store: pgStore, content, log: silentLogger, config: { ...config, databaseUrl: pgUrl } });
    const pgServer = createHttpServer(pgApp.fetch, content, silentLogger);
    await new Promise<void>((r) => pgServer.listen(0, '127.0.0.1', r));
    ports.pg = port(pgServer);
  }
  process.stdout.write(JSON.stringify(ports) + '\n');
  process.on('SIGTERM', () => {
    void Promise.all([store.close(), pgStore?.close()]).finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: autocannon.

function startServers(pgUrl: string | null): Promise<{ ports: Ports; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PG_URL: pgUrl ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        resolve({
          ports: JSON.parse(line) as Ports,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
  });
}

const postBody = () => JSON.stringify({ q: 'bagaimana cara perpanjang kitas online', lang: 'id', reason: 'no-match', eventId: randomUUID() });

async function cannon(url: string, kind: 'get' | 'post', ports: Ports, seconds: number): Promise<{ rps: number; errors: number }> {
  const opts: CannonOptions =
    kind === 'get'
      ? { url, connections: CONNECTIONS, pipelining: PIPELINING, duration: seconds, headers: { 'if-none-match': ports.etag } }
      : {
          url,
          connections: CONNECTIONS,
          pipelining: PIPELINING,
          duration: seconds,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // A fresh eventId per request: duplicates would measure INSERT OR IGNORE's cheap path.
          requests: [{ setupRequest: (req) => ({ ...req, method: 'POST', body: postBody() }) }],
        };
  const result = await autocannon(opts);
  const expected = kind === 'get' ? 304 : 202;
  const bad = result.errors + result.timeouts + result.non2xx - (kind === 'get' ? (result.statusCodeStats?.[String(expected)]?.count ?? 0) : 0);
  return { rps: result.requests.mean, errors: Math.max(0, bad) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function format(b: Omit<ServerBench, 'report'>): string {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const n = (x: number) => Math.round(x).toLocaleString('en-US').padStart(9);
  const row = (label: string, bare: number, app: number, ratio: number, target: number, spread: [number, number]) =>
    `${label.padEnd(30)}${n(bare)} ${n(app)}   ${pct(ratio).padStart(5)}  ≥ ${pct(target)}   (${spread.map(pct).join(' – ')})`;
  return [
    `autocannon, ${b.connections} connections, ${b.rounds} rounds × ${b.seconds} s; req/s medians, ratio = median of per-round ratios:`,
    '',
    '                              bare node:http    app    ratio  target  (per-round range)',
    row('GET /api/content/id (304)', b.median.bareGet, b.median.appGet, b.ratios.get, b.targets.get, b.spread.get),
    row('POST /api/unanswered, SQLite', b.median.barePost, b.median.appPost, b.ratios.post, b.targets.post, b.spread.post),
    b.ratios.postPostgres === null
      ? `POST /api/unanswered, PostgreSQL: ${b.postgres}`
      : row('POST /api/unanswered, Postgres', b.median.barePost, b.median.pgPost!, b.ratios.postPostgres, b.targets.postPostgres, b.spread.postPostgres!),
    ...(b.ratios.postPostgres === null ? [] : [`(PostgreSQL: ${b.postgres})`]),
    '',
    `${b.pass ? 'PASS' : 'FAIL'}${b.errors ? ` (${b.errors} unexpected answers or errors)` : ''}`,
  ].join('\n');
}

export async function benchServer(options: { rounds?: number; seconds?: number } = {}): Promise<ServerBench> {
  const rounds = options.rounds ?? 7;
  const seconds = options.seconds ?? 2;
  const postgres = await benchPostgres();
  const get: Sample = { bare: [], app: [] };
  const post: Sample = { bare: [], app: [], ...(postgres.url ? { pg: [] } : {}) };
  let errors = 0;
  try {
    const { ports, stop } = await startServers(postgres.url);
    try {
      const url = (port: number) => `http://127.0.0.1:${port}`;
      // Warm up the JIT, SQLite's page cache and the PostgreSQL pool, unmeasured.
      await cannon(`${url(ports.app)}/api/content/id`, 'get', ports, 1);
      await cannon(`${url(ports.app)}/api/unanswered`, 'post', ports, 1);
      if (ports.pg) await cannon(`${url(ports.pg)}/api/unanswered`, 'post', ports, 1);
      for (let r = 0; r < rounds; r++) {
        for (const [sample, kind, path] of [
          [get, 'get', '/api/content/id'],
          [post, 'post', '/api/unanswered'],
        ] as const) {
          const targets: Array<[number[], number]> = [[sample.bare, ports.bare], [sample.app, ports.app]];
          if (sample.pg && ports.pg) targets.push([sample.pg, ports.pg]);
          // Each round starts with another server, so none always gets the machine's fresh or tired moment.
          for (let i = 0; i < targets.length; i++) {
            const [into, port] = targets[(i + r) % targets.length]!;
            const m = await cannon(`${url(port)}${path}`, kind, ports, seconds);
            into.push(m.rps);
            errors += m.errors;
          }
        }
      }
    } finally {
      await stop();
    }
  } finally {
    await postgres.release();
  }
  const pgPost = post.pg ? median(post.pg) : null;
  const m = { bareGet: median(get.bare), appGet: median(get.app), barePost: median(post.bare), appPost: median(post.app), pgPost };
  const perRound = (xs: number[], bare: number[]) => xs.map((a, i) => a / bare[i]!);
  const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  const pgRatios = post.pg ? perRound(post.pg, post.bare) : null;
  const ratios = {
    get: median(perRound(get.app, get.bare)),
    post: median(perRound(post.app, post.bare)),
    postPostgres: pgRatios ? median(pgRatios) : null,
  };
  const spread = { get: range(perRound(get.app, get.bare)), post: range(perRound(post.app, post.bare)), postPostgres: pgRatios ? range(pgRatios) : null };
  const result = {
    rounds,
    seconds,
    connections: CONNECTIONS,
    get,
    post,
    median: m,
    ratios,
    spread,
    postgres: postgres.note,
    targets: TARGETS,
    pass:
      ratios.get >= TARGETS.get &&
      ratios.post >= TARGETS.post &&
      (ratios.postPostgres === null || ratios.postPostgres >= TARGETS.postPostgres) &&
      errors === 0,
    errors,
  };
  return { ...result, report: format(result) };
}

if (process.argv[1] === SELF) {
  const { values } = parseArgs({
    options: {
      serve: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
    },
  });
  if (values.serve) {
    await serveBoth();
  } else {
    const result = await benchServer({
      rounds: values.rounds ? Number(values.rounds) : undefined,
      seconds: values.seconds ? Number(values.seconds) : undefined,
    });
    if (values.json) {
      const { report: _report, ...numbers } = result;
      process.stdout.write(JSON.stringify(numbers, null, 2) + '\n');
    } else process.stdout.write(result.report + '\n');
    process.exitCode = result.pass ? 0 : 1;
  }
}
