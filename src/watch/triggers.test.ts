import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { blankEvent } from '../coding/arms/testkit.case.js';
import { parseRulesYaml } from './rules.js';
import type { WatchRule } from './rules.js';
import { matchesRule } from './match.js';
import { candidatesFor } from './triggers.js';

function rule(yaml: string): WatchRule {
  const r = parseRulesYaml(`- {id: t, ${yaml}}`, 't.yaml');
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  return r.value[0]!;
}

let n = 0;
const ev = (over: Partial<CodedEvent>): CodedEvent => blankEvent({ id: `e${++n}`, ...over });

test('dyads: directed and either way; actor sets', () => {
  const fwd = ev({ source: 'FRD', target: 'SYL' });
  const back = ev({ source: 'SYL', target: 'FRD' });
  assert.deepEqual([matchesRule(rule('dyad: "FRD->SYL"'), fwd), matchesRule(rule('dyad: "FRD->SYL"'), back)], [true, false]);
  assert.deepEqual([matchesRule(rule('dyad: FRD-SYL'), fwd), matchesRule(rule('dyad: FRD-SYL'), back)], [true, true]);
  assert.equal(matchesRule(rule('actors: {sources: [GDR, FRD]}'), fwd), true);
  assert.equal(matchesRule(rule('actors: {targets: [GDR]}'), fwd), false);
});

test('history ("in 1956", a background clause) never raises an alert, whatever the rule', () => {
  const e = ev({ source: 'FRD', target: 'SYL', history: true, date: '1956', datePrecision: 'year' });
  assert.equal(matchesRule(rule('dyad: FRD-SYL'), e), false);
  assert.equal(matchesRule(rule('dyad: FRD-SYL'), { ...e, history: false }), true);
});

test('codes, plover, weapons, systems and minimum stage', () => {
  const e = ev({ code: '0721', plover: 'AID', weapon: 'drone', system: 'Lancet', stage: 'agreed' });
  assert.equal(matchesRule(rule('codes: ["072"]'), e), true);
  assert.equal(matchesRule(rule('codes: ["0232", "040"]'), e), false);
  assert.equal(matchesRule(rule('plover: [AID]'), e), true);
  assert.equal(matchesRule(rule('weapons: [ballistic_missile]'), e), false);
  assert.equal(matchesRule(rule('systems: [lancet]'), e), true);
  assert.equal(matchesRule(rule('min_stage: agreed'), e), true);
  assert.equal(matchesRule(rule('min_stage: delivered'), e), false);
  assert.equal(matchesRule(rule('min_stage: offered'), ev({ stage: null })), false);
});

test('modality, denials and hedging', () => {
  const denied = ev({ modality: 'negated' });
  const hedged = ev({ hedged: true, modality: 'future' });
  assert.equal(matchesRule(rule('modality: any'), denied), false, 'denials need include_denied');
  assert.equal(matchesRule(rule('modality: any, include_denied: true'), denied), true);
  assert.equal(matchesRule(rule('modality: [negated]'), denied), true, 'asking for negated asks for denials');
  assert.equal(matchesRule(rule('modality: [actual]'), hedged), false);
  assert.equal(matchesRule(rule('hedged: exclude'), hedged), false);
  assert.equal(matchesRule(rule('hedged: only'), hedged), true);
  assert.equal(matchesRule(rule('hedged: only'), ev({})), false);
});

test('event trigger: one candidate per event, keyed by its id', () => {
  const es = [ev({}), ev({})];
  assert.deepEqual(candidatesFor(rule('trigger: event'), es).map((c) => c.key), es.map((e) => e.id));
});

test('new_system: first mention of each system or class per supplier→recipient', () => {
  const es = [
    ev({ weapon: 'drone', system: 'Shahed-136' }),
    ev({ weapon: 'drone', system: 'Shahed-136' }),
    ev({ weapon: 'ballistic_missile' }),
    ev({ weapon: 'drone', system: 'Shahed-136', source: 'GDR' }),
    ev({ weapon: null }),
    // A request runs recipient -> supplier: SYL asking FRD is still FRD->SYL.
    ev({ code: '0232', source: 'SYL', target: 'FRD', weapon: 'ballistic_missile' }),
  ];
  const c = candidatesFor(rule('trigger: new_system'), es);
  assert.deepEqual(c.map((x) => x.key), ['new:FRD->SYL:Shahed-136', 'new:FRD->SYL:ballistic_missile', 'new:GDR->SYL:Shahed-136']);
  assert.equal(c[0]!.events[0]!.id, es[0]!.id);
});

test('stage_change: alerts when a dyad+system reaches a higher stage, not for denials', () => {
  const es = [
    ev({ weapon: 'drone', stage: 'offered' }),
    ev({ weapon: 'drone', stage: 'offered' }),
    ev({ weapon: 'drone', stage: 'delivered', modality: 'negated' }),
    ev({ weapon: 'drone', stage: 'delivered' }),
    ev({ weapon: 'drone', stage: 'agreed' }),
    ev({ weapon: 'armored_vehicle', stage: 'delivered' }),
  ];
  const c = candidatesFor(rule('trigger: stage_change'), es);
  assert.deepEqual(c.map((x) => x.key), ['stage:FRD->SYL:drone:delivered']);
  assert.deepEqual(c[0]!.detail, { from: 'offered', to: 'delivered' });
});

test('spike: a week above factor × the trailing mean and at least min_count', () => {
  const r = rule('dyad: FRD-SYL, trigger: spike, spike: {quad_class: 4, factor: 2, weeks: 4, min_count: 3}');
  const week = (day: string, k: number) => Array.from({ length: k }, () => ev({ quadClass: 4, date: day }));
  // Weekly counts 1,1,2,1 then 6: baseline 1.25, 6 > 2.5 and >= 3.
  const es = [...week('2030-01-07', 1), ...week('2030-01-14', 1), ...week('2030-01-21', 2), ...week('2030-01-28', 1), ...week('2030-02-06', 6)];
  const c = candidatesFor(r, es.filter((e) => matchesRule(r, e)));
  assert.deepEqual(c.map((x) => x.key), ['spike:FRD-SYL:q4:2030-02-04']);
  assert.equal((c[0]!.detail as { baseline: number }).baseline, 1.25);
  // Other QuadClasses are not counted.
  assert.equal(matchesRule(r, ev({ quadClass: 1 })), false);
  // Below min_count never fires, even from a zero baseline.
  assert.deepEqual(candidatesFor(r, week('2031-01-06', 2)), []);
});

test('spike: copies of one story count once', () => {
  const r = rule('dyad: FRD-SYL, trigger: spike, spike: {quad_class: 4, factor: 2, weeks: 4, min_count: 3}');
  const first = [ev({ quadClass: 4, date: '2032-03-01' }), ev({ quadClass: 4, date: '2032-03-02' })];
  // Twelve outlets ran the first report: still two reported events, below min_count.
  const copies = Array.from({ length: 12 }, () => ev({ quadClass: 4, date: '2032-03-01', reportOf: first[0]!.id }));
  assert.deepEqual(candidatesFor(r, [...first, ...copies]), []);
  const third = ev({ quadClass: 4, date: '2032-03-03' });
  const c = candidatesFor(r, [...first, ...copies, third]);
  assert.equal((c[0]!.detail as { count: number }).count, 3);
});
