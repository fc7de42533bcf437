/**
 * `npm start`: builds what is missing, then serves the app on PORT with the embedded defaults.
 * The content watcher is always on (it is cheap), so `npm run dev`'s `--watch` changes nothing.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { createHttpServer } from './http-server.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { ContentState } from './content/state.js';
import { createLogger, type Logger } from './log.js';
import { scheduleRetention } from './store/query-log.js';
import type { Store } from './store/types.js';
import { openStore, redactUrl } from './store/open-store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHUTDOWN_GRACE_MS = 10_000;

async function ensureWidgetBuilt(config: Config, log: Logger): Promise<void> {
  if (existsSync(join(ROOT, 'dist', 'widget.js'))) return;
  if (!config.buildWidget) {
    log.warn('dist/widget.js is missing and SKIP_BUILD is set: pages that need it will not work');
    return;
  }
  const viteConfig = join(ROOT, 'vite.config.ts');
  if (!existsSync(viteConfig)) {
    log.warn('dist/widget.js is missing and there is no vite.config.ts to build it: serving the API only');
    return;
  }
  log.info('dist/widget.js is missing: building the widget (once)');
  try {
    const { build } = await import('vite');
    await build({ root: ROOT, configFile: viteConfig, logLevel: 'warn' });
  } catch (err) {
    // The API is still worth serving; the pages will say what is missing.
    log.error('widget build failed: run `npm run build` to see why', { error: (err as Error).message });
  }
}

/** A path as the operator would type it: relative when under the working directory. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function announce(config: Config, port: number): void {
  const base = `http://localhost:${port}`;
  const lines = [`Tanya listening on ${base}`];
  if (config.adminTokenGenerated) {
    // Once only: the token is in the URL fragment, which browsers never send to the server.
    lines.push(`Admin console: ${base}/admin#token=${config.adminToken}`);
    lines.push(`(admin token generated and saved in ${shown(join(config.dataDir, 'admin-token'))}; shown only this once)`);
  } else {
    lines.push(`Admin console: ${base}/admin (token from ${process.env.ADMIN_TOKEN ? 'ADMIN_TOKEN' : shown(join(config.dataDir, 'admin-token'))})`);
  }
  if (config.databaseUrl) lines.push(`Query log: PostgreSQL at ${redactUrl(config.databaseUrl)}`);
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger();

  await ensureWidgetBuilt(config, log);
  const content = await ContentState.open(config.contentDir, log);
  content.watch();
  let store: Store;
  try {
    store = await openStore(config, log);
  } catch (err) {
    if (!config.databaseUrl) throw err;
    // Unreachable database, wrong password, schema from a newer server: say which and stop.
    log.error('the query log could not be opened', { database: redactUrl(config.databaseUrl), error: (err as Error).message });
    process.exit(1);
  }
  const stopRetention = scheduleRetention(store, config.retentionDays, log);
  const app = createApp({ store, content, config, log });

  const server = createHttpServer(app.fetch, content, log);
  server.listen(config.port, config.host);
  server.once('listening', () => announce(config, (server.address() as AddressInfo).port));
  server.once('error', (err) => {
    log.error('server could not start', { error: err.message });
    process.exit(1);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info('shutting down', { signal });
    content.unwatch();
    stopRetention();
    setTimeout(() => {
      log.error('in-flight requests did not finish in time: exiting anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // close() stops accepting and waits for open connections; keep-alive ones are closed as soon
    // as they fall idle, i.e. right after their in-flight request is answered.
    server.close((err) => {
      store
        .close()
        .then(() => {
          log.info('stopped');
          process.exit(err ? 1 : 0);
        })
        .catch((closeErr: unknown) => {
          log.error('closing the database failed', { error: String(closeErr) });
          process.exit(1);
        });
    });
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 50).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

await main();
