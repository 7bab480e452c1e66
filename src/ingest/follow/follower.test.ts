import { describe, it, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ok } from '../../core/result.js';
import type { RawArticle } from '../../core/article.js';
import type { SourceRecord, Store } from '../../store/store.js';
import { openStore } from '../../store/open.js';
import { toArticle } from '../article.js';
import { createGuard } from './guard.js';
import type { IngestArticle } from './follower.js';
import { Follower } from './follower.js';
import { DEFAULT_FOLLOW_SETTINGS } from './settings.js';
import type { TestServer } from './testserver.case.js';
import { page, rss, send, startServer, storyText, withEtag } from './testserver.case.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyadwatch-follow-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

const SETTINGS = { ...DEFAULT_FOLLOW_SETTINGS, minDelayMs: 5, timeoutMs: 2000, backoffBaseMs: 60_000 };

/** Stores the article alone (no NLP): the follow logic is what is tested here. */
function plainIngest(store: Store, raws: RawArticle[]): IngestArticle {
  return async (raw) => {
    raws.push(raw);
    const a = toArticle(raw);
    if (!a.ok) return a;
    const saved = await store.saveDoc({ article: a.value, sentences: [], tokens: [], trees: { head: [], deprel: [], upos: [], parsed: [] }, mentions: [], events: [], quotes: [], claims: [], layers: new Set(['text']), warnings: [] });
    return ok({ articleId: a.value.id, inserted: saved.inserted });
  };
}

const feedItem = (i: number, base: string) => ({
  guid: `vp-${i}`, title: `Vehicles batch ${i}`, link: `${base}/news/${i}.html`, date: `2025-03-0${i}T08:00:00Z`,
  summary: `Valdoria sends batch ${i}.`,
});

