import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/doc.js';
import type { SourceRecord, Store } from './store.js';
import { articleOne, articleTwo } from './fixtures.case.js';

const SOURCE: SourceRecord = {
  id: 'valdor-wire', url: 'http://127.0.0.1:9/feed.xml', kind: 'feed', everySec: 900,
  outlet: 'Valdor Wire', language: 'en', tags: ['wire', 'valdoria'], origin: 'file',
};

/** articleOne as another outlet ran it: same text and events, its own ids. */
function copyOfOne(id: string, outlet: string): Doc {
  const d = articleOne();
  d.article = { ...d.article, id, outlet, url: `https://example.test/${id}` };
  d.events = d.events.map((e) => ({ ...e, id: e.id.replace(/^a1:/, `${id}:`), articleId: id }));
  return d;
}

/**
 * Contract of the follow-stage records (sources, seen items, fetch log) and
 * of the story index, run by runStoreSuite for every adapter.
 */
export function runFollowSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store sources and stories: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('adds and updates sources, keeping their HTTP state across a config change', async () => {
      await store.upsertSource(SOURCE);
      await store.updateSourceState(SOURCE.id, { etag: '"v1"', lastSuccess: '2025-03-03T10:00:00.000Z', failures: 0 });
      await store.upsertSource({ ...SOURCE, everySec: 60, tags: [] });
      const s = await store.source(SOURCE.id);
      assert.equal(s?.everySec, 60);
      assert.deepEqual(s?.tags, []);
      assert.equal(s?.etag, '"v1"');
      assert.equal(s?.lastSuccess, '2025-03-03T10:00:00.000Z');
      assert.equal(s?.lastError, null);
      await store.updateSourceState(SOURCE.id, { failures: 3, lastError: 'E123 boom', lastErrorAt: '2025-03-04T00:00:00.000Z' });
      const [listed] = await store.sources();
      assert.equal(listed?.failures, 3);
      assert.equal(listed?.lastError, 'E123 boom');
      assert.equal(listed?.etag, '"v1"', 'fields not in the patch are kept');
      assert.equal(await store.source('missing'), null);
    });

    it('remembers seen items per source and counts them for today', async () => {
      await store.upsertSource(SOURCE);
      await store.upsertSource({ ...SOURCE, id: 'other' });
      assert.equal(await store.itemSeen(SOURCE.id, 'guid-1'), false);
      await store.markItemSeen(SOURCE.id, 'guid-1', 'a1');
      await store.markItemSeen(SOURCE.id, 'guid-1', 'a1');
      await store.markItemSeen(SOURCE.id, 'guid-2', null);
      assert.equal(await store.itemSeen(SOURCE.id, 'guid-1'), true);
      assert.equal(await store.itemSeen('other', 'guid-1'), false);
      const s = await store.source(SOURCE.id);
      assert.equal(s?.itemsToday, 2);
      assert.equal(s?.itemsTotal, 2);
    });

    it('logs fetches newest first, per source or all', async () => {
      const base = { url: 'http://127.0.0.1:9/a', at: '2025-03-03T10:00:00.000Z', status: 200, bytes: 10, ms: 3, outcome: 'ok', error: null };
      await store.logFetch({ ...base, sourceId: 'x' });
      await store.logFetch({ ...base, sourceId: 'y', status: null, outcome: 'error', error: 'E1 refused' });
      await store.logFetch({ ...base, sourceId: 'x', status: 304, outcome: 'not-modified' });
      assert.deepEqual((await store.fetchLog('x', 10)).map((e) => e.status), [304, 200]);
      const all = await store.fetchLog(null, 2);
      assert.deepEqual(all.map((e) => [e.sourceId, e.status, e.error]), [['x', 304, null], ['y', null, 'E1 refused']]);
    });

    it('indexes stories by band and counts copies of one story once', async () => {
      await store.saveDoc(articleOne());
      await store.saveDoc(articleTwo());
      const copy = copyOfOne('a1b', 'Norland Daily');
      await store.saveDoc(copy);
      assert.equal((await store.dyads({})).find((d) => d.a === 'NRL' && d.b === 'VLD')?.total, 5, 'before: copies count');
      assert.deepEqual(await store.articlesWithoutStory(10), ['a1', 'a2', 'a1b']);
      await store.setStories([
        { articleId: 'a1', storyId: 'a1', signature: 'sig-a1', bands: ['0:aa', '1:bb'], links: [] },
        { articleId: 'a2', storyId: 'a2', signature: 'sig-a2', bands: ['0:cc', '1:dd'], links: [] },
      ]);
      const cands = await store.storyCandidates(['1:bb', '7:zz']);
      assert.deepEqual(cands, [{ articleId: 'a1', storyId: 'a1', outlet: 'Test Wire', published: '2025-03-03', storyPublished: '2025-03-03', signature: 'sig-a1' }]);
      const one = articleOne().events;
      const links = copy.events.map((e, i) => ({ eventId: e.id, reportOf: one[i]!.id }));
      await store.setStories([{ articleId: 'a1b', storyId: 'a1', signature: 'sig-a1b', bands: ['0:aa', '1:ee'], links }]);
      assert.deepEqual(await store.articlesWithoutStory(10), []);
      const pair = (await store.dyads({})).find((d) => d.a === 'NRL' && d.b === 'VLD');
      assert.equal(pair?.total, 3, 'after: the copy adds nothing (summary tables)');
      const fromEvents = (await store.dyads({ since: '2000-01-01' })).find((d) => d.a === 'NRL' && d.b === 'VLD');
      assert.equal(fromEvents?.total, 3, 'the same when counted from the events table');
      const weeks = await store.dyadSeries({ dyad: ['NRL', 'VLD'] }, 'month');
      assert.equal(weeks.reduce((n, r) => n + r.count, 0), 3);
      const series = await store.volumeSeries({}, 'month');
      assert.equal(series.reduce((n, r) => n + r.count, 0), 5);
      const copied = await store.event(copy.events[0]!.id);
      assert.equal(copied?.reportOf, one[0]!.id);
      assert.equal((await store.event(one[0]!.id))?.reportOf, undefined);
      assert.deepEqual((await store.storyArticles('a1')).map((a) => [a.articleId, a.outlet]), [['a1', 'Test Wire'], ['a1b', 'Norland Daily']]);
      assert.deepEqual((await store.articleStories(['a1b', 'a2'])).map((a) => a.storyId), ['a2', 'a1']);
      assert.equal((await store.storyCandidates(['0:aa'])).length, 2);
    });
  });
}
