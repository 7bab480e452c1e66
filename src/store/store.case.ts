import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, EventFilter } from './store.js';
import { StoreError } from './common.js';
import { articleOne, articleTwo, bulkArticle, docFrom, event, mention, spanOf } from './fixtures.case.js';
import { runVersionSuite } from './version.case.js';
import { runFollowSuite } from './follow.case.js';

/** Ids of all events matching a filter (one big page). */
async function ids(store: Store, f: EventFilter): Promise<string[]> {
  return (await store.events({ ...f, limit: 1000 })).items.map((e) => e.id.split(':').slice(0, 2).join(':'));
}

/** Asserts that `p` rejects with a StoreError carrying `code`. */
async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof StoreError && e.issue.code === code);
}

/**
 * The one behavioural suite every Store adapter must pass. `makeStore`
 * returns a fresh, empty store for each test; `twin`, when given, opens a
 * second connection to a store's database (see runVersionSuite).
 */
export function runStoreSuite(name: string, makeStore: () => Promise<Store>, twin?: (store: Store) => Promise<Store>): void {
  runVersionSuite(name, makeStore, twin);
  runFollowSuite(name, makeStore);
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    async function seed(): Promise<void> {
      await store.saveDoc(articleOne());
      await store.saveDoc(articleTwo());
    }

    it('saves a doc once: re-ingesting the same article writes nothing', async () => {
      const doc = articleOne();
      assert.deepEqual(await store.saveDoc(doc), { inserted: true, sentences: 4, events: 4 });
      assert.equal(await store.hasArticle('a1'), true);
      assert.equal(await store.hasArticle('nope'), false);
      assert.deepEqual(await store.saveDoc(articleOne()), { inserted: false, sentences: 0, events: 0 });
      assert.deepEqual(await store.stats(), { articles: 1, sentences: 4, events: 4, claims: 0 });
    });

    it('round-trips events and articles exactly', async () => {
      const doc = articleOne();
      await store.saveDoc(doc);
      for (const e of doc.events) assert.deepEqual(await store.event(e.id), e);
      assert.equal(await store.event('missing'), null);
      assert.deepEqual(await store.article('a1'), doc.article);
      assert.equal(await store.article('missing'), null);
      const { text: _t, ...meta } = doc.article;
      assert.deepEqual((await store.articles(10)).items, [meta]);
    });

    it('rolls back a doc the database refuses, leaving the store unchanged', async () => {
      await seed();
      const before = await store.stats();
      const bad = docFrom({ id: 'bad', published: '2025-01-01', paragraphs: [['Zembla bought quixotic gadgets.']] });
      const e = event(bad, 0, 'bought', { code: '061' });
      bad.events.push({ ...e }); // same id twice
      await rejectsWith(store.saveDoc(bad), 'E604');
      assert.equal(await store.hasArticle('bad'), false);
      assert.deepEqual(await store.stats(), before);
      assert.deepEqual(await store.searchSentences('quixotic', 10), []);
      // An event id already stored by another article is refused the same way.
      const clash = docFrom({ id: 'clash', published: null, paragraphs: [['Valdoria delivered more.']] });
      event(clash, 0, 'delivered', { code: '072', id: articleOne().events[0]!.id });
      await rejectsWith(store.saveDoc(clash), 'E604');
      assert.deepEqual(await store.stats(), before);
    });

    it('saves a batch with one savepoint per article: a refused article rolls back alone', async () => {
      const good1 = docFrom({ id: 'batch-1', published: '2025-05-01', paragraphs: [['Valdoria shipped widgets.']] });
      event(good1, 0, 'shipped', { code: '072' });
      const bad = docFrom({ id: 'batch-bad', published: '2025-05-02', paragraphs: [['Zembla bought quixotic gadgets.']] });
      const e = event(bad, 0, 'bought', { code: '061' });
      bad.events.push({ ...e }); // same id twice: the database refuses it
      const good2 = docFrom({ id: 'batch-2', published: '2025-05-03', paragraphs: [['Norland praised Ostria.']] });
      const before = await store.stats();
      const out = await store.saveDocs([good1, bad, good2, good1]);
      assert.deepEqual(out.map((o) => (o.ok ? o.value.inserted : o.issue.code)), [true, 'E604', true, false]);
      assert.equal(await store.hasArticle('batch-1'), true);
      assert.equal(await store.hasArticle('batch-bad'), false);
      assert.equal(await store.hasArticle('batch-2'), true);
      assert.deepEqual(await store.searchSentences('quixotic', 10), []);
      const after = await store.stats();
      assert.equal(after.articles - before.articles, 2);
      assert.equal(after.events - before.events, 1);
    });

    it('filters events by every field', async () => {
      await seed();
      assert.deepEqual(await ids(store, {}), ['a1:0', 'a1:1', 'a1:2', 'a1:3', 'a2:0', 'a2:1']);
      assert.deepEqual(await ids(store, { dyad: ['VLD', 'NRL'] }), ['a1:0', 'a1:1', 'a2:0']);
      assert.deepEqual(await ids(store, { dyad: ['NRL', 'VLD'] }), ['a1:0', 'a1:1', 'a2:0']);
      assert.deepEqual(await ids(store, { dyad: ['VLD', 'NRL'], directed: true }), ['a1:0']);
      assert.deepEqual(await ids(store, { code: '07' }), ['a1:0', 'a1:2']);
      assert.deepEqual(await ids(store, { code: '072' }), ['a1:0']);
      assert.deepEqual(await ids(store, { code: '023' }), ['a1:1']);
      assert.deepEqual(await ids(store, { actor: 'OST' }), ['a1:2', 'a2:1']);
      assert.deepEqual(await ids(store, { source: 'NRL' }), ['a1:1', 'a1:3', 'a2:0']);
      assert.deepEqual(await ids(store, { target: 'NRL' }), ['a1:0', 'a1:2']);
      assert.deepEqual(await ids(store, { since: '2025-04-01' }), ['a1:1', 'a2:0', 'a2:1']);
      assert.deepEqual(await ids(store, { until: '2025-03-31' }), ['a1:0', 'a1:2', 'a1:3']);
      assert.deepEqual(await ids(store, { until: '2025-04' }), ['a1:0', 'a1:1', 'a1:2', 'a1:3']);
      assert.deepEqual(await ids(store, { since: '2025-03-03', until: '2025-03-03' }), ['a1:0', 'a1:2', 'a1:3']);
      assert.deepEqual(await ids(store, { modality: ['negated'] }), ['a1:2']);
      assert.deepEqual(await ids(store, { modality: ['future', 'negated'] }), ['a1:1', 'a1:2']);
      assert.deepEqual(await ids(store, { includeHedged: false, source: 'NRL' }), ['a1:3', 'a2:0']);
      assert.deepEqual(await ids(store, { plover: 'AID' }), ['a1:0', 'a1:2']);
      assert.deepEqual(await ids(store, { quadClass: 3 }), ['a2:1']);
      assert.deepEqual(await ids(store, { weapon: 'drone' }), ['a1:0']);
      assert.deepEqual(await ids(store, { articleId: 'a2' }), ['a2:0', 'a2:1']);
      assert.deepEqual(await ids(store, { actor: 'XXX' }), []);
    });

    it('pages by seq with no duplicates and no gaps', async () => {
      await store.saveDoc(bulkArticle('bulk', 25));
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await store.events({ code: '07', limit: 7, cursor });
        seen.push(...page.items.map((e) => e.id));
        assert.ok(page.endCursor, 'endCursor is always set');
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      assert.equal(pages, 4);
      assert.deepEqual(seen, Array.from({ length: 25 }, (_, i) => `bulk:${i}:0712:lot ${i}`));
      const last = await store.events({ limit: 100 });
      assert.equal(last.nextCursor, null);
      assert.equal((await store.events({ cursor: last.endCursor })).items.length, 0, 'tail cursor sees nothing new');
      await store.saveDoc(articleTwo());
      assert.deepEqual((await store.events({ cursor: last.endCursor })).items.map((e) => e.articleId), ['a2', 'a2']);
      assert.equal((await store.events({})).items.length, 27);
      assert.equal((await store.events({ limit: 5000 })).items.length, 27);
      await rejectsWith(store.events({ cursor: 'not-a-cursor' }), 'E605');
      await rejectsWith(store.articles(10, '%%%'), 'E605');
      const a1 = await store.articles(1);
      assert.equal(a1.items.length, 1);
      const a2 = await store.articles(1, a1.nextCursor);
      assert.deepEqual([a1.items[0]!.id, a2.items[0]!.id, a2.nextCursor], ['bulk', 'a2', null]);
    });

    it('summarizes dyads, series and actors', async () => {
      await seed();
      assert.deepEqual(await store.dyads({}), [
        { a: 'NRL', b: 'VLD', total: 3, q1: 2, q2: 1, q3: 0, q4: 0, first: '2025-03-03', last: '2025-06-10' },
        { a: 'NRL', b: 'OST', total: 1, q1: 0, q2: 1, q3: 0, q4: 0, first: '2025-03-03', last: '2025-03-03' },
        { a: 'OST', b: 'VLD', total: 1, q1: 0, q2: 0, q3: 1, q4: 0, first: '2025-06-10', last: '2025-06-10' },
      ]);
      assert.deepEqual((await store.dyads({ includeHedged: false, actor: 'VLD' })).map((d) => [d.b, d.total]), [
        ['VLD', 2],
        ['VLD', 1],
      ]);
      const month = await store.dyadSeries({ dyad: ['VLD', 'NRL'] }, 'month');
      assert.deepEqual(month.map((r) => [r.bucket, r.quadClass, r.plover, r.count]), [
        ['2025-03-01', 2, 'AID', 1],
        ['2025-04-01', 1, 'REQUEST', 1],
        ['2025-06-01', 1, 'AGREE', 1],
      ]);
      const week = await store.dyadSeries({}, 'week');
      assert.deepEqual(week.map((r) => [r.bucket, r.a, r.b, r.count]), [
        ['2025-03-03', 'NRL', 'OST', 1],
        ['2025-03-03', 'NRL', 'VLD', 1],
        ['2025-06-09', 'NRL', 'VLD', 1],
        ['2025-06-09', 'OST', 'VLD', 1],
      ]);
      assert.deepEqual(await store.actors(), [
        { code: 'NRL', asSource: 3, asTarget: 2 },
        { code: 'VLD', asSource: 2, asTarget: 2 },
        { code: 'OST', asSource: 1, asTarget: 1 },
      ]);
    });

    it('leaves history out of current counts but lists it and places it at its own date', async () => {
      const doc = articleOne();
      const old = event(doc, 0, 'Norland', {
        code: '190', quadClass: 4, source: 'ZRB', target: 'QLT', date: '1956-01-01', datePrecision: 'year', dateSource: 'text', history: true,
      });
      await store.saveDoc(doc);
      assert.ok(!(await store.dyads({})).some((d) => d.a === 'QLT' && d.b === 'ZRB'));
      assert.ok(!(await store.actors()).some((a) => a.code === 'ZRB' || a.code === 'QLT'));
      const listed = await store.events({ dyad: ['ZRB', 'QLT'] });
      assert.deepEqual(listed.items.map((e) => [e.id, e.history, e.date]), [[old.id, true, '1956-01-01']]);
      const series = await store.dyadSeries({ dyad: ['ZRB', 'QLT'] }, 'month');
      assert.deepEqual(series.map((r) => [r.bucket, r.count]), [['1956-01-01', 1]]);
    });

    it('returns the evidence of an event', async () => {
      const doc = articleOne();
      await store.saveDoc(doc);
      const ev = await store.evidence(doc.events[0]!.id);
      assert.ok(ev);
      assert.deepEqual(ev.event, doc.events[0]);
      assert.equal(ev.sentence.text, 'Valdoria delivered twelve Kestrel drones to Norland on Monday, officials in Valdor said.');
      assert.deepEqual({ ...ev.sentence, text: undefined }, { ...doc.sentences[0]!, text: undefined });
      assert.deepEqual(ev.mentions, doc.mentions.filter((m) => m.sentence === 0));
      assert.equal(ev.article.title, 'Story a1');
      assert.equal('text' in ev.article, false);
      const ev3 = await store.evidence(doc.events[3]!.id);
      assert.equal(ev3?.sentence.paragraph, 1);
      assert.deepEqual(ev3?.mentions, []);
      assert.equal(await store.evidence('missing'), null);
    });

    it('keeps UTF-16 offsets exact around astral characters', async () => {
      const d = docFrom({ id: 'emoji', published: '2025-02-02', paragraphs: [['Rockets 🚀🚀 flew.', 'Valdoria met Norland in Zürich 🇨🇭 today.']] });
      mention(d, 1, 'Norland', 'NRL');
      const e = event(d, 1, 'met', { code: '040', source: 'VLD', target: 'NRL', targetSpan: spanOf(d, 1, 'Norland') });
      await store.saveDoc(d);
      const ev = await store.evidence(e.id);
      assert.equal(ev?.sentence.text, 'Valdoria met Norland in Zürich 🇨🇭 today.');
      assert.deepEqual(ev?.mentions, d.mentions);
      assert.equal(d.article.text.slice(e.trigger.start, e.trigger.end), 'met');
      assert.deepEqual(await store.event(e.id), e);
      assert.deepEqual(await store.searchSentences('Zürich', 5), [
        { articleId: 'emoji', sentence: 1, text: 'Valdoria met Norland in Zürich 🇨🇭 today.' },
      ]);
    });

    it('searches sentences and survives hostile queries', async () => {
      await seed();
      const hits = await store.searchSentences('Kestrel drones', 10);
      assert.deepEqual(hits, [
        { articleId: 'a1', sentence: 0, text: 'Valdoria delivered twelve Kestrel drones to Norland on Monday, officials in Valdor said.' },
      ]);
      assert.equal((await store.searchSentences('"Kestrel', 10)).length, 1);
      assert.equal((await store.searchSentences('norland', 10)).length, 5);
      assert.equal((await store.searchSentences('norland', 2)).length, 2);
      for (const q of ['"', 'AND (', 'NEAR(', 'OR', 'drones OR', '*', '', '   ', "'; DROP TABLE events; --", 'a:b', '^x', '-']) {
        const r = await store.searchSentences(q, 10);
        assert.ok(Array.isArray(r), `query ${JSON.stringify(q)}`);
      }
      assert.deepEqual(await store.searchSentences('zzzunknownword', 10), []);
    });

    it('replaces claims and filters them through their events', async () => {
      await seed();
      const [e1, , e3] = articleOne().events;
      const c1 = { id: 'c1', source: 'VLD', target: 'NRL', root: '07', weapon: 'drone', asserting: [e1!.id], denying: [] };
      const c2 = { id: 'c2', source: 'OST', target: 'NRL', root: '07', weapon: 'troops', asserting: [], denying: [e3!.id] };
      await store.saveClaims([c1, c2], [{ eventId: e1!.id, claimId: 'c1' }, { eventId: e3!.id, claimId: 'c2' }]);
      assert.deepEqual(await store.claims({}), [c1, c2]);
      assert.deepEqual(await store.claims({ actor: 'OST' }), [c2]);
      assert.deepEqual(await store.claims({ dyad: ['NRL', 'VLD'] }), [c1]);
      assert.deepEqual(await store.claims({ quadClass: 4 }), []);
      assert.equal((await store.event(e1!.id))?.claimId, 'c1');
      assert.equal((await store.stats()).claims, 2);
      await store.saveClaims([c2], [{ eventId: e3!.id, claimId: 'c2' }]);
      assert.deepEqual(await store.claims({}), [c2]);
      assert.deepEqual(await store.claims({ dyad: ['NRL', 'VLD'] }), []);
    });

    it('raises an alert once per (rule, key) and keeps delivery bookkeeping', async () => {
      const alert = { id: 'al1', rule: 'r1', key: 'ev:1', createdAt: '2025-03-04T10:00:00.000Z', payload: { n: 1, s: ['x'] } };
      assert.equal(await store.addAlert(alert, ['stdout', 'webhook:http://127.0.0.1:9/x']), true);
      assert.equal(await store.addAlert({ ...alert, id: 'al1-again' }, ['stdout']), false);
      assert.equal(await store.addAlert({ ...alert, id: 'al2', key: 'ev:2', payload: 'plain' }, ['stdout']), true);
      let pending = await store.pendingDeliveries();
      assert.deepEqual(pending.map((d) => [d.alertId, d.sink, d.status, d.attempts]), [
        ['al1', 'stdout', 'pending', 0],
        ['al1', 'webhook:http://127.0.0.1:9/x', 'pending', 0],
        ['al2', 'stdout', 'pending', 0],
      ]);
      assert.deepEqual(pending[0]!.alert, alert);
      assert.equal(pending[2]!.alert.payload, 'plain');
      await store.recordDelivery('al1', 'stdout', true);
      await store.recordDelivery('al1', 'webhook:http://127.0.0.1:9/x', false, 'connection refused');
      await store.recordDelivery('al1', 'webhook:http://127.0.0.1:9/x', false, 'timeout');
      pending = await store.pendingDeliveries('webhook:http://127.0.0.1:9/x');
      assert.deepEqual(pending.map((d) => [d.alertId, d.status, d.attempts, d.lastError]), [['al1', 'failed', 2, 'timeout']]);
      assert.deepEqual((await store.pendingDeliveries('stdout')).map((d) => d.alertId), ['al2']);
      await store.recordDelivery('al1', 'webhook:http://127.0.0.1:9/x', true);
      assert.deepEqual((await store.pendingDeliveries()).map((d) => d.alertId), ['al2']);
    });

    it('keeps small key-value state', async () => {
      assert.equal(await store.getState('watch:cursor'), null);
      await store.setState('watch:cursor', 'abc');
      await store.setState('other', '1');
      await store.setState('watch:cursor', 'def');
      assert.equal(await store.getState('watch:cursor'), 'def');
      assert.equal(await store.getState('other'), '1');
    });
  });
}
