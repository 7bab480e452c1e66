import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleIds, parseAudit, scoreAudit, recheckAudit } from './audit.js';
import { seededRandom } from '../core/random.js';
import type { AuditRecord, AuditedEvent } from './audit.js';

const ev = (id: string, extra: Partial<AuditedEvent> = {}): AuditedEvent => ({
  id, articleId: `art-${id}`, sentence: 0, source: 'FRD', target: 'SYL', code: '072', modality: 'actual', hedged: false, claimant: null, weapon: null, ...extra,
});
const rec = (e: AuditedEvent, verdict: AuditRecord['verdict'], why: string | null = null): AuditRecord => ({ audit: 'a', seed: 1, event: e, verdict, why });

test('the same seed gives the same sample whatever the listing order; another seed another', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `e${i}`);
  const a = sampleIds(ids, 20, 42);
  assert.deepEqual(sampleIds([...ids].reverse(), 20, 42), a);
  assert.equal(new Set(a).size, 20);
  assert.notDeepEqual(sampleIds(ids, 20, 43), a);
  assert.equal(sampleIds(ids.slice(0, 5), 20, 1).length, 5);
});

test('the generator spreads its draws over [0, 1)', () => {
  const r = seededRandom(7);
  const xs = Array.from({ length: 2000 }, r);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const low = xs.filter((x) => x < 0.5).length;
  assert.ok(low > 900 && low < 1100, String(low));
});

test('score: strict precision, half credit for a wrong party, reasons counted', () => {
  const s = scoreAudit([
    rec(ev('1'), 'right'), rec(ev('2'), 'right'), rec(ev('3'), 'wrong_party', 'place as party'),
    rec(ev('4'), 'wrong', 'history'), rec(ev('5'), 'wrong', 'history'), rec(ev('6'), null),
  ]);
  assert.equal(s.sampled, 6);
  assert.equal(s.judged, 5);
  assert.equal(s.precision, 2 / 5);
  assert.equal(s.precisionHalfCredit, 2.5 / 5);
  assert.deepEqual(s.byReason, { history: 2, 'place as party': 1 });
});

test('parse refuses a line that is not an audit record, naming the line', () => {
  const good = JSON.stringify(rec(ev('1'), 'right'));
  assert.equal(parseAudit(`${good}\n\n${good}\n`, 'f').ok, true);
  const bad = parseAudit(`${good}\n{"verdict":"maybe","event":{"articleId":"x","code":"072"}}`, 'f.jsonl');
  assert.equal(bad.ok, false);
  if (!bad.ok) {
    assert.equal(bad.issues[0]!.code, 'E909');
    assert.match(bad.issues[0]!.message, /line 2/);
  }
  assert.equal(parseAudit('not json', 'f').ok, false);
});

test('recheck: a right event lost is a regression, a wrong one gone is a fix', () => {
  const records = [rec(ev('1'), 'right'), rec(ev('2'), 'right'), rec(ev('3'), 'wrong'), rec(ev('4'), 'wrong'), rec(ev('5'), null)];
  // A newer run: event 1 kept under a new id and a four-digit code of the same root, 2 lost, 3 gone, 4 kept.
  const now = [ev('x1', { articleId: 'art-1', code: '0721' }), ev('x4', { articleId: 'art-4' })];
  const c = recheckAudit(records, now);
  assert.equal(c.rightKept, 1);
  assert.deepEqual(c.rightLost.map((e) => e.id), ['2']);
  assert.equal(c.wrongGone, 1);
  assert.deepEqual(c.wrongKept.map((e) => e.id), ['4']);
});
