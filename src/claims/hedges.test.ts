import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributeDoc } from './attribution.js';
import { makeDoc, ev } from './testkit.case.js';

describe('hedges from attribution', () => {
  it('hedges content carried by "reports that" but keeps the outer speaker as claimant', () => {
    const doc = makeDoc('Japan said it was alarmed by reports that Laos will buy jets from China.', [
      { text: 'Japan', kind: 'state', state: 'JPN' }, { text: 'Laos', kind: 'state', state: 'LAO' },
      { text: 'China', kind: 'state', state: 'CHN' },
    ], [{ code: '072', source: 'CHN', target: 'LAO', trigger: 'buy', modality: 'future' }]);
    attributeDoc(doc);
    const e = ev(doc, 'buy');
    assert.equal(e.hedged, true);
    assert.equal(e.claimant, 'JPN');
    assert.ok(e.rules.includes('claims:hedge-reports'));
  });

  it('lets a following "It remains unclear whether" doubt the named system only', () => {
    const text = 'Belarus said it is receiving T-72 tanks and Mi-8 helicopters from Russia. It remains unclear whether any T-72 tanks arrived.';
    const doc = makeDoc(text, [
      { text: 'Belarus', kind: 'state', state: 'BLR' }, { text: 'Russia', kind: 'state', state: 'RUS' },
    ], [
      { code: '072', source: 'RUS', target: 'BLR', trigger: 'receiving', weapon: 'armored_vehicle' },
      { code: '072', source: 'RUS', target: 'BLR', trigger: 'receiving', weapon: 'helicopter' },
    ]);
    const [tank, heli] = doc.events as [typeof doc.events[0], typeof doc.events[0]];
    tank.weaponSpan = { start: text.indexOf('T-72'), end: text.indexOf('T-72') + 4 };
    heli.weaponSpan = { start: text.indexOf('Mi-8'), end: text.indexOf('Mi-8') + 4 };
    attributeDoc(doc);
    assert.equal(tank.hedged, true);
    assert.equal(heli.hedged, false);
  });

  it('"could not verify" doubts every event of the sentence before', () => {
    const text = 'Sudan sent drones to Chad, a rebel group said. Reuters could not independently verify the claim.';
    const doc = makeDoc(text, [{ text: 'Sudan', kind: 'state', state: 'SDN' }, { text: 'Chad', kind: 'state', state: 'TCD' }],
      [{ code: '072', source: 'SDN', target: 'TCD', trigger: 'sent' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'sent').hedged, true);
  });

  it('does not let the accuser\'s "purported" hedge the denial', () => {
    const doc = makeDoc('Oman rejected talk of its purported arms supplies to Yemen.', [
      { text: 'Oman', kind: 'state', state: 'OMN' }, { text: 'Yemen', kind: 'state', state: 'YEM' },
    ], [{ code: '072', source: 'OMN', target: 'YEM', trigger: 'supplies', modality: 'negated', hedged: true }]);
    const e = doc.events[0]!;
    const at = doc.article.text.indexOf('purported');
    e.cueSpans = [{ start: at, end: at + 'purported'.length }];
    attributeDoc(doc);
    assert.equal(e.hedged, false);
    assert.equal(e.claimant, 'OMN');
  });
});

describe('hedges: what does not hedge', () => {
  it('"Outlet reports that" is a cited outlet, not hearsay', () => {
    const doc = makeDoc('Kyodo reports that Japan sold radars to Vietnam.', [
      { text: 'Kyodo', kind: 'outlet', state: '' }, { text: 'Japan', kind: 'state', state: 'JPN' },
      { text: 'Vietnam', kind: 'state', state: 'VNM' },
    ], [{ code: '072', source: 'JPN', target: 'VNM', trigger: 'sold' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'sold').hedged, false);
    assert.equal(ev(doc, 'sold').reportedBy, 'Kyodo');
  });
});
