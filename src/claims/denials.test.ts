import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributeDoc } from './attribution.js';
import { makeDoc, ev } from './testkit.case.js';

describe('denials', () => {
  const text = 'The Dutch government accused Syria of supplying mortars to Lebanon. '
    + 'In reply, Syrian officials rejected these claims, saying relations with Lebanon are normal.';
  const mentions = [
    { text: 'Dutch government', kind: 'body' as const, state: 'NLD', code: 'NLDGOV' },
    { text: 'Syria', kind: 'state' as const, state: 'SYR' }, { text: 'Lebanon', kind: 'state' as const, state: 'LBN' },
    { text: 'Syrian', kind: 'demonym' as const, state: 'SYR' },
  ];

  it('aims a target-less denial at the most recent accuser and adds the negated content', () => {
    const doc = makeDoc(text, mentions, [
      { code: '112', source: 'NLD', target: 'SYR', trigger: 'accused' },
      { code: '072', source: 'SYR', target: 'LBN', trigger: 'supplying', weapon: 'artillery_ammunition' },
      { code: '016', source: 'SYR', target: null, trigger: 'rejected' },
    ]);
    attributeDoc(doc);
    const d = ev(doc, 'rejected', '016');
    assert.equal(d.target, 'NLD');
    assert.ok(d.rules.includes('claims:denial-target'));
    const neg = doc.events.filter((e) => e.modality === 'negated');
    assert.equal(neg.length, 1);
    assert.equal(neg[0]!.claimant, 'SYR');
    assert.equal(neg[0]!.weapon, 'artillery_ammunition');
    assert.equal(neg[0]!.source, 'SYR');
    assert.equal(neg[0]!.target, 'LBN');
    assert.equal(neg[0]!.sentence, d.sentence);
    assert.deepEqual(neg[0]!.trigger, d.trigger);
    assert.ok(neg[0]!.rules.includes('claims:denial-content'));
    // Allegation, denial and negated content share one claim.
    const alleged = ev(doc, 'supplying');
    assert.ok(alleged.claimId);
    assert.equal(neg[0]!.claimId, alleged.claimId);
    assert.equal(d.claimId, alleged.claimId);
    assert.equal(doc.claims.length, 1);
    assert.deepEqual(doc.claims[0]!.denying.sort(), [d.id, neg[0]!.id].sort());
  });

  it('does not duplicate content the denial sentence already codes', () => {
    const t2 = 'Syria denied supplying mortars to Lebanon.';
    const doc = makeDoc(t2, [{ text: 'Syria', kind: 'state', state: 'SYR' }, { text: 'Lebanon', kind: 'state', state: 'LBN' }], [
      { code: '016', source: 'SYR', target: null, trigger: 'denied' },
      { code: '072', source: 'SYR', target: 'LBN', trigger: 'supplying', modality: 'negated' },
    ]);
    attributeDoc(doc);
    assert.equal(doc.events.length, 2);
    assert.equal(ev(doc, 'supplying').claimant, 'SYR');
    assert.equal(ev(doc, 'denied').target, null);
  });

  it('gives a joint denial to each denier', () => {
    const t3 = 'Cuba and Venezuela deny that Havana trains Venezuelan pilots.';
    const doc = makeDoc(t3, [
      { text: 'Cuba', kind: 'state', state: 'CUB' }, { text: 'Venezuela', kind: 'state', state: 'VEN' },
      { text: 'Havana', kind: 'capital', state: 'CUB' }, { text: 'Venezuelan', kind: 'demonym', state: 'VEN' },
    ], [
      { code: '016', source: 'CUB', target: null, trigger: 'deny' },
      { code: '062', source: 'CUB', target: 'VEN', trigger: 'trains', modality: 'negated' },
    ]);
    attributeDoc(doc);
    const neg = doc.events.filter((e) => e.modality === 'negated').map((e) => e.claimant).sort();
    assert.deepEqual(neg, ['CUB', 'VEN']);
  });

  it('splits "a claim denied by both countries" into one denial per party', () => {
    const t4 = 'Norway accuses Iceland of selling radars to Greenland, a claim denied by both countries.';
    const doc = makeDoc(t4, [
      { text: 'Norway', kind: 'state', state: 'NOR' }, { text: 'Iceland', kind: 'state', state: 'ISL' },
      { text: 'Greenland', kind: 'state', state: 'GRL' },
    ], [
      { code: '112', source: 'NOR', target: 'ISL', trigger: 'accuses' },
      { code: '072', source: 'ISL', target: 'GRL', trigger: 'selling', weapon: 'air_defense' },
    ]);
    attributeDoc(doc);
    const denials = doc.events.filter((e) => e.code === '016').map((e) => `${e.source}>${e.target}`).sort();
    assert.deepEqual(denials, ['GRL>NOR', 'ISL>NOR']);
    const neg = doc.events.filter((e) => e.modality === 'negated').map((e) => e.claimant).sort();
    assert.deepEqual(neg, ['GRL', 'ISL']);
    assert.equal(ev(doc, 'selling', '072').claimant, 'NOR');
  });

  it('makes the 016 and the negated content from "X rejected the accusation" when nothing was coded', () => {
    const t5 = 'Polish officials said Ukraine sold grain-drying drones to Moldova. Kyiv rejected the accusation.';
    const doc = makeDoc(t5, [
      { text: 'Polish', kind: 'demonym', state: 'POL' }, { text: 'Ukraine', kind: 'state', state: 'UKR' },
      { text: 'Moldova', kind: 'state', state: 'MDA' }, { text: 'Kyiv', kind: 'capital', state: 'UKR' },
    ], [{ code: '072', source: 'UKR', target: 'MDA', trigger: 'sold', weapon: 'drone' }]);
    attributeDoc(doc);
    const d = doc.events.find((e) => e.code === '016')!;
    assert.equal(`${d.source}>${d.target}`, 'UKR>POL');
    const neg = doc.events.find((e) => e.modality === 'negated')!;
    assert.equal(neg.claimant, 'UKR');
    assert.equal(neg.weapon, 'drone');
    assert.equal(neg.claimId, ev(doc, 'sold').claimId);
  });
});

describe('denials by several parties', () => {
  it('adds a 016 for each named denier when the accuser is known', () => {
    const text = 'Estonia said Latvia and Lithuania sold shells to Poland. Latvia and Lithuania rejected the claims.';
    const doc = makeDoc(text, [
      { text: 'Estonia', kind: 'state', state: 'EST' }, { text: 'Latvia', kind: 'state', state: 'LVA' },
      { text: 'Lithuania', kind: 'state', state: 'LTU' }, { text: 'Poland', kind: 'state', state: 'POL' },
      { text: 'Latvia', kind: 'state', state: 'LVA', nth: 1 }, { text: 'Lithuania', kind: 'state', state: 'LTU', nth: 1 },
    ], [
      { code: '072', source: 'LVA', target: 'POL', trigger: 'sold' },
      { code: '016', source: 'LVA', target: null, trigger: 'rejected' },
    ]);
    attributeDoc(doc);
    const denials = doc.events.filter((e) => e.code === '016').map((e) => `${e.source}>${e.target}`).sort();
    assert.deepEqual(denials, ['LTU>EST', 'LVA>EST']);
  });
});
