import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { buildLedger } from './ledger.js';
import { twoArticles } from './claims.case.js';

describe('claims ledger', () => {
  it('links an allegation, a denial and a confirmation across two articles into one claim', () => {
    const events = twoArticles();
    const { claims, links } = buildLedger(events);
    assert.equal(claims.length, 1);
    const c = claims[0]!;
    assert.deepEqual([c.source, c.target, c.root, c.weapon], ['BLR', 'RUS', '07', 'drone']);
    assert.equal(c.asserting.length, 2);
    assert.equal(c.denying.length, 2, 'the 016 and the negated 072');
    assert.equal(links.length, 4);
    // Stable: the same content gives the same id.
    assert.equal(buildLedger(events.slice().reverse()).claims[0]!.id, c.id);
  });

  it('keeps different weapons and distant times apart; a null weapon joins', () => {
    const base = twoArticles();
    const shift = (e: CodedEvent, id: string, patch: Partial<CodedEvent>) => ({ ...e, id, ...patch });
    const events = [...base,
      shift(base[0]!, 'x1', { weapon: 'artillery' }),
      shift(base[0]!, 'x2', { date: '2019-01-01' }),
      shift(base[0]!, 'x3', { weapon: null })];
    const { claims } = buildLedger(events);
    assert.equal(claims.length, 3);
    const drone = claims.filter((c) => c.weapon === 'drone');
    assert.equal(drone.length, 2, 'one per time');
    assert.ok(drone.some((c) => c.asserting.includes('x3')));
  });

  it('lets a date stand for its whole year or month when comparing times', () => {
    const base = twoArticles();
    const shift = (e: CodedEvent, id: string, patch: Partial<CodedEvent>) => ({ ...e, id, ...patch });
    // "last year" (2022, year precision) is near the 2023 reports; a dated day in early 2022 is not.
    const year = shift(base[0]!, 'y1', { date: '2022-01-01', datePrecision: 'year' });
    const day = shift(base[0]!, 'd1', { date: '2022-01-01', datePrecision: 'day' });
    assert.equal(buildLedger([...base, year]).claims.length, 1);
    assert.equal(buildLedger([...base, day]).claims.length, 2);
  });

  it('orders symmetric roots: a meeting is one claim either way round', () => {
    const e = twoArticles()[0]!;
    const m1 = { ...e, id: 'm1', code: '062', root: '06', weapon: null };
    const m2 = { ...e, id: 'm2', code: '062', root: '06', weapon: null, source: 'RUS', target: 'BLR' };
    assert.equal(buildLedger([m1, m2]).claims.length, 1);
  });
});
