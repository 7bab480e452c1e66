import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrom, event } from '../store/fixtures.case.js';
import { fixtureServer } from './fixtures.case.js';
import { encodeCursor } from '../store/store.js';

/** Reads SSE messages from a fetch body until `want` returns true or the time runs out. */
async function readUntil(body: ReadableStream<Uint8Array>, want: (messages: string[]) => boolean, ms: number): Promise<string[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const messages: string[] = [];
  let buffer = '';
  const deadline = Date.now() + ms;
  try {
    while (Date.now() < deadline && !want(messages)) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
      if (!chunk || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      const parts = buffer.split('\n\n');
      buffer = parts.pop() ?? '';
      messages.push(...parts.filter((p) => !p.startsWith(':')));
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return messages;
}

test('SSE delivers an event saved after the client connected, and only that one', async () => {
  const s = await fixtureServer({ pollMs: 100 });
  try {
    const ac = new AbortController();
    const res = await fetch(`${s.url}/api/stream?dyad=IRN-RUS`, { signal: ac.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reading = readUntil(res.body!, (m) => m.some((x) => x.includes('event: coded')), 5000);
    // Give the hub a moment to fix its starting cursor, then store new events.
    await new Promise((r) => setTimeout(r, 300));
    const d = docFrom({ id: 'live1', published: '2025-07-01', paragraphs: [['Iran shipped more drones to Russia.', 'Chad praised Niger.']] });
    event(d, 0, 'shipped', { code: '072', quadClass: 2, source: 'IRN', target: 'RUS' });
    event(d, 1, 'praised', { code: '051', source: 'TCD', target: 'NER' });
    await s.store.saveDoc(d);
    const messages = await reading;
    ac.abort();
    const coded = messages.filter((m) => m.includes('event: coded'));
    assert.equal(coded.length, 1, 'old events are not replayed and other dyads are filtered out');
    const data = JSON.parse(coded[0]!.split('\n').find((l) => l.startsWith('data: '))!.slice(6));
    assert.equal(data.id, 'live1:0:072:shipped');
  } finally {
    await s.done();
  }
});

test('closing the server ends open streams instead of hanging', async () => {
  const s = await fixtureServer({ pollMs: 100 });
  const res = await fetch(`${s.url}/api/stream`);
  const reading = readUntil(res.body!, () => false, 3000);
  await new Promise((r) => setTimeout(r, 100));
  const t0 = Date.now();
  await s.done();
  await reading;
  assert.ok(Date.now() - t0 < 2500);
});

test('a client reconnecting with Last-Event-ID first gets what it missed, without duplicates', async () => {
  const s = await fixtureServer({ pollMs: 100 });
  try {
    const ac = new AbortController();
    // Cursor 0 = "I saw nothing": the three stored IRN-RUS events are replayed.
    const res = await fetch(`${s.url}/api/stream?dyad=IRN-RUS`, { signal: ac.signal, headers: { 'last-event-id': encodeCursor(0) } });
    const reading = readUntil(res.body!, (m) => m.filter((x) => x.includes('event: coded')).length >= 4, 5000);
    await new Promise((r) => setTimeout(r, 300));
    const d = docFrom({ id: 'live3', published: '2025-07-02', paragraphs: [['Iran sent advisers to Russia.']] });
    event(d, 0, 'sent', { code: '074', quadClass: 2, source: 'IRN', target: 'RUS' });
    await s.store.saveDoc(d);
    const ids = (await reading)
      .filter((m) => m.includes('event: coded'))
      .map((m) => JSON.parse(m.split('\n').find((l) => l.startsWith('data: '))!.slice(6)).id as string);
    ac.abort();
    assert.deepEqual(ids, ['d1:0:072:delivered', 'd1:1:072:supplying', 'x1:0:051:pledged', 'live3:0:074:sent']);
    const bad = await fetch(`${s.url}/api/stream`, { headers: { 'last-event-id': 'garbage' }, signal: AbortSignal.timeout(2000) }).catch(() => null);
    assert.equal(bad?.status, 200, 'an unreadable Last-Event-ID is ignored, not an error');
    await bad?.body?.cancel();
  } finally {
    await s.done();
  }
});
