// Recall on news unlike dev (issue 10): classes of construction the coder
// missed, each pinned by a sentence written for these tests, end to end
// through the default pipeline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { codeText } from '../pipeline/run.case.js';

function run(text: string): CodedEvent[] {
  return codeText(text, '2024-10-02', 'recall-test');
}

const brief = (es: CodedEvent[]) => es.map((e) => `${e.source}>${e.target} ${e.code}`).sort().join('; ');
/** The unordered pairs coded with `code`, each as "AAA-BBB" in alphabetical order. */
const pairs = (es: CodedEvent[], code: string) =>
  es.filter((e) => e.code === code).map((e) => [e.source, e.target].sort().join('-')).sort();

describe('three or more coordinated parties of a joint act', () => {
  it('a joint act of a listed subject codes every pair of co-participants', () => {
    const es = run('Chile, Peru and Bolivia held joint naval drills on Tuesday.');
    assert.deepEqual(pairs(es, '062'), ['BOL-CHL', 'BOL-PER', 'CHL-PER'], brief(es));
  });

  it('the same for a meeting with no other party named', () => {
    const es = run('Kenya, Uganda and Tanzania met in Arusha on Friday.');
    assert.deepEqual(pairs(es, '040'), ['KEN-TZA', 'KEN-UGA', 'TZA-UGA'], brief(es));
  });

  it('"cooperation between A, B and C" stays A with each of the others', () => {
    const es = run('Washington is watching the military cooperation between Russia, Belarus and Iran.');
    assert.ok(!pairs(es, '062').includes('BLR-IRN'), brief(es));
  });
});

describe('claimants of unmarked ministries and of analysts', () => {
  const one = (es: CodedEvent[], code: string) => es.find((e) => e.code === code);

  it('a bare "the Defense Ministry" reporting after its content speaks for the state opening the sentence', () => {
    const es = run('Chile has received two frigates from Britain, the Defense Ministry said.');
    assert.equal(one(es, '072')?.claimant, 'CHL', brief(es));
  });

  it('analysts and experts with a nationality make no state\'s claim', () => {
    const es = run('Chilean experts believe Peru is buying drones from Turkey.');
    const e = one(es, '072');
    assert.ok(e, brief(es));
    assert.equal(e.claimant, null);
  });

  it('officials with a nationality still speak for their state', () => {
    const es = run('Chilean officials believe Peru is buying drones from Turkey.');
    assert.equal(one(es, '072')?.claimant, 'CHL', brief(es));
  });
});

describe('a time clause after an accusation or warning is the outlet\'s', () => {
  const one = (es: CodedEvent[], code: string) => es.find((e) => e.code === code);

  it('"accused X of ... after X signed a deal": the deal has no claimant', () => {
    const es = run('Vietnam has accused Spain of stoking tension after Spain signed a deal to sell frigates to Cambodia.');
    const e = one(es, '072');
    assert.ok(e && one(es, '112'), brief(es));
    assert.equal(e.claimant, null);
  });

  it('"warned X of countermeasures after Y announced a package": the package is told by the outlet', () => {
    const es = run('Hanoi has warned Madrid of consequences after Spain announced an arms package for Cambodia.');
    const e = one(es, '072');
    assert.ok(e, brief(es));
    assert.equal(e.claimant, null);
  });

  it('the accused content itself stays the accuser\'s claim', () => {
    const es = run('Vietnam accused Spain of selling frigates to Cambodia.');
    assert.equal(one(es, '072')?.claimant, 'VNM', brief(es));
  });
});

describe('a time phrase between a subordinate clause\'s subject and its verb', () => {
  it('"after Spain this week signed a deal to sell": Spain is the seller, not the main clause\'s subject', () => {
    const es = run('Vietnam was angry after Spain this week signed a deal to sell frigates to Cambodia.');
    assert.ok(es.some((e) => e.source === 'ESP' && e.target === 'KHM' && e.code === '072'), brief(es));
    assert.ok(!es.some((e) => e.source === 'VNM'), brief(es));
  });

  it('the same with "the country" for the state named before', () => {
    // ("the country last week" is chunked as one time phrase and still missed.)
    const es = run('Hanoi protested to Spain on Monday after the country this week delivered two corvettes to Cambodia.');
    assert.ok(es.some((e) => e.source === 'ESP' && e.target === 'KHM' && e.code === '072'), brief(es));
  });
});

describe('warships by their kind are arms', () => {
  it('delivering corvettes or destroyers is a transfer (072, naval)', () => {
    for (const text of ['Italy delivered two corvettes to Qatar.', 'Japan will transfer an old destroyer to the Philippines.']) {
      const es = run(text);
      const e = es.find((x) => x.code === '072');
      assert.ok(e, `${text}: ${brief(es)}`);
      assert.equal(e.weapon, 'naval');
    }
  });
});

describe('subjects split by a time phrase, brackets or a quantity', () => {
  const has = (es: CodedEvent[], s: string, t: string, code: string) => es.some((e) => e.source === s && e.target === t && e.code === code);

  it('"after the US on Thursday slapped sanctions": a dated time phrase keeps the clause\'s subject', () => {
    const es = run('The statement came after Canada on Friday imposed sanctions on three Iranian firms.');
    assert.ok(has(es, 'CAN', 'IRN', '163'), brief(es));
  });

  it('an acronym in brackets inside the subject ("the Chilean Navy (ChN) frigates")', () => {
    const es = run('Two Chilean Navy (ChN) frigates arrived in Peru on Monday, delivering howitzers to Peru.');
    assert.ok(has(es, 'CHL', 'PER', '072'), brief(es));
  });

  it('"a total of six Turkish airlifters ..., delivering": the airlifters\' state supplies', () => {
    const es = run('A total of six Turkish airlifters landed in Kenya on Monday, reportedly delivering armed drones to Kenya.');
    assert.ok(has(es, 'TUR', 'KEN', '072'), brief(es));
  });
});

describe('an agreement signed "between" its parties', () => {
  const pairsOf = (es: CodedEvent[]) => es.filter((e) => e.code === '057').map((e) => [e.source, e.target].sort().join('-'));

  it('"a deal signed between the two countries" pairs the two states named before', () => {
    const es = run('Peru received two howitzers from South Korea last month under a deal signed between the two countries in 2023.');
    assert.deepEqual(pairsOf(es), ['KOR-PER'], brief(es));
  });

  it('a passive "was signed between A and B" with no signer as subject', () => {
    const es = run('The defence pact was signed between Ghana and Togo on Tuesday.');
    assert.deepEqual(pairsOf(es), ['GHA-TGO'], brief(es));
  });
});
