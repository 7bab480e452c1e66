import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEvents, matchPassage, prf } from './score-events.js';
import { fakeEvent, tableExtractor } from './fake.js';
import type { GoldEvent, GoldPassage } from './types.js';

// Made-up states: FRD (Freedonia), SYL (Sylvania), GRD (Grand Fenwick).
const g = (source: string, target: string | null, code: string, extra: Partial<GoldEvent> = {}): GoldEvent => ({
  source, target, code, weapon: null, quantity: null, modality: 'actual', hedged: false, claimant: null, reported_by: null, ...extra,
});
const passage = (id: string, events: GoldEvent[]): GoldPassage => ({ id, url: null, published: null, text: `Text of ${id}.`, events, line: 1 });

test('perfect extraction gives F1 1 and full agreement', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072', { weapon: 'drone', modality: 'future', hedged: true, claimant: 'GRD' })])];
  const extract = tableExtractor({ a: [{ source: 'FRD', target: 'SYL', code: '072', weapon: 'drone', modality: 'future', hedged: true, claimant: 'GRD' }] });
  const { scores } = scoreEvents(gold, extract);
  assert.deepEqual(scores.root, { precision: 1, recall: 1, f1: 1 });
  assert.equal(scores.code_agreement, 1);
  assert.equal(scores.weapon_agreement, 1);
  assert.equal(scores.modality_agreement, 1);
  assert.equal(scores.hedged_agreement, 1);
  assert.equal(scores.claimant_agreement, 1);
  assert.deepEqual(scores.worstMissed, []);
});

test('only the joint acts FORMAT.md lists match in either order', () => {
  // 040 (consult) is joint; 112 (accuse) is directed.
  const gold = [passage('a', [g('FRD', 'SYL', '040'), g('FRD', 'SYL', '112')])];
  const extract = tableExtractor({ a: [{ source: 'SYL', target: 'FRD', code: '040' }, { source: 'SYL', target: 'FRD', code: '112' }] });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.matched, 1);
  assert.deepEqual(scores.worstMissed[0]!.missed, ['FRD→SYL 112']);
  assert.deepEqual(scores.worstMissed[0]!.spurious, ['SYL→FRD 112']);
});

test('direction counts inside the cooperation roots: visits, praise and mediation are directed', () => {
  // Root 04 holds joint 040/041/044/046 and directed 042/043; root 05 joint 050 and 057, directed 051.
  for (const code of ['042', '043', '051', '039', '064']) {
    const gold = [passage('a', [g('FRD', 'SYL', code)])];
    const extract = tableExtractor({ a: [{ source: 'SYL', target: 'FRD', code }] });
    assert.equal(scoreEvents(gold, extract).scores.matched, 0, code);
  }
  for (const code of ['030', '0311', '036', '041', '044', '046', '050', '057', '060', '061', '062', '063']) {
    const gold = [passage('a', [g('FRD', 'SYL', code)])];
    const extract = tableExtractor({ a: [{ source: 'SYL', target: 'FRD', code }] });
    assert.equal(scoreEvents(gold, extract).scores.matched, 1, code);
  }
});

test('the gold code decides the direction rule, not the predicted one', () => {
  // A joint 040 predicted reversed against a directed 042 gold shares root 04 but not the direction.
  const gold = [passage('a', [g('FRD', 'SYL', '042')])];
  const extract = tableExtractor({ a: [{ source: 'SYL', target: 'FRD', code: '040' }] });
  assert.equal(scoreEvents(gold, extract).scores.matched, 0);
});

test('among same-key candidates the matching prefers weapon, then modality, then claimant agreement', () => {
  // Two transfers between the same states: drones delivered and shells pledged.
  const gold = [passage('a', [
    g('FRD', 'SYL', '072', { weapon: 'drone', modality: 'actual' }),
    g('FRD', 'SYL', '072', { weapon: 'artillery_ammunition', modality: 'future' }),
  ])];
  const extract = tableExtractor({ a: [
    { source: 'FRD', target: 'SYL', code: '072', weapon: 'artillery_ammunition', modality: 'future' },
    { source: 'FRD', target: 'SYL', code: '072', weapon: 'drone', modality: 'actual' },
  ] });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.weapon_agreement, 1);
  assert.equal(scores.modality_agreement, 1);

  const byClaimant = [passage('b', [g('FRD', 'SYL', '072', { claimant: 'GRD' }), g('FRD', 'SYL', '072', { claimant: null })])];
  const extractB = tableExtractor({ b: [{ source: 'FRD', target: 'SYL', code: '072', claimant: null }, { source: 'FRD', target: 'SYL', code: '072', claimant: 'GRD' }] });
  assert.equal(scoreEvents(byClaimant, extractB).scores.claimant_agreement, 1);
});

test('a whole-code agreement outranks agreement of every lower slot', () => {
  // Pairing by code (042↔042, 043↔043) costs weapon/modality agreement; code still wins.
  const gold = [passage('a', [g('FRD', 'SYL', '042', { modality: 'future' }), g('FRD', 'SYL', '043', { modality: 'actual' })])];
  const extract = tableExtractor({ a: [
    { source: 'FRD', target: 'SYL', code: '043', modality: 'future' },
    { source: 'FRD', target: 'SYL', code: '042', modality: 'actual' },
  ] });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.code_agreement, 1);
  assert.equal(scores.modality_agreement, 0);
});

test('one gold event matches at most one extracted event', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072')])];
  const extract = tableExtractor({ a: [{ source: 'FRD', target: 'SYL', code: '072' }, { source: 'FRD', target: 'SYL', code: '072' }] });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.matched, 1);
  assert.deepEqual(scores.root, { precision: 0.5, recall: 1, f1: 2 / 3 });
});

