import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { fixtureServer, testConfig } from './fixtures.case.js';

test('a stream past server.maxStreams is 503 E812; when one leaves, the next is let in', async () => {
  const s = await fixtureServer({}, testConfig({ maxStreams: 2 }));
  const open: AbortController[] = [];
  const follow = async () => {
    const ac = new AbortController();
    const res = await fetch(`${s.url}/api/stream`, { signal: ac.signal });
    if (res.status === 200) {
      open.push(ac);
      // Wait for the first message, so the server counts the stream as live.
      await res.body!.getReader().read();
    }
    return res;
  };
  try {
    assert.equal((await follow()).status, 200);
    assert.equal((await follow()).status, 200);
    const third = await follow();
    assert.equal(third.status, 503);
    assert.equal((await third.json()).error.code, 'E812');
    assert.equal(third.headers.get('retry-after'), '5');
    open.shift()!.abort();
    let next = await follow();
    for (let i = 0; i < 50 && next.status === 503; i++) {
      await new Promise((r) => setTimeout(r, 20));
      next = await follow();
    }
    assert.equal(next.status, 200);
  } finally {
    for (const ac of open) ac.abort();
    await s.done();
  }
});

test('headers over server.maxHeaderBytes are refused with 431', async () => {
  const s = await fixtureServer({}, testConfig({ maxHeaderBytes: 4096 }));
  try {
    const res = await fetch(`${s.url}/api/events`, { headers: { 'x-padding': 'a'.repeat(8000) } });
    assert.equal(res.status, 431);
  } finally {
    await s.done();
  }
});

test('a client that never finishes its headers is cut after server.headersTimeoutMs', async () => {
  const s = await fixtureServer({}, testConfig({ headersTimeoutMs: 300, requestTimeoutMs: 600 }));
  try {
    const { hostname, port } = new URL(s.url);
    const sock = connect(Number(port), hostname);
    sock.write('GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    let answer = '';
    sock.on('data', (d) => (answer += d.toString()));
    const closed = await new Promise<boolean>((resolve) => {
      sock.on('close', () => resolve(true));
      // Far past the timeout and the one-second check: the server must have acted by then.
      setTimeout(() => resolve(false), 10_000).unref();
    });
    sock.destroy();
    assert.ok(closed, 'the server closed the connection');
    assert.match(answer, /^HTTP\/1\.1 408/);
  } finally {
    await s.done();
  }
});

test('every bad parameter is a clear 400 (E801, E605 for a cursor), never a 500', async () => {
  const s = await fixtureServer();
  try {
    const bad = [
      '/api/events?limit=abc', '/api/events?limit=-1', '/api/events?since=2024-13-45', '/api/events?until=2024-02-30', '/api/events?dyad=XX',
      '/api/events?dayd=IRN-RUS', '/api/events?modality=sometimes', '/api/events?cursor=%00%ff', '/api/dyads?since=yesterday',
      `/api/events?code=${'9'.repeat(5000)}`, '/api/events?limit=1e999', '/api/stream?dyad=<script>',
    ];
    for (const p of bad) {
      const res = await fetch(s.url + p);
      assert.equal(res.status, 400, `${p}: ${res.status}`);
      const body = await res.json();
      assert.ok(['E801', 'E605'].includes(body.error.code), `${p}: ${body.error.code}`);
      assert.ok(body.error.message.length > 10, `${p}: a message that says what is wrong`);
    }
  } finally {
    await s.done();
  }
});