describe('Follower', () => {
  let srv: TestServer;
  let store: Store;
  let raws: RawArticle[];
  let follower: Follower;
  const source = (over: Partial<SourceRecord>): SourceRecord => ({
    id: 'vp', url: `${srv.base}/feed.xml`, kind: 'feed', everySec: 600, outlet: null, language: null, tags: [], origin: 'file', ...over,
  });
  const add = async (over: Partial<SourceRecord>) => {
    await store.upsertSource(source(over));
    return (await store.source(over.id ?? 'vp'))!;
  };

  before(async () => {
    srv = await startServer({ '/robots.txt': send('text/plain', 'User-agent: *\nDisallow: /private/\n') });
    for (let i = 1; i <= 4; i++) srv.routes.set(`/news/${i}.html`, send('text/html', page(`Batch ${i}`, storyText(i))));
  });
  after(() => srv.close());
  beforeEach(async () => {
    const r = await openStore({ kind: 'sqlite', path: path.join(dir, `f${n++}.db`), url: '', schema: '' });
    assert.ok(r.ok);
    store = r.value;
    raws = [];
    follower = new Follower({ store, ingest: plainIngest(store, raws), guard: createGuard(['127.0.0.1']), settings: SETTINGS });
  });
  afterEach(async () => {
    await follower.close();
    await store.close();
  });

  it('fetches the pages of summary-only items, keeps the item fields, then gets 304 and nothing twice', async () => {
    let items = [2, 1].map((i) => feedItem(i, srv.base));
    let version = 1;
    srv.routes.set('/feed.xml', (req, res) => withEtag('application/rss+xml', `"v${version}"`, () => rss('Valdor Post', items))(req, res));
    const s = await add({ outlet: 'Valdor Post' });
    const first = await follower.poll(s);
    assert.deepEqual([first.outcome, first.listed, first.ingested], ['ok', 2, 2]);
    assert.deepEqual(raws.map((r) => [r.title, r.published, r.url, r.outlet]), [
      ['Vehicles batch 1', '2025-03-01', `${srv.base}/news/1.html`, 'Valdor Post'],
      ['Vehicles batch 2', '2025-03-02', `${srv.base}/news/2.html`, 'Valdor Post'],
    ]);
    assert.match(raws[0]!.text, /armoured vehicles to Norland/);
    assert.doesNotMatch(raws[0]!.text, /Home \| World/, 'main text only');
    const second = await follower.poll((await store.source('vp'))!);
    assert.equal(second.outcome, 'not-modified');
    assert.equal((await store.fetchLog('vp', 1))[0]?.status, 304);
    items = [3, 2, 1].map((i) => feedItem(i, srv.base));
    version = 2;
    const third = await follower.poll((await store.source('vp'))!);
    assert.deepEqual([third.listed, third.ingested], [3, 1]);
    assert.equal((await store.stats()).articles, 3);
    const health = (await store.source('vp'))!;
    assert.deepEqual([health.failures, health.itemsToday, health.etag], [0, 3, '"v2"']);
  });

  it('takes full-text items without fetching their pages', async () => {
    const long = [...storyText(7), ...storyText(8)].join('\n\n');
    srv.routes.set('/full.xml', send('application/rss+xml', rss('Valdor Post', [{ ...feedItem(7, srv.base), link: `${srv.base}/never.html`, content: long }])));
    const r = await follower.poll(await add({ url: `${srv.base}/full.xml` }));
    assert.equal(r.ingested, 1);
    assert.ok(!srv.hits.includes('GET /never.html'));
  });

  it('reads news sitemaps and sitemap indexes', async () => {
    const urlset = (i: number) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${srv.base}/news/${i}.html</loc><news:news><news:publication><news:name>Norland Herald</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-04-0${i}T10:00:00Z</news:publication_date><news:title>Herald ${i}</news:title></news:news></url></urlset>`;
    srv.routes.set('/sm-3.xml', send('application/xml', urlset(3)));
    srv.routes.set('/sm-4.xml', send('application/xml', urlset(4)));
    srv.routes.set('/sitemap.xml', send('text/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${srv.base}/sm-3.xml</loc></sitemap><sitemap><loc>/sm-4.xml</loc></sitemap></sitemapindex>`));
    const r = await follower.poll(await add({ kind: 'sitemap', url: `${srv.base}/sitemap.xml` }));
    assert.deepEqual([r.outcome, r.ingested], ['ok', 2]);
    assert.deepEqual(raws.map((x) => [x.title, x.published, x.outlet]).sort(), [
      ['Herald 3', '2025-04-03', 'Norland Herald'], ['Herald 4', '2025-04-04', 'Norland Herald'],
    ]);
  });

  it('follows a single page, again only when it changes', async () => {
    srv.routes.set('/statement.html', send('text/html', page('Statement', storyText(9))));
    const s = await add({ kind: 'page', url: `${srv.base}/statement.html` });
    assert.equal((await follower.poll(s)).ingested, 1);
    assert.equal((await follower.poll((await store.source('vp'))!)).ingested, 0);
    srv.routes.set('/statement.html', send('text/html', page('Statement', storyText(10))));
    assert.equal((await follower.poll((await store.source('vp'))!)).ingested, 1);
  });

  it('respects robots.txt for sources and item pages (E136)', async () => {
    srv.routes.set('/private/feed.xml', send('application/rss+xml', rss('x', [])));
    const r = await follower.poll(await add({ url: `${srv.base}/private/feed.xml` }));
    assert.equal(r.issues[0]?.code, 'E136');
    assert.ok(!srv.hits.includes('GET /private/feed.xml'));
    assert.equal((await store.fetchLog('vp', 1))[0]?.outcome, 'robots');
  });

  it('reports an unreadable robots.txt as the failure and fetches nothing from the host (RFC 9309)', async () => {
    const other = await startServer({
      '/robots.txt': (_q, res) => (res.writeHead(503), res.end()),
      '/feed.xml': send('application/rss+xml', rss('x', [feedItem(1, srv.base)])),
    });
    try {
      const r = await follower.poll(await add({ url: `${other.base}/feed.xml` }));
      assert.equal(r.outcome, 'failed');
      assert.match(r.issues[0]!.message, /robots\.txt answered HTTP 503/);
      assert.ok(!other.hits.includes('GET /feed.xml'));
      const closed = await follower.poll(await add({ id: 'closed', url: 'http://127.0.0.1:9/feed.xml' }));
      assert.equal(closed.issues[0]?.code, 'E130');
      assert.match((await store.source('closed'))!.lastError!, /^E130 .*robots\.txt/);
    } finally {
      await other.close();
    }
  });

  it('backs off on 500s, marks the source unhealthy with its last error, and honours Retry-After', async () => {
    srv.routes.set('/down.xml', (_q, res) => (res.writeHead(500), res.end()));
    let s = await add({ url: `${srv.base}/down.xml` });
    const before = Date.now();
    for (let i = 0; i < 3; i++) {
      assert.equal((await follower.poll(s)).outcome, 'failed');
      s = (await store.source('vp'))!;
    }
    assert.equal(s.failures, 3);
    assert.match(s.lastError!, /^E131 .*HTTP 500/);
    // Third failure: between half and all of 4 × the base step (60 s), jittered.
    const wait = Date.parse(s.nextFetch!) - before;
    assert.ok(wait >= 2 * 60_000 - 5000 && wait <= 4 * 60_000 + 5000, `${wait}`);
    srv.routes.set('/busy.xml', (_q, res) => (res.writeHead(429, { 'retry-after': '7200' }), res.end()));
    const busy = await add({ id: 'busy', url: `${srv.base}/busy.xml` });
    await follower.poll(busy);
    assert.ok(Date.parse((await store.source('busy'))!.nextFetch!) - Date.now() > 7_000_000);
  });

  it('records invalid XML as a failed poll (E111) and recovers on the next good one', async () => {
    srv.routes.set('/bad.xml', send('application/rss+xml', '<rss><channel><item><title>unclosed'));
    let s = await add({ url: `${srv.base}/bad.xml` });
    const r = await follower.poll(s);
    assert.equal(r.issues[0]?.code, 'E111');
    s = (await store.source('vp'))!;
    assert.equal(s.failures, 1);
    srv.routes.set('/bad.xml', send('application/rss+xml', rss('fixed', [feedItem(1, srv.base)])));
    assert.equal((await follower.poll(s)).ingested, 1);
    assert.equal((await store.source('vp'))!.failures, 0);
  });

  it('stops between items once aborted, leaving the rest for the next run', async () => {
    srv.routes.set('/four.xml', send('application/rss+xml', rss('Valdor Post', [4, 3, 2, 1].map((i) => feedItem(i, srv.base)))));
    const ac = new AbortController();
    const s = await add({ url: `${srv.base}/four.xml` });
    const stopping = new Follower({
      store, guard: createGuard(['127.0.0.1']), settings: SETTINGS,
      ingest: async (raw) => {
        const r = await plainIngest(store, raws)(raw);
        ac.abort();
        return r;
      },
    });
    const r = await stopping.poll(s, ac.signal);
    await stopping.close();
    assert.equal(r.ingested, 1, 'the article in hand is finished, no other is started');
    assert.equal((await store.source('vp'))!.itemsTotal, 1);
    assert.equal((await follower.poll((await store.source('vp'))!)).ingested, 3);
  });
});