test('events match only within their own passage', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072')]), passage('b', [])];
  const extract = tableExtractor({ b: [{ source: 'FRD', target: 'SYL', code: '072' }] });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.matched, 0);
  assert.deepEqual(scores.root, { precision: 0, recall: 0, f1: 0 });
});

test('root match with a different full code counts for F1 but not for code agreement', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '042'), g('FRD', 'SYL', '043')])];
  const extract = tableExtractor({ a: [{ source: 'FRD', target: 'SYL', code: '042' }, { source: 'FRD', target: 'SYL', code: '040' }] });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.root.f1, 1);
  assert.equal(scores.code_agreement, 0.5);
});

test('exact-code matches are preferred whatever the order of the events', () => {
  // Listed so that a naive greedy pass would pair gold 042 with predicted 043.
  const gold = [passage('a', [g('FRD', 'SYL', '042'), g('FRD', 'SYL', '043')])];
  const extract = tableExtractor({ a: [{ source: 'FRD', target: 'SYL', code: '043' }, { source: 'FRD', target: 'SYL', code: '042' }] });
  assert.equal(scoreEvents(gold, extract).scores.code_agreement, 1);
});

test('symmetric and directed pairs of one root all find a partner, direction before code', () => {
  const gold = [g('FRD', 'SYL', '040'), g('SYL', 'FRD', '042'), g('FRD', 'SYL', '043')];
  const preds = [fakeEvent({ source: 'SYL', target: 'FRD', code: '040' }), fakeEvent({ source: 'FRD', target: 'SYL', code: '042' }), fakeEvent({ source: 'SYL', target: 'FRD', code: '043' })];
  const pairs = matchPassage(gold, preds);
  // 040 is joint and matches reversed; 042 and 043 are directed, so each gold
  // pairs with the prediction of its own direction even though the codes differ.
  assert.deepEqual(pairs, [[0, 0], [1, 2], [2, 1]]);
});

test('figures that cannot be scored are null', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072', { weapon: 'drone' })])];
  const { scores } = scoreEvents(gold, () => []);
  assert.deepEqual(scores.root, { precision: null, recall: 0, f1: 0 });
  for (const k of ['code_agreement', 'weapon_agreement', 'modality_agreement', 'hedged_agreement', 'claimant_agreement'] as const) {
    assert.equal(scores[k], null, k);
  }
  assert.deepEqual(prf(0, 0, 0), { precision: null, recall: null, f1: null });
});

test('weapon agreement counts only matches whose gold carries a weapon', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072', { weapon: 'drone' }), g('FRD', 'GRD', '072'), g('GRD', 'SYL', '072', { weapon: 'naval' })])];
  const extract = tableExtractor({
    a: [
      { source: 'FRD', target: 'SYL', code: '072', weapon: 'drone' },
      { source: 'FRD', target: 'GRD', code: '072', weapon: 'missile' },
      { source: 'GRD', target: 'SYL', code: '072', weapon: null },
    ],
  });
  assert.equal(scoreEvents(gold, extract).scores.weapon_agreement, 0.5);
});

test('modality, hedged and claimant are compared over every match (null claimant is a value)', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072', { claimant: 'GRD', modality: 'negated' }), g('SYL', 'FRD', '112')])];
  const extract = tableExtractor({
    a: [
      { source: 'FRD', target: 'SYL', code: '072', claimant: null, modality: 'negated', hedged: true },
      { source: 'SYL', target: 'FRD', code: '112', claimant: null },
    ],
  });
  const { scores } = scoreEvents(gold, extract);
  assert.equal(scores.claimant_agreement, 0.5);
  assert.equal(scores.modality_agreement, 1);
  assert.equal(scores.hedged_agreement, 0.5);
});

test('codes-only gold scores root and code only', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '040')])];
  const extract = tableExtractor({ a: [{ source: 'FRD', target: 'SYL', code: '040', hedged: true }] });
  const { scores } = scoreEvents(gold, extract, { codesOnly: true });
  assert.equal(scores.root.f1, 1);
  assert.equal(scores.code_agreement, 1);
  assert.equal(scores.hedged_agreement, null);
  assert.equal(scores.claimant_agreement, null);
  assert.equal(scores.codesOnly, true);
});

test('per-root rows and worst-missed passages', () => {
  const gold = [
    passage('a', [g('FRD', 'SYL', '072'), g('FRD', 'SYL', '112')]),
    passage('b', [g('SYL', 'FRD', '072'), g('SYL', 'GRD', '072'), g('GRD', 'FRD', '130')]),
  ];
  const extract = tableExtractor({ a: [{ source: 'FRD', target: 'SYL', code: '072' }, { source: 'FRD', target: 'SYL', code: '190' }] });
  const { scores } = scoreEvents(gold, extract, { worst: 1 });
  const r07 = scores.perRoot.find((r) => r.root === '07')!;
  assert.deepEqual([r07.gold, r07.predicted, r07.matched, r07.precision, r07.recall], [3, 1, 1, 1, 1 / 3]);
  assert.deepEqual(scores.perRoot.map((r) => r.root), ['07', '11', '13', '19']);
  assert.equal(scores.worstMissed.length, 1);
  assert.equal(scores.worstMissed[0]!.id, 'b');
  assert.equal(scores.worstMissed[0]!.missed.length, 3);
});

test('an extractor that throws is E907 and scores as no events', () => {
  const gold = [passage('a', [g('FRD', 'SYL', '072')])];
  const { scores, warnings } = scoreEvents(gold, () => {
    throw new Error('boom');
  });
  assert.equal(scores.predicted, 0);
  assert.equal(warnings[0]!.code, 'E907');
  assert.match(warnings[0]!.message, /boom/);
});
