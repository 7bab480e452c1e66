import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  clampLimit, dyadOf, encodeCursor, fts5Query, monthBucket, padDate, parseCursor, queryWords, weekBucket,
} from './common.js';

describe('store helpers', () => {
  it('round-trips cursors and rejects foreign ones with E605', () => {
    assert.deepEqual(parseCursor(encodeCursor(42)), { ok: true, value: 42 });
    assert.deepEqual(parseCursor(null), { ok: true, value: 0 });
    assert.deepEqual(parseCursor(''), { ok: true, value: 0 });
    for (const bad of ['42', 'abc', Buffer.from('dw1:-1').toString('base64url'), Buffer.from('dw1:1e5').toString('base64url')]) {
      const r = parseCursor(bad);
      assert.equal(!r.ok && r.issues[0]!.code, 'E605', bad);
    }
  });

  it('clamps page sizes', () => {
    assert.deepEqual([clampLimit(undefined), clampLimit(0), clampLimit(5.7), clampLimit(1e9), clampLimit(NaN)], [100, 1, 5, 1000, 100]);
  });

  it('turns any text into a safe FTS5 query', () => {
    assert.equal(fts5Query('Kestrel "drones" AND (Norland'), '"Kestrel" "drones" "AND" "Norland"');
    assert.equal(fts5Query('" ( * ^ -'), null);
    assert.deepEqual(queryWords('Zürich, 2025!'), ['Zürich', '2025']);
  });

  it('derives dates and buckets', () => {
    assert.deepEqual([padDate('2025'), padDate('2025-04'), padDate('2025-04-09'), padDate(null)], ['2025-01-01', '2025-04-01', '2025-04-09', null]);
    // 2025-03-03 is a Monday, 2025-03-09 a Sunday.
    assert.deepEqual([weekBucket('2025-03-03'), weekBucket('2025-03-09'), weekBucket('2025-03-10'), weekBucket('2025-03')], ['2025-03-03', '2025-03-03', '2025-03-10', null]);
    assert.deepEqual([monthBucket('2025-03-09'), monthBucket('2025-03'), monthBucket('2025')], ['2025-03-01', '2025-03-01', null]);
  });

  it('orders dyads and skips one-sided or self pairs', () => {
    assert.deepEqual(dyadOf({ source: 'VLD', target: 'NRL' }), ['NRL', 'VLD']);
    assert.equal(dyadOf({ source: 'VLD', target: null }), null);
    assert.equal(dyadOf({ source: 'VLD', target: 'VLD' }), null);
  });
});
