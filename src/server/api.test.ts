import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer, XSS_ARTICLE, XSS_SENTENCE } from './fixtures.case.js';

// One server for the read-only tests: starting SQLite + HTTP per test adds nothing.
let base = '';
let done: () => Promise<void> = async () => {};
before(async () => {
  const s = await fixtureServer();
  base = s.url;
  done = s.done;
});
after(() => done());

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await fetch(base + path);
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null, headers: r.headers };
}

test('binds to loopback by default and reports its real port', () => {
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.notEqual(base.endsWith(':0'), true);
});

test('GET /api/events lists every event, oldest first', async () => {
  const { status, body } = await get('/api/events');
  assert.equal(status, 200);
  assert.equal(body.items.length, 6);
  assert.equal(body.nextCursor, null);
  assert.equal(typeof body.endCursor, 'string');
});

test('event filters: dyad, code, actor, source, target, weapon, modality, hedged, dates, plover', async () => {
  const ids = async (q: string) => (await get(`/api/events?${q}`)).body.items.map((e: { id: string }) => e.id).sort();
  assert.equal((await ids('dyad=IRN-RUS')).length, 3);
  assert.equal((await ids('dyad=rus-irn')).length, 3, 'a dyad is unordered and case-insensitive');
  assert.deepEqual(await ids('dyad=RUS-IRN&directed=true'), []);
  assert.equal((await ids('code=07')).length, 3);
  assert.equal((await ids('code=0721')).length, 0);
  assert.equal((await ids('actor=IRN')).length, 4);
  assert.deepEqual(await ids('source=ISR&target=IRN'), ['d2:1:195:struck']);
  assert.equal((await ids('weapon=drone')).length, 2);
  assert.deepEqual(await ids('modality=negated'), ['d1:1:072:supplying']);
  assert.equal((await ids('modality=actual,future')).length, 5);
  assert.equal((await ids('hedged=false&code=072')).length, 2);
  assert.deepEqual(await ids('since=2025-04-22&until=2025-04-30'), ['d2:0:062:held joint naval drills']);
  assert.deepEqual(await ids('until=2025-02'), ['d1:0:072:delivered']);
  assert.deepEqual(await ids('plover=ASSAULT'), ['d2:1:195:struck']);
  assert.equal((await ids('quadClass=4')).length, 1);
});

