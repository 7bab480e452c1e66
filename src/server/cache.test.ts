import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { docFrom, event } from '../store/fixtures.case.js';
import { fixtureServer, fixtureStore, serverClaims } from './fixtures.case.js';
import { createResponseCache } from './cache.js';

const decode = (b: Uint8Array): unknown => JSON.parse(Buffer.from(b).toString('utf8'));

function laterDoc(id = 'later') {
  const d = docFrom({ id, published: '2025-09-01', paragraphs: [['Chad praised Niger.']] });
  event(d, 0, 'praised', { code: '051', source: 'TCD', target: 'NER' });
  return d;
}

test('answers are reused until a write, then recomputed (events and claims alike)', async () => {
  const store = await fixtureStore();
  try {
    const cache = createResponseCache(store);
    let computed = 0;
    const dyads = () => cache.json('dyads', async () => (computed++, store.dyads({})));
    const first = decode(await dyads()) as unknown[];
    assert.deepEqual(decode(await dyads()), first);
    assert.equal(computed, 1);
    await store.saveDoc(laterDoc());
    assert.equal((decode(await dyads()) as unknown[]).length, first.length + 1);
    assert.equal(computed, 2);
    // Replacing claims adds no event, yet changes events' claimId: it must invalidate too.
    const { claims, links } = serverClaims();
    await store.saveClaims(claims, links);
    await dyads();
    assert.equal(computed, 3);
  } finally {
    await store.close();
  }
});

test('concurrent misses share one computation; failures are not kept', async () => {
  const store = await fixtureStore();
  try {
    const cache = createResponseCache(store);
    let computed = 0;
    const slow = () => cache.json('k', async () => (computed++, await new Promise((r) => setTimeout(r, 20)), { n: computed }));
    const all = await Promise.all([slow(), slow(), slow()]);
    assert.equal(computed, 1);
    assert.deepEqual(all.map(decode), [{ n: 1 }, { n: 1 }, { n: 1 }]);
    await assert.rejects(cache.json('bad', async () => Promise.reject(new Error('boom'))), /boom/);
    assert.deepEqual(decode(await cache.json('bad', async () => 'ok')), 'ok');
  } finally {
    await store.close();
  }
});

test('keeps within its entry and byte limits, dropping the least recently used', async () => {
  const store = await fixtureStore();
  try {
    const cache = createResponseCache(store, { maxEntries: 2, maxBytes: 40 });
    let computed = 0;
    const get = (k: string, value: unknown = k) => cache.json(k, async () => (computed++, value));
    await get('a');
    await get('b');
    await get('a'); // a is now the most recent
    await get('c'); // evicts b
    assert.equal(cache.size, 2);
    assert.equal(computed, 3);
    await get('a');
    assert.equal(computed, 3, 'a survived');
    await get('big', 'x'.repeat(100));
    assert.equal(cache.size, 2, 'an answer over the byte budget is served but not kept');
  } finally {
    await store.close();
  }
});

test('a write by another process (second connection) invalidates a serving server', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dyadwatch-cache-'));
  const open = async (): Promise<Store> => {
    const r = await openStore({ kind: 'sqlite', path: path.join(dir, 'x.db'), url: '', schema: '' });
    if (!r.ok) throw new Error(r.issues[0]!.message);
    return r.value;
  };
  const served = await open();
  const s = await fixtureServer({}, undefined, served);
  const ingest = await open();
  try {
    const count = async () => ((await (await fetch(`${s.url}/api/events`)).json()) as { items: unknown[] }).items.length;
    assert.equal(await count(), 0);
    assert.equal(await count(), 0);
    await ingest.saveDoc(laterDoc());
    assert.equal(await count(), 1);
  } finally {
    await ingest.close();
    await s.done();
    await rm(dir, { recursive: true, force: true });
  }
});
test('with maxEntries 0 every answer is computed again (the uncached load test)', async () => {
  const store = await fixtureStore();
  try {
    const cache = createResponseCache(store, { maxEntries: 0, maxBytes: 1 << 20 });
    let computed = 0;
    for (let i = 0; i < 3; i++) await cache.json('dyads', async () => (computed++, store.dyads({})));
    assert.equal(computed, 3);
    assert.equal(cache.size, 0);
  } finally {
    await store.close();
  }
});
