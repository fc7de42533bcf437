/**
 * The event queue in real Chromium IndexedDB (widget/offline/event-queue.ts): redaction before
 * anything is stored, which failures keep an event, the bound, and the flush with the same eventId.
 * `fetch` is replaced per test to play the network; the flush then posts to the stub server.
 */
import { expect } from '@open-wc/testing';
import { clearQueue, deliver, droppedCount, flushQueue, QUEUE_LIMIT, queuedCount } from '../../widget/offline/event-queue.js';
import { eventsOf, resetStub } from './support/stub.js';

const realFetch = window.fetch;
const offline = () => (window.fetch = async () => Promise.reject(new TypeError('Failed to fetch')));
const answering = (status: number) => (window.fetch = async () => new Response('{}', { status }));
const id = (n: number | string) => `test-event-${n}`;

/** The raw records, read without the module, as a curious person with devtools would. */
function stored(): Promise<unknown[]> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open('faq-assistant-outbox');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('events').objectStore('events').getAll();
      req.onsuccess = () => (open.result.close(), ok(req.result));
      req.onerror = () => fail(req.error);
    };
  });
}

describe('offline event queue', () => {
  beforeEach(async () => {
    window.fetch = realFetch;
    await clearQueue();
    await resetStub();
  });
  after(() => (window.fetch = realFetch));

  it('redacts personal data before queueing, and flushes later with the same eventId', async () => {
    offline();
    const q = 'paspor A1234567 hilang, hubungi 081234567890 atau budi@example.com';
    expect(await deliver('/api/unanswered', { eventId: id('pii'), q, lang: 'id', reason: 'no-match' })).to.equal(false);
    const raw = JSON.stringify(await stored());
    for (const secret of ['A1234567', '081234567890', 'budi@example.com']) expect(raw).to.not.contain(secret);
    expect(await queuedCount()).to.equal(1);

    window.fetch = realFetch;
    await flushQueue(true);
    expect(await queuedCount()).to.equal(0);
    const sent = await eventsOf('unanswered');
    expect(sent).to.have.length(1);
    expect(sent[0]!.eventId).to.equal(id('pii'));
    expect(sent[0]!.q).to.not.contain('A1234567');
  });

  it('redacts foreign numbers written with spaces or dashes on the device', async () => {
    offline();
    const q = 'visa utk istri, wa +1 202 555 0143 atau +44 20 7946 0958, biaya Rp 500.000?';
    await deliver('/api/unanswered', { eventId: id('intl'), q, lang: 'id', reason: 'no-match' });
    const raw = JSON.stringify(await stored());
    for (const secret of ['202 555 0143', '7946 0958']) expect(raw).to.not.contain(secret);
    expect(raw).to.contain('Rp 500.000');
  });

  it('keeps an event on 5xx, 408 and 429; drops it on any other 4xx', async () => {
    for (const status of [500, 503, 408, 429]) {
      answering(status);
      await deliver('/api/feedback', { eventId: id(status), entryId: 'passport-new', lang: 'id', helpful: true });
    }
    expect(await queuedCount()).to.equal(4);
    answering(400);
    expect(await deliver('/api/feedback', { eventId: id(400), entryId: 'x', lang: 'id', helpful: true })).to.equal(false);
    expect(await queuedCount()).to.equal(4);
    // A flush that meets a 4xx drops those events: they will never succeed.
    answering(422);
    await flushQueue(true);
    expect(await queuedCount()).to.equal(0);
  });

  it('stops at the first event that must wait, and keeps the rest in order', async () => {
    offline();
    for (const n of [1, 2, 3]) await deliver('/api/searches', { eventId: id(n), lang: 'id', answered: false });
    let calls = 0;
    window.fetch = async (input, init) => (++calls === 2 ? new Response('', { status: 503 }) : realFetch(input, init));
    await flushQueue(true);
    expect(await queuedCount()).to.equal(2);
    window.fetch = realFetch;
    await flushQueue(true);
    expect((await eventsOf('searches')).map((e) => e.eventId)).to.deep.equal([id(1), id(2), id(3)]);
  });

  it(`holds at most ${QUEUE_LIMIT} events, dropping (and counting) the oldest`, async function () {
    this.timeout(60_000);
    offline();
    const before = await droppedCount();
    for (let n = 0; n < QUEUE_LIMIT + 5; n++) await deliver('/api/searches', { eventId: id(`bound-${n}`), lang: 'id', answered: true });
    expect(await queuedCount()).to.equal(QUEUE_LIMIT);
    expect((await droppedCount()) - before).to.equal(5);
    const kept = (await stored()).map((r) => (r as { body?: { eventId: string } }).body?.eventId).filter(Boolean);
    expect(kept).to.not.include(id('bound-0'));
    expect(kept).to.include(id(`bound-${QUEUE_LIMIT + 4}`));
  });
});