test('pagination walks every event exactly once with opaque cursors', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { body } = await get(`/api/events?limit=2${q}`);
    seen.push(...body.items.map((e: { id: string }) => e.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  assert.equal(pages, 3);
  assert.equal(new Set(seen).size, 6);
});

test('invalid input is a 400 with the one error shape and no stack', async () => {
  for (const q of ['dyad=IRAN', 'limit=abc', 'code=7x', 'weapon=laser', 'modality=maybe', 'dayd=IRN-RUS', 'cursor=bogus']) {
    const { status, body } = await get(`/api/events?${q}`);
    assert.equal(status, 400, q);
    assert.deepEqual(Object.keys(body), ['error']);
    assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message']);
    assert.match(body.error.code, /^E(801|605)$/, q);
    assert.doesNotMatch(JSON.stringify(body), /at .+\.(ts|js):\d+/);
  }
});

test('unknown paths and ids are 404 with the error shape', async () => {
  for (const p of ['/api/nope', '/api/events/no-such-id', '/api/articles/zzz', '/nothing-here']) {
    const { status, body } = await get(p);
    assert.equal(status, 404, p);
    assert.equal(body.error.code, 'E802');
  }
});

test('GET /api/events/:id gives evidence with sentence-relative highlights', async () => {
  const { status, body } = await get(`/api/events/${encodeURIComponent('d1:0:072:delivered')}`);
  assert.equal(status, 200);
  const text: string = body.sentence.text;
  const marked = Object.fromEntries(body.highlights.map((h: any) => [h.kind, text.slice(h.start, h.end)]));
  assert.deepEqual(marked, { source: 'Iran', target: 'Russia', trigger: 'delivered', weapon: 'drones', quantity: '200' });
  assert.equal(body.event.system, 'Shahed-136');
  assert.equal(body.event.chain.length, 2);
  assert.equal(body.article.id, 'd1');
  assert.equal(body.article.text, undefined, 'evidence does not ship the whole article');
});

test('GET /api/dyads gives counts by QuadClass and the cooperation share', async () => {
  const { body } = await get('/api/dyads');
  const irnRus = body.items.find((d: any) => d.a === 'IRN' && d.b === 'RUS');
  assert.equal(irnRus.total, 3);
  assert.equal(irnRus.q2, 2);
  assert.equal(irnRus.q1, 1);
  assert.equal(irnRus.coop, 1);
  const irnIsr = body.items.find((d: any) => d.a === 'IRN' && d.b === 'ISR');
  assert.equal(irnIsr.coop, 0);
  assert.equal(body.items[0].total >= body.items.at(-1).total, true);
  const denied = await get('/api/dyads?modality=actual,future,conditional');
  assert.equal(denied.body.items.find((d: any) => d.a === 'IRN' && d.b === 'RUS').total, 2);
});

test('GET /api/dyads/:a/:b/series pivots by week and fills quiet weeks', async () => {
  const { status, body } = await get('/api/dyads/RUS/IRN/series?bucket=week');
  assert.equal(status, 200);
  assert.equal(body.a, 'RUS');
  assert.equal(body.bucket, 'week');
  const total = body.buckets.map((_: string, i: number) => body.quadClass.q1[i] + body.quadClass.q2[i] + body.quadClass.q3[i] + body.quadClass.q4[i]);
  assert.equal(total.reduce((x: number, y: number) => x + y, 0), 3);
  assert.ok(body.buckets.length > 3, 'weeks between February and May are present');
  assert.ok(body.plover.AID.reduce((x: number, y: number) => x + y, 0) === 2);
  const month = await get('/api/dyads/IRN/RUS/series?bucket=month');
  assert.ok(month.body.buckets.every((b: string) => b.endsWith('-01')));
  assert.equal((await get('/api/dyads/IRN/RUS/series?bucket=day')).status, 400);
});

test('GET /api/actors, /api/claims (with history), /api/transfers', async () => {
  const actors = (await get('/api/actors')).body.items;
  assert.ok(actors.some((a: any) => a.code === 'IRN'));
  const claims = (await get('/api/claims?dyad=IRN-RUS')).body.items;
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0].history.map((h: any) => [h.stance, h.claimant]), [['asserts', 'UKR'], ['denies', 'IRN']]);
  const transfers = (await get('/api/transfers')).body;
  assert.equal(transfers.truncated, false);
  const shahed = transfers.items.find((t: any) => t.system === 'Shahed-136');
  assert.deepEqual([shahed.supplier, shahed.recipient, shahed.events, shahed.stage, shahed.quantityMax, shahed.claimants], ['IRN', 'RUS', 1, 'delivered', 200, ['UKR']]);
  const denied = transfers.items.find((t: any) => t.system === null && t.weapon === 'drone');
  assert.deepEqual(denied.deniers, ['IRN']);
  assert.ok(transfers.items.some((t: any) => t.supplier === 'PRK' && t.stage === 'in_transit'));
  const narrowed = (await get('/api/transfers?dyad=PRK-RUS')).body.items;
  assert.equal(narrowed.length, 1);
});

test('articles list, article with events, and full-text search', async () => {
  const list = (await get('/api/articles?limit=2')).body;
  assert.equal(list.items.length, 2);
  assert.equal(list.items[0].text, undefined);
  assert.ok(list.nextCursor);
  const one = (await get('/api/articles/d1')).body;
  assert.equal(one.events.length, 3);
  assert.match(one.article.text, /Shahed-136/);
  const hits = (await get('/api/search?q=naval%20drills')).body.items;
  assert.equal(hits.length, 1);
  assert.equal(hits[0].articleId, 'd2');
  assert.equal((await get('/api/search?q=')).status, 400);
  assert.equal((await get('/api/search?q=%22AND%20(OR')).status, 200, 'query syntax cannot break FTS');
});

test('JSON never turns article markup into HTML: content type is JSON and text comes back verbatim', async () => {
  const r = await get(`/api/articles/${XSS_ARTICLE}`);
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.body.article.text, XSS_SENTENCE);
  assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
});

test('every kind of answer carries the security headers: cached JSON, errors, openapi, pages', async () => {
  for (const path of ['/api/events', '/api/events', '/api/dyads', '/api/events?dayd=x', '/api/nope', '/openapi.json', '/']) {
    const r = await fetch(base + path);
    await r.arrayBuffer();
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(r.headers.get('x-frame-options'), 'DENY', path);
    assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
  }
});

test('a foreign Host header is refused on a loopback server (DNS rebinding)', async () => {
  const { request } = await import('node:http');
  const status = await new Promise<number>((resolve, reject) => {
    const u = new URL(base);
    const req = request({ host: u.hostname, port: u.port, path: '/api/events', headers: { host: 'evil.example:80' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 403);
});
