// The constructions of issue 3 end to end: the default pipeline (gazetteer,
// coder, claims, dates) on sentences written for this project. Only what
// the claims layer decides is asserted: voice, chain, modality as attributed,
// hedges, denials, claims and dates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { codeText } from '../pipeline/run.case.js';

function run(text: string, published: string | null = '2023-05-10'): CodedEvent[] {
  return codeText(text, published, 'claims-test');
}

/** The one 072 from `source` to `target` with the given modality. */
function transfer(events: CodedEvent[], source: string, target: string, modality: CodedEvent['modality'] = 'actual'): CodedEvent {
  const found = events.filter((e) => e.code === '072' && e.source === source && e.target === target && e.modality === modality);
  assert.equal(found.length, 1, events.map((e) => `${e.code} ${e.source}>${e.target} ${e.modality}`).join('; '));
  return found[0]!;
}

describe('end to end: who claims it', () => {
  it('"X told Reuters": the outlet reports, the unnamed officer\'s state claims', () => {
    const e = transfer(run('Belarus sent artillery shells to Russia, a Ukrainian intelligence officer told Reuters.'), 'BLR', 'RUS');
    assert.deepEqual([e.claimant, e.reportedBy], ['UKR', 'Reuters']);
    assert.equal(e.chain.at(-1)!.kind, 'anonymous');
  });

  it('"Outlet reported, citing X"', () => {
    const e = transfer(run('Belarus delivered tanks to Russia, Reuters reported, citing Ukrainian intelligence.'), 'BLR', 'RUS');
    assert.deepEqual([e.claimant, e.reportedBy], ['UKR', 'Reuters']);
  });

  it('anonymous sources give no claimant', () => {
    const e = transfer(run('Two people familiar with the matter said Belarus sold drones to Russia.'), 'BLR', 'RUS');
    assert.equal(e.claimant, null);
    assert.equal(e.chain.at(-1)!.name, 'Two people familiar with the matter');
  });
});

describe('end to end: modality and hedges as attributed', () => {
  it('future, conditional and negated content keep their speaker', () => {
    assert.equal(transfer(run('Belarus will send more tanks to Russia, the Russian defence ministry said.'), 'BLR', 'RUS', 'future').claimant, 'RUS');
    const threat = run('Poland said it would respond if Belarus supplies ballistic missiles to Russia.');
    assert.equal(transfer(threat, 'BLR', 'RUS', 'conditional').claimant, 'POL');
    assert.equal(transfer(run('Belarus has never supplied weapons to Russia, Minsk said.'), 'BLR', 'RUS', 'negated').claimant, 'BLR');
  });

  it('"reportedly" and "is said to" hedge', () => {
    assert.equal(transfer(run('Belarus reportedly sent artillery shells to Russia.'), 'BLR', 'RUS').hedged, true);
    assert.equal(transfer(run('Belarus is said to have delivered drones to Russia.'), 'BLR', 'RUS').hedged, true);
  });

  it('negation scope: "Belarus does not support either party" leaves the West\'s supplies actual', () => {
    const events = run('Belarus has stressed that, unlike Ukraine\'s Western allies, who openly supply weapons to Kyiv, '
      + 'Belarus does not support either party in the conflict.');
    const e = transfer(events, 'WST', 'UKR');
    assert.equal(e.claimant, 'BLR');
    assert.ok(!events.some((x) => x.source === 'WST' && x.modality === 'negated'));
  });
});

describe('end to end: a denial of "these claims"', () => {
  it('aims the 016 at the accuser, negates the content in the denier\'s voice, and links all in one claim', () => {
    const events = run('The United States has accused Belarus of supplying ammunition to Russia. '
      + 'In response, Belarusian officials rejected these claims.');
    const denial = events.filter((e) => e.code === '016');
    assert.deepEqual(denial.map((e) => `${e.source}>${e.target}`), ['BLR>USA']);
    const alleged = transfer(events, 'BLR', 'RUS');
    const negated = transfer(events, 'BLR', 'RUS', 'negated');
    assert.deepEqual([alleged.claimant, negated.claimant], ['USA', 'BLR']);
    assert.ok(alleged.claimId);
    assert.ok(events.filter((e) => e.root !== '11' || e.source === 'USA').every((e) => e.claimId === alleged.claimId));
    assert.equal(denial[0]!.claimId, alleged.claimId);
  });

  it('answers the nearest allegation when earlier ones named another weapon', () => {
    const events = run('Polish officials said Belarus may soon deliver tanks to Russia. '
      + 'The United States has accused Belarus of supplying artillery shells to Russia. '
      + 'In response, Belarusian officials rejected these claims.');
    const negated = transfer(events, 'BLR', 'RUS', 'negated');
    const shells = events.find((e) => e.code === '072' && e.modality === 'actual' && e.claimant === 'USA')!;
    assert.equal(shells.weapon, 'artillery_ammunition');
    assert.equal(negated.weapon, 'artillery_ammunition');
    assert.ok(!negated.rules.includes('mod:future'), 'the copy keeps the rules of the claim it answers');
    const denial = events.find((e) => e.code === '016')!;
    assert.equal(denial.claimId, shells.claimId);
    assert.equal(negated.claimId, shells.claimId);
  });
});

describe('end to end: dates', () => {
  it('"last Friday", "in late June", "since mid-2022" with their precisions', () => {
    assert.deepEqual(pick(transfer(run('Poland accused Belarus of sending tanks to Russia last Friday.'), 'BLR', 'RUS')), ['2023-05-05', 'day', 'text']);
    assert.deepEqual(pick(transfer(run('Belarus began sending artillery shells to Russia in late June, Polish officials said.'), 'BLR', 'RUS')),
      ['2022-06-01', 'month', 'text']);
    assert.deepEqual(pick(transfer(run('Belarus has supplied drones to Russia since mid-2022, the Polish government said.'), 'BLR', 'RUS')),
      ['2022-01-01', 'year', 'text']);
  });

  it('falls back to the report date, and invents none without one', () => {
    assert.deepEqual(pick(transfer(run('Belarus reportedly sent artillery shells to Russia.'), 'BLR', 'RUS')), ['2023-05-10', 'day', 'report']);
    assert.deepEqual(pick(transfer(run('Belarus reportedly sent artillery shells to Russia last week.', null), 'BLR', 'RUS')), [null, 'unknown', null]);
  });

  it('reads no date into "for the first time in 30 years"', () => {
    const e = transfer(run('On Monday, Belarus sent tanks to Russia for the first time in 30 years.'), 'BLR', 'RUS');
    assert.deepEqual(pick(e), ['2023-05-08', 'day', 'text']);
  });
});

function pick(e: CodedEvent): [string | null, string, string | null] {
  return [e.date, e.datePrecision, e.dateSource];
}
