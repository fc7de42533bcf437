/**
 * The real server as a child process, started exactly as `npm start` starts it, for the tests and
 * benchmarks that need HTTP over a socket (end to end, offline, Lighthouse).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export interface ServerOptions {
  port: number;
  dataDir: string;
  /** Default: the repo's content/. */
  contentDir?: string;
  adminToken?: string;
  /** `DATABASE_URL`: the query log in PostgreSQL instead of SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Further settings, e.g. `{ TRUST_PROXY: '1' }`. */
  env?: Record<string, string>;
}

export interface RunningServer {
  proc: ChildProcess;
  baseUrl: string;
  /** What the server printed so far (for error messages). */
  output(): string;
  /** SIGTERM (graceful, SIGKILL after 5 s) or SIGKILL (as when the machine loses power). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** Starts the server and resolves once `/api/health` answers; rejects with its output if it dies. */
export async function startServer(o: ServerOptions, timeoutMs = 60_000): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${o.port}`;
  let log = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(o.port),
      HOST: '127.0.0.1',
      DATA_DIR: o.dataDir,
      ...(o.contentDir ? { CONTENT_DIR: o.contentDir } : {}),
      ...(o.adminToken ? { ADMIN_TOKEN: o.adminToken } : {}),
      ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : {}),
      SKIP_BUILD: '1',
      // Tests and benchmarks make many requests from one address in a few seconds.
      RATE_LIMIT_PER_MINUTE: '0',
      ...o.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  proc.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));

  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    if (signal === 'SIGKILL') return void (await exited);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { proc, baseUrl, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await stop('SIGKILL');
  throw new Error(`server did not become healthy in ${timeoutMs / 1000} s:\n${log}`);
}
