import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../core/article.js';
import { ok, fail } from '../core/result.js';
import { fixtureServer, fixtureStore, testConfig } from './fixtures.case.js';
import { listen, startServer, ServerError, MAX_BODY_BYTES } from './index.js';

const post = (url: string, body: string, headers: Record<string, string>) =>
  fetch(`${url}/api/articles`, { method: 'POST', body, headers });

test('POST without a token, or with a wrong one, is 401 E803', async () => {
  const s = await fixtureServer({ ingest: () => ok({ stored: true }) });
  try {
    const none = await post(s.url, 'Iran sent drones to Russia.', { 'content-type': 'text/plain' });
    assert.equal(none.status, 401);
    assert.equal((await none.json()).error.code, 'E803');
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    const wrong = await post(s.url, 'x', { 'content-type': 'text/plain', authorization: 'Bearer nope' });
    assert.equal(wrong.status, 401);
  } finally {
    await s.done();
  }
});

test('POST with the token reaches the injected ingest function (text and JSON)', async () => {
  const seen: RawArticle[] = [];
  const s = await fixtureServer({ ingest: (raw) => (seen.push(raw), ok({ articleId: 'new', events: 0 })) });
  const auth = { authorization: 'Bearer test-token' };
  try {
    const a = await post(s.url, 'Iran sent drones to Russia.', { ...auth, 'content-type': 'text/plain; charset=utf-8' });
    assert.equal(a.status, 201);
    assert.deepEqual((await a.json()).result, { articleId: 'new', events: 0 });
    const b = await post(s.url, JSON.stringify({ text: 'Body', title: 'T', published: '2025-01-02' }), { ...auth, 'content-type': 'application/json' });
    assert.equal(b.status, 201);
    assert.deepEqual(seen.map((r) => [r.text, r.title ?? null, r.origin]), [['Iran sent drones to Russia.', null, 'http'], ['Body', 'T', 'http']]);
    const bad = await post(s.url, JSON.stringify({ text: 3 }), { ...auth, 'content-type': 'application/json' });
    assert.equal(bad.status, 400);
    const html = await post(s.url, '<p>x</p>', { ...auth, 'content-type': 'text/html' });
    assert.equal(html.status, 415);
    assert.equal((await html.json()).error.code, 'E811');
    const big = await post(s.url, 'a'.repeat(MAX_BODY_BYTES + 10), { ...auth, 'content-type': 'text/plain' });
    assert.equal(big.status, 413);
    assert.equal((await big.json()).error.code, 'E807');
  } finally {
    await s.done();
  }
});

test('an ingest failure is 422 with its coded issue; a thrown bug is 500 E804 without a stack', async () => {
  const logged: string[] = [];
  let mode: 'fail' | 'throw' = 'fail';
  const s = await fixtureServer({
    log: (m) => logged.push(m),
    ingest: () => {
      if (mode === 'throw') throw new Error('secret internal detail');
      return fail({ code: 'E104', message: 'Empty article in http.' });
    },
  });
  const headers = { authorization: 'Bearer test-token', 'content-type': 'text/plain' };
  try {
    const a = await post(s.url, 'text', headers);
    assert.equal(a.status, 422);
    assert.deepEqual(await a.json(), { error: { code: 'E104', message: 'Empty article in http.' } });
    mode = 'throw';
    const b = await post(s.url, 'text', headers);
    assert.equal(b.status, 500);
    const text = await b.text();
    assert.deepEqual(JSON.parse(text).error.code, 'E804');
    assert.doesNotMatch(text, /secret|at |\.ts/);
    assert.ok(logged.some((l) => l.includes('secret internal detail')), 'the detail goes to the log instead');
  } finally {
    await s.done();
  }
});

test('without an ingest function POST is 501 E808', async () => {
  const s = await fixtureServer();
  try {
    const r = await post(s.url, 'text', { authorization: 'Bearer test-token', 'content-type': 'text/plain' });
    assert.equal(r.status, 501);
    assert.equal((await r.json()).error.code, 'E808');
  } finally {
    await s.done();
  }
});

test('a server started without a token refuses every write (E805)', async () => {
  const s = await fixtureServer({ ingest: () => ok(null) }, testConfig({ token: null }));
  try {
    const r = await post(s.url, 'text', { authorization: 'Bearer anything', 'content-type': 'text/plain' });
    assert.equal(r.status, 401);
    assert.equal((await r.json()).error.code, 'E805');
    assert.equal((await fetch(`${s.url}/api/events`)).status, 200, 'reads stay open');
  } finally {
    await s.done();
  }
});

test('refuses to bind a non-loopback host without a token, and binds with one', async () => {
  const store = await fixtureStore();
  try {
    for (const host of ['0.0.0.0', '::', '192.168.1.10']) {
      const r = await listen(testConfig({ host, token: null }), store, { webRoot: null });
      assert.equal(r.ok, false, host);
      if (!r.ok) assert.equal(r.issues[0]!.code, 'E806');
    }
    await assert.rejects(startServer(testConfig({ host: '0.0.0.0', token: null }), store), (e: unknown) => e instanceof ServerError && e.issue.code === 'E806');
    const r = await listen(testConfig({ host: '0.0.0.0', token: 'x' }), store, { webRoot: null });
    assert.equal(r.ok, true);
    if (r.ok) await r.value.close();
  } finally {
    await store.close();
  }
});

test('a port in use is E809, not a crash', async () => {
  const s = await fixtureServer();
  try {
    const port = Number(new URL(s.url).port);
    const r = await listen(testConfig({ port }), s.store, { webRoot: null });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.issues[0]!.code, 'E809');
  } finally {
    await s.done();
  }
});
