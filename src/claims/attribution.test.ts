import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributeDoc } from './attribution.js';
import { makeDoc, ev } from './testkit.case.js';

describe('attribution: reporting verbs', () => {
  it('gives the content of "X said that" to X and keeps the speech act in the outlet voice', () => {
    const doc = makeDoc('Latvian defence chief Ivo Kalns said that Belarus shipped rockets to Russia in May.', [
      { text: 'Latvian defence chief Ivo Kalns', kind: 'official', state: 'LVA', code: 'LVAMIL', name: 'Ivo Kalns' },
      { text: 'Belarus', kind: 'state', state: 'BLR' }, { text: 'Russia', kind: 'state', state: 'RUS' },
    ], [{ code: '072', source: 'BLR', target: 'RUS', trigger: 'shipped' }]);
    attributeDoc(doc);
    const e = ev(doc, 'shipped');
    assert.equal(e.claimant, 'LVA');
    assert.equal(e.reportedBy, null);
    assert.deepEqual(e.chain.map((l) => [l.kind, l.name]), [['claimant', 'Ivo Kalns']]);
    assert.ok(e.rules.includes('claims:say-pre'));
  });

  it('handles a post-posed speaker (", X said on Tuesday.")', () => {
    const doc = makeDoc('Armenia will buy howitzers from India, the Armenian defence ministry said on Tuesday.', [
      { text: 'Armenia', kind: 'state', state: 'ARM' }, { text: 'India', kind: 'state', state: 'IND' },
      { text: 'Armenian defence ministry', kind: 'body', state: 'ARM', code: 'ARMMIL' },
    ], [{ code: '072', source: 'IND', target: 'ARM', trigger: 'buy', modality: 'future' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'buy').claimant, 'ARM');
    assert.ok(ev(doc, 'buy').rules.includes('claims:say-post'));
  });

  it('puts an accusation in the outlet voice and its content in the accuser\'s', () => {
    const doc = makeDoc('Ukraine accused Belarus of sending fuel to Russian units.', [
      { text: 'Ukraine', kind: 'state', state: 'UKR' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
      { text: 'Russian', kind: 'demonym', state: 'RUS' },
    ], [
      { code: '112', source: 'UKR', target: 'BLR', trigger: 'accused' },
      { code: '072', source: 'BLR', target: 'RUS', trigger: 'sending' },
    ]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'accused').claimant, null);
    assert.equal(ev(doc, 'sending').claimant, 'UKR');
  });

  it("keeps a speaker's own verbal act out of the claim but not its own material act", () => {
    const doc = makeDoc('Finland said it is ready to host talks and that it trained Estonian gunners last year.', [
      { text: 'Finland', kind: 'state', state: 'FIN' }, { text: 'Estonian', kind: 'demonym', state: 'EST' },
    ], [
      { code: '036', source: 'FIN', target: null, trigger: 'host' },
      { code: '062', source: 'FIN', target: 'EST', trigger: 'trained' },
    ]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'host').claimant, null);
    assert.ok(ev(doc, 'host').rules.includes('claims:own-speech-act'));
    assert.equal(ev(doc, 'trained').claimant, 'FIN');
  });

  it('keeps the claimant on a denial of the speaker\'s own act', () => {
    const doc = makeDoc('Minsk stated that Belarus has not sent troops to Russia.', [
      { text: 'Minsk', kind: 'capital', state: 'BLR' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
      { text: 'Russia', kind: 'state', state: 'RUS' },
    ], [{ code: '072', source: 'BLR', target: 'RUS', trigger: 'sent', modality: 'negated' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'sent').claimant, 'BLR');
  });

  it('treats "announced the allocation" as the act itself', () => {
    const doc = makeDoc('Canada announced a new package of armoured vehicles for Ukraine.', [
      { text: 'Canada', kind: 'state', state: 'CAN' }, { text: 'Ukraine', kind: 'state', state: 'UKR' },
    ], [{ code: '072', source: 'CAN', target: 'UKR', trigger: 'package', modality: 'future' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'package').claimant, null);
  });

  it('reads a subject across an appositive ("Oslo, answering ..., has stated that")', () => {
    const doc = makeDoc('Oslo, answering questions from Sweden about the deal, has stated that Norway delivered radars to Poland.', [
      { text: 'Oslo', kind: 'capital', state: 'NOR' }, { text: 'Sweden', kind: 'state', state: 'SWE' },
      { text: 'Norway', kind: 'state', state: 'NOR' }, { text: 'Poland', kind: 'state', state: 'POL' },
    ], [{ code: '072', source: 'NOR', target: 'POL', trigger: 'delivered' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'delivered').claimant, 'NOR');
  });

  it('takes a participle\'s subject from its main clause (", adding that")', () => {
    const doc = makeDoc('Greek officials rejected the report, adding that Turkey had bought frigates from Italy.', [
      { text: 'Greek', kind: 'demonym', state: 'GRC' }, { text: 'Turkey', kind: 'state', state: 'TUR' },
      { text: 'Italy', kind: 'state', state: 'ITA' },
    ], [{ code: '072', source: 'ITA', target: 'TUR', trigger: 'bought' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'bought').claimant, 'GRC');
  });
});

describe('attribution: coreference', () => {
  it('resolves "He" to the last speaker', () => {
    const text = 'Defence Minister Tomas Lind spoke in Riga on Monday. He said that Lithuania sent mortars to Latvia.';
    const doc = makeDoc(text, [
      { text: 'Defence Minister Tomas Lind', kind: 'official', state: 'SWE', name: 'Tomas Lind' },
      { text: 'Riga', kind: 'capital', state: 'LVA' }, { text: 'Lithuania', kind: 'state', state: 'LTU' },
      { text: 'Latvia', kind: 'state', state: 'LVA' },
    ], [{ code: '072', source: 'LTU', target: 'LVA', trigger: 'sent' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'sent').claimant, 'SWE');
    assert.ok(ev(doc, 'sent').rules.includes('claims:coref'));
  });

  it('resolves "the spokesperson" to the last person speaker', () => {
    const text = 'Chilean spokesperson Ana Ruiz said Chile wants calm. Later the spokesperson stated that Peru received jets from France.';
    const doc = makeDoc(text, [
      { text: 'Chilean spokesperson Ana Ruiz', kind: 'official', state: 'CHL', name: 'Ana Ruiz' },
      { text: 'Chile', kind: 'state', state: 'CHL', nth: 1 }, { text: 'Peru', kind: 'state', state: 'PER' },
      { text: 'France', kind: 'state', state: 'FRA' },
    ], [{ code: '072', source: 'FRA', target: 'PER', trigger: 'received' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'received').claimant, 'CHL');
  });
});

describe('attribution: plural coreference', () => {
  it('"They believe" refers to the nearest plural actor, not the last singular speaker', () => {
    const text = 'Chile has denied selling rifles to Peru, while Argentine officials have raised concern. They believe Chile sold mortars to Bolivia.';
    const doc = makeDoc(text, [
      { text: 'Chile', kind: 'state', state: 'CHL' }, { text: 'Peru', kind: 'state', state: 'PER' },
      { text: 'Argentine', kind: 'demonym', state: 'ARG' }, { text: 'Chile', kind: 'state', state: 'CHL', nth: 1 },
      { text: 'Bolivia', kind: 'state', state: 'BOL' },
    ], [{ code: '072', source: 'CHL', target: 'BOL', trigger: 'sold' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'sold').claimant, 'ARG');
  });
});

describe('attribution: according to, outlets, citing', () => {
  it('"according to X" attributes the whole sentence', () => {
    const doc = makeDoc('Serbia sold drones to Hungary last spring, according to Croatian officials.', [
      { text: 'Serbia', kind: 'state', state: 'SRB' }, { text: 'Hungary', kind: 'state', state: 'HUN' },
      { text: 'Croatian', kind: 'demonym', state: 'HRV' },
    ], [{ code: '072', source: 'SRB', target: 'HUN', trigger: 'sold' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'sold').claimant, 'HRV');
    assert.equal(ev(doc, 'sold').chain.at(-1)!.kind, 'anonymous');
  });

  it('"according to a report by Outlet" gives reportedBy and no claimant', () => {
    const doc = makeDoc('According to a report by Kathimerini, Cyprus moved tanks to the border with help from Greece.', [
      { text: 'Kathimerini', kind: 'outlet', state: '' }, { text: 'Cyprus', kind: 'state', state: 'CYP' },
      { text: 'Greece', kind: 'state', state: 'GRC' },
    ], [{ code: '072', source: 'GRC', target: 'CYP', trigger: 'help' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'help').claimant, null);
    assert.equal(ev(doc, 'help').reportedBy, 'Kathimerini');
  });

  it('"Outlet reported that officials believe" nests: claimant from the inner speaker, outlet from the outer', () => {
    const text = 'Le Monde reported that Belgian intelligence services believe Congo could soon acquire artillery from Egypt.';
    const doc = makeDoc(text, [
      { text: 'Le Monde', kind: 'outlet', state: '' }, { text: 'Belgian', kind: 'demonym', state: 'BEL' },
      { text: 'Congo', kind: 'state', state: 'COD' }, { text: 'Egypt', kind: 'state', state: 'EGY' },
    ], [{ code: '072', source: 'EGY', target: 'COD', trigger: 'acquire', modality: 'future', hedged: true }], { outlet: 'DPA' });
    attributeDoc(doc);
    const e = ev(doc, 'acquire');
    assert.equal(e.claimant, 'BEL');
    assert.equal(e.reportedBy, 'Le Monde');
    assert.deepEqual(e.chain.map((l) => l.name), ['DPA', 'Le Monde', 'Belgian intelligence services']);
  });

  it('", Outlet reported, citing X" gives X as claimant and the outlet as reportedBy', () => {
    const text = 'Pakistan tested a missile bought from China, Dawn reported on Sunday, citing a Pakistani army document.';
    const doc = makeDoc(text, [
      { text: 'Pakistan', kind: 'state', state: 'PAK' }, { text: 'China', kind: 'state', state: 'CHN' },
      { text: 'Dawn', kind: 'outlet', state: '' }, { text: 'Pakistani', kind: 'demonym', state: 'PAK' },
    ], [{ code: '072', source: 'CHN', target: 'PAK', trigger: 'bought' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'bought').claimant, 'PAK');
    assert.equal(ev(doc, 'bought').reportedBy, 'Dawn');
  });

  it('"X told Outlet" gives the outlet as reportedBy and X as claimant', () => {
    const text = 'Kenya received patrol boats from Turkey, a Kenyan navy spokesman told Reuters on Friday.';
    const doc = makeDoc(text, [
      { text: 'Kenya', kind: 'state', state: 'KEN' }, { text: 'Turkey', kind: 'state', state: 'TUR' },
      { text: 'Kenyan navy spokesman', kind: 'official', state: 'KEN' }, { text: 'Reuters', kind: 'outlet', state: '' },
    ], [{ code: '072', source: 'TUR', target: 'KEN', trigger: 'received' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'received').claimant, 'KEN');
    assert.equal(ev(doc, 'received').reportedBy, 'Reuters');
  });

  it('unnamed sources give an anonymous link and no claimant', () => {
    const text = 'Two people familiar with the matter said Qatar will fund howitzers for Jordan.';
    const doc = makeDoc(text, [{ text: 'Qatar', kind: 'state', state: 'QAT' }, { text: 'Jordan', kind: 'state', state: 'JOR' }],
      [{ code: '072', source: 'QAT', target: 'JOR', trigger: 'fund', modality: 'future' }]);
    attributeDoc(doc);
    const e = ev(doc, 'fund');
    assert.equal(e.claimant, null);
    assert.equal(e.chain.at(-1)!.kind, 'anonymous');
    assert.equal(e.chain.at(-1)!.name, 'Two people familiar with the matter');
  });

  it('a "Furthermore" sentence continues the previous report', () => {
    const text = 'Die Welt reported that German officials say Austria sold rifles to Slovenia. Furthermore, more rifles are expected to reach Slovenia.';
    const doc = makeDoc(text, [
      { text: 'Die Welt', kind: 'outlet', state: '' }, { text: 'German', kind: 'demonym', state: 'DEU' },
      { text: 'Austria', kind: 'state', state: 'AUT' }, { text: 'Slovenia', kind: 'state', state: 'SVN' },
    ], [{ code: '072', source: 'AUT', target: 'SVN', trigger: 'reach', modality: 'future' }]);
    attributeDoc(doc);
    assert.equal(ev(doc, 'reach').claimant, 'DEU');
    assert.equal(ev(doc, 'reach').reportedBy, 'Die Welt');
  });
});
