/**
 * A real PostgreSQL for the tests and the benchmark, never a mock: `TEST_DATABASE_URL` when given
 * (`.ci/run` sets it), else a throwaway cluster started here when PostgreSQL's binaries are
 * installed (initdb + pg_ctl on a free loopback port, trust auth, deleted on stop). As root the
 * cluster runs as the `postgres` user: PostgreSQL refuses to run as root.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './server-process.js';

/** `TEST_DATABASE_URL=none` turns the PostgreSQL tests off even where PostgreSQL is installed. */
export const DISABLED = 'none';

/** The directory holding initdb and pg_ctl: `PG_BIN`, Debian's newest, or the PATH's. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

/** uid and gid of the `postgres` system user, for running the cluster when we are root. */
function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root, but there is no "postgres" user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(cmd: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /**
   * Off (the default) for tests: no fsync, since the cluster is deleted afterwards and only the
   * Tanya servers get killed. On for the benchmark, so the figures include real commits.
   */
  durable?: boolean;
}

/** Starts a fresh cluster; `stop()` shuts it down and deletes its files. */
export async function startThrowawayPostgres(options: ClusterOptions = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb/pg_ctl found; apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'tanya-pg-'));
  const as: SpawnOptions = { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8' } };
  if (process.getuid?.() === 0) {
    const user = postgresUser();
    chownSync(dir, user.uid, user.gid);
    Object.assign(as, user);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  const settings = ['-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'];
  if (!options.durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const stop = async () => {
    await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], as).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'tanya', '-E', 'UTF8', '--no-sync'], as);
    await run(join(bin, 'pg_ctl'), ['-D', data, '-o', settings.join(' '), '-l', join(dir, 'server.log'), '-w', 'start'], as);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `postgres://tanya@127.0.0.1:${port}/postgres`, stop };
}

/**
 * A new empty schema in the database at `url`, and a URL whose connections use it: each test gets
 * its own tables in one cluster, created in milliseconds (a new database would take a second).
 */
export async function freshSchema(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${name}`);
  } finally {
    await admin.end();
  }
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: scoped.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA ${name} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}
