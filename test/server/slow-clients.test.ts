/**
 * Clients that hang up mid-body or trickle their request: a client error in one info line, and a
 * connection closed after the header/body timeouts instead of held open for minutes.
 */
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, TIMEOUTS } from '../../server/http-server.js';
import { makeTestApp, waitFor, type TestApp } from './helpers.js';

let t: TestApp;
let server: Server | undefined;

afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  server = undefined;
  await t?.close();
});

async function listen(options?: Parameters<typeof createHttpServer>[3]): Promise<number> {
  t = await makeTestApp();
  server = createHttpServer(t.app.fetch, t.content, t.log, options);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** Resolves with the milliseconds until the server closed the socket, and what it sent. */
function closed(sock: Socket): Promise<{ ms: number; received: string }> {
  const start = Date.now();
  let received = '';
  sock.on('data', (d) => (received += d.toString()));
  return new Promise((resolve) => sock.once('close', () => resolve({ ms: Date.now() - start, received })));
}

const POST_HEAD =
  'POST /api/unanswered HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n';

describe('a client that hangs up halfway through its body', () => {
  it('is logged as one info line with a client-error status, no "unhandled error" and no stack', async () => {
    const port = await listen();
    const sock = connect(port, '127.0.0.1');
    await new Promise((r) => sock.once('connect', r));
    sock.write(POST_HEAD + '{"q":"paspor hil');
    await new Promise((r) => setTimeout(r, 100));
    sock.destroy();

    const line = await waitFor(async () => t.log.lines.find((l) => l.path === '/api/unanswered'));
    expect(line).toMatchObject({ level: 'info', msg: 'request', status: 400 });
    await new Promise((r) => setTimeout(r, 100));
    expect(t.log.lines.filter((l) => l.level !== 'info')).toEqual([]);
    expect(JSON.stringify(t.log.lines)).not.toContain('stack');
    expect(t.rows('SELECT * FROM unanswered')).toEqual([]);
  });
});

describe('slow clients', () => {
  it('uses 10 s header and request timeouts by default', async () => {
    expect(TIMEOUTS).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 10_000 });
    await listen();
    expect(server!.headersTimeout).toBe(10_000);
    expect(server!.requestTimeout).toBe(10_000);
  });

  it('closes a connection whose headers never finish', async () => {
    const port = await listen({ headersTimeoutMs: 400, requestTimeoutMs: 400 });
    const sock = connect(port, '127.0.0.1');
    const done = closed(sock);
    sock.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const { ms, received } = await done;
    expect(ms).toBeLessThan(3000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose body trickles in too slowly', async () => {
    const port = await listen({ headersTimeoutMs: 400, requestTimeoutMs: 600 });
    const sock = connect(port, '127.0.0.1');
    const done = closed(sock);
    sock.write(POST_HEAD + '{"q":');
    const drip = setInterval(() => sock.writable && sock.write(' '), 100);
    const { ms } = await done;
    clearInterval(drip);
    expect(ms).toBeLessThan(3000);
    await new Promise((r) => setTimeout(r, 100));
    expect(t.log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
