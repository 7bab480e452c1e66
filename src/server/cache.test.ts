import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrom, event } from '../store/fixtures.case.js';
import { fixtureStore } from './fixtures.case.js';
import { createAggregateCache } from './cache.js';

test('aggregates are reused until a new event is stored, then recomputed', async () => {
  const store = await fixtureStore();
  try {
    const cache = createAggregateCache(store);
    let computed = 0;
    const dyads = () => cache.get('dyads', async () => (computed++, store.dyads({})));
    const first = await dyads();
    await dyads();
    assert.equal(computed, 1);
    const d = docFrom({ id: 'later', published: '2025-09-01', paragraphs: [['Chad praised Niger.']] });
    event(d, 0, 'praised', { code: '051', source: 'TCD', target: 'NER' });
    await store.saveDoc(d);
    const after = await dyads();
    assert.equal(computed, 2);
    assert.equal(after.length, first.length + 1);
  } finally {
    await store.close();
  }
});
