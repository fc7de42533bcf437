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
 * Targets: GET ≥ 70 % of bare, POST ≥ 40 %.
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
const TARGETS = { get: 0.7, post: 0.4 } as const;
const CONNECTIONS = 32;
const PIPELINING = 1;

interface Ports {
  bare: number;
  app: number;
  etag: string;
}

interface Sample {
  bare: number[];
  app: number[];
}

export interface ServerBench {
  rounds: number;
  seconds: number;
  connections: number;
  /** Requests per second, one number per round. */
  get: Sample;
  post: Sample;
  median: { bareGet: number; appGet: number; barePost: number; appPost: number };
  /** Median over rounds of app ÷ bare within the round. */
  ratios: { get: number; post: number };
  /** Lowest and highest per-round ratio, to show how noisy the machine was. */
  spread: { get: [number, number]; post: [number, number] };
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

  const dir = mkdtempSync(join(tmpdir(), 'tanya-bench-'));
  const content = await ContentState.open(join(ROOT, 'content'), silentLogger);
  const store = new SqliteStore(join(dir, 'query-log.db'));
  const app = createApp({
    store,
    content,
    log: silentLogger,
    // The real config loader, as `npm start` reads the environment; rate limiting off for the load.
    config: loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, CONTENT_DIR: join(ROOT, 'content'), ADMIN_TOKEN: randomUUID(), RATE_LIMIT_PER_MINUTE: '0', SKIP_BUILD: '1' }),
  });
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
  process.stdout.write(JSON.stringify(ports) + '\n');
  process.on('SIGTERM', () => {
    void store.close().finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: autocannon.

function startServers(): Promise<{ ports: Ports; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve'], {
    cwd: ROOT,
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
  return [
    `autocannon, ${b.connections} connections, ${b.rounds} rounds × ${b.seconds} s; req/s medians, ratio = median of per-round ratios:`,
    '',
    '                              bare node:http    app    ratio  target  (per-round range)',
    `GET /api/content/id (304)     ${n(b.median.bareGet)} ${n(b.median.appGet)}   ${pct(b.ratios.get).padStart(5)}  ≥ ${pct(b.targets.get)}   (${b.spread.get.map(pct).join(' – ')})`,
    `POST /api/unanswered (202)    ${n(b.median.barePost)} ${n(b.median.appPost)}   ${pct(b.ratios.post).padStart(5)}  ≥ ${pct(b.targets.post)}   (${b.spread.post.map(pct).join(' – ')})`,
    '',
    `${b.pass ? 'PASS' : 'FAIL'}${b.errors ? ` (${b.errors} unexpected answers or errors)` : ''}`,
  ].join('\n');
}

export async function benchServer(options: { rounds?: number; seconds?: number } = {}): Promise<ServerBench> {
  const rounds = options.rounds ?? 7;
  const seconds = options.seconds ?? 2;
  const { ports, stop } = await startServers();
  const get: Sample = { bare: [], app: [] };
  const post: Sample = { bare: [], app: [] };
  let errors = 0;
  try {
    const bare = `http://127.0.0.1:${ports.bare}`;
    const app = `http://127.0.0.1:${ports.app}`;
    // Warm up the JIT and SQLite's page cache, unmeasured.
    await cannon(`${app}/api/content/id`, 'get', ports, 1);
    await cannon(`${app}/api/unanswered`, 'post', ports, 1);
    for (let r = 0; r < rounds; r++) {
      for (const [sample, kind, path] of [
        [get, 'get', '/api/content/id'],
        [post, 'post', '/api/unanswered'],
      ] as const) {
        const bareFirst = r % 2 === 0;
        const first = await cannon(`${bareFirst ? bare : app}${path}`, kind, ports, seconds);
        const second = await cannon(`${bareFirst ? app : bare}${path}`, kind, ports, seconds);
        const [b, a] = bareFirst ? [first, second] : [second, first];
        sample.bare.push(b.rps);
        sample.app.push(a.rps);
        errors += b.errors + a.errors;
      }
    }
  } finally {
    await stop();
  }
  const m = { bareGet: median(get.bare), appGet: median(get.app), barePost: median(post.bare), appPost: median(post.app) };
  const perRound = (x: Sample) => x.app.map((a, i) => a / x.bare[i]!);
  const ratios = { get: median(perRound(get)), post: median(perRound(post)) };
  const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  const spread = { get: range(perRound(get)), post: range(perRound(post)) };
  const result = {
    rounds,
    seconds,
    connections: CONNECTIONS,
    get,
    post,
    median: m,
    ratios,
    spread,
    targets: TARGETS,
    pass: ratios.get >= TARGETS.get && ratios.post >= TARGETS.post && errors === 0,
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
