import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './store.js';
import { articleOne, articleTwo } from './fixtures.case.js';

/**
 * Contract of dataVersion and volumeSeries, run by runStoreSuite for every
 * adapter. `twin` opens a second connection to the same database, standing
 * in for another process (an ingest run beside a server).
 */
export function runVersionSuite(name: string, makeStore: () => Promise<Store>, twin?: (store: Store) => Promise<Store>): void {
  describe(`Store data version and volume: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps the data version while only reading, and moves it on every kind of write', async () => {
      const v0 = await store.dataVersion();
      await store.events({});
      await store.dyads({});
      assert.equal(await store.dataVersion(), v0, 'reads leave it alone');
      await store.saveDoc(articleOne());
      const v1 = await store.dataVersion();
      assert.notEqual(v1, v0, 'saveDoc');
      const [e1] = articleOne().events;
      const claim = { id: 'c1', source: 'VLD', target: 'NRL', root: '07', weapon: 'drone', asserting: [e1!.id], denying: [] };
      // Claims change what events answer (claimId) without adding a row: the version must still move.
      await store.saveClaims([claim], [{ eventId: e1!.id, claimId: 'c1' }]);
      const v2 = await store.dataVersion();
      assert.notEqual(v2, v1, 'saveClaims');
      assert.equal(await store.dataVersion(), v2, 'stable without writes');
    });

    it('sees writes made through another connection', { skip: twin ? false : 'adapter gives no second connection' }, async () => {
      const other = await twin!(store);
      try {
        const v0 = await store.dataVersion();
        await other.saveDoc(articleTwo());
        assert.notEqual(await store.dataVersion(), v0);
        assert.equal((await store.stats()).events, 2);
      } finally {
        await other.close();
      }
    });

    it('sums the per-dyad series into one timeline', async () => {
      await store.saveDoc(articleOne());
      await store.saveDoc(articleTwo());
      for (const bucket of ['week', 'month'] as const) {
        const filter = { modality: ['actual' as const, 'future' as const] };
        const perDyad = await store.dyadSeries(filter, bucket);
        const summed = new Map<string, number>();
        for (const r of perDyad) {
          const k = `${r.bucket}|${r.quadClass}|${r.plover}`;
          summed.set(k, (summed.get(k) ?? 0) + r.count);
        }
        const volume = await store.volumeSeries(filter, bucket);
        assert.deepEqual(new Map(volume.map((r) => [`${r.bucket}|${r.quadClass}|${r.plover}`, r.count])), summed, bucket);
        assert.ok(volume.length > 0);
      }
      assert.deepEqual(
        (await store.volumeSeries({ quadClass: 3 }, 'month')).map((r) => [r.bucket, r.quadClass, r.plover, r.count]),
        [['2025-06-01', 3, 'THREATEN', 1]],
      );
    });
  });
}
