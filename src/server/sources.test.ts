import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, testConfig } from './fixtures.case.js';

const post = (url: string, body: unknown, token = 'test-token') =>
  fetch(`${url}/api/sources`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('POST /api/sources refuses SSRF targets: loopback, private, metadata, names resolving to loopback, odd schemes', async () => {
  const s = await fixtureServer();
  try {
    for (const url of [
      'http://127.0.0.1:8787/api/stats', 'http://10.0.0.7/feed.xml', 'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/feed', 'http://localhost:5432/', 'http://[::ffff:192.168.0.1]/', 'file:///etc/passwd',
    ]) {
      const r = await post(s.url, { id: 'evil', url });
      const body = (await r.json()) as { error: { code: string } };
      assert.equal(r.status, 400, url);
      assert.ok(['E135', 'E801'].includes(body.error.code), `${url}: ${body.error.code}`);
    }
    assert.deepEqual(((await (await fetch(`${s.url}/api/sources`)).json()) as { items: unknown[] }).items, []);
    assert.equal((await post(s.url, { id: 'x', url: 'https://feeds.example.test/rss' }, 'wrong')).status, 401);
  } finally {
    await s.done();
  }
});

test('POST /api/sources adds a source the operator allowed; GET lists its health and log', async () => {
  const s = await fixtureServer({}, { ...testConfig(), follow: { allowHosts: ['127.0.0.1'] } });
  try {
    const r = await post(s.url, { id: 'local-wire', url: 'http://127.0.0.1:9/feed.xml', every: '5m', outlet: 'Local Wire', tags: ['test'] });
    assert.equal(r.status, 201);
    const { source } = (await r.json()) as { source: { id: string; kind: string; everySec: number; health: string; origin: string } };
    assert.deepEqual([source.id, source.kind, source.everySec, source.health, source.origin], ['local-wire', 'feed', 300, 'new', 'api']);
    const list = (await (await fetch(`${s.url}/api/sources`)).json()) as { items: { id: string; itemsToday: number }[] };
    assert.deepEqual(list.items.map((i) => [i.id, i.itemsToday]), [['local-wire', 0]]);
    await s.store.logFetch({ sourceId: 'local-wire', url: 'http://127.0.0.1:9/feed.xml', at: new Date().toISOString(), status: null, bytes: 0, ms: 2, outcome: 'error', error: 'E130 refused' });
    const log = (await (await fetch(`${s.url}/api/sources/local-wire/log`)).json()) as { items: { outcome: string }[] };
    assert.deepEqual(log.items.map((i) => i.outcome), ['error']);
    assert.equal((await fetch(`${s.url}/api/sources/nope/log`)).status, 404);
    assert.equal((await post(s.url, { id: 'bad id!', url: 'http://127.0.0.1:9/' })).status, 400);
  } finally {
    await s.done();
  }
});
