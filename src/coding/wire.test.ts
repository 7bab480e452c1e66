// The coder on generic wire constructions, end to end through the default
// pipeline (gazetteer, coder, arms, claims): troop deployments, double
// objects, accusations with a time phrase, hypothetical supplies under a
// warning, places and armed groups as actors, and one invented sentence per
// family of CAMEO roots. All sentences are written for these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { codeText } from '../pipeline/run.case.js';

function run(text: string): CodedEvent[] {
  return codeText(text, '2024-11-20', 'wire-test');
}

/** "SRC>TGT code modality" of each event, sorted. */
const brief = (es: CodedEvent[]) => es.map((e) => `${e.source}>${e.target} ${e.code} ${e.modality}`).sort();

describe('military aid and its arguments', () => {
  it('troop deployments are 072 with weapon troops', () => {
    const es = run('Pyongyang has deployed roughly 9,000 soldiers to Russia\'s Belgorod region.');
    const e = es.find((x) => x.code === '072' && x.source === 'PRK' && x.target === 'RUS');
    assert.ok(e, brief(es).join('; '));
    assert.equal(e.weapon, 'troops');
  });

  it('"sending troops" inside an "including" list is the possessor\'s deployment', () => {
    const es = run('Canada sanctioned North Korea\'s defence minister for his role in the alliance, including sending 5,000 troops to Russia.');
    assert.ok(es.some((e) => e.code === '072' && e.source === 'PRK' && e.target === 'RUS' && e.weapon === 'troops'), brief(es).join('; '));
  });

  it('a double object gives the recipient: "will send Ukraine 20 tanks"', () => {
    const es = run('The Netherlands will send Ukraine 20 Leopard tanks, its defence minister said.');
    assert.ok(es.some((e) => e.code === '072' && e.source === 'NLD' && e.target === 'UKR' && e.modality === 'future'), brief(es).join('; '));
  });

  it('"X accused Iran on Monday of supplying drones to Russia" is 112 X→IRN and 072 IRN→RUS', () => {
    const got = brief(run('Canada accused Iran on Monday of supplying attack drones to Russia.'));
    assert.ok(got.includes('CAN>IRN 112 actual') && got.includes('IRN>RUS 072 actual'), got.join('; '));
    assert.ok(!got.some((e) => e.startsWith('CAN>RUS')), got.join('; '));
  });

  it('a supply named as a warning\'s hypothesis is no transfer', () => {
    const got = brief(run('Russia\'s foreign minister warned that supplying cruise missiles to Kyiv would make Germany a party to the conflict.'));
    assert.ok(!got.some((e) => e.includes(' 072 ')), got.join('; '));
  });
});

describe('actors from places and armed groups', () => {
  it('a city stands for its state as a target', () => {
    const got = brief(run('Russian forces shelled Kharkiv on Sunday.'));
    assert.ok(got.includes('RUS>UKR 190 actual'), got.join('; '));
  });

  it('armed groups are coded to their home state', () => {
    const got = brief(run('Kenya accused al-Shabaab of attacking its border posts.'));
    assert.ok(got.includes('KEN>SOM 112 actual'), got.join('; '));
  });
});

describe('one construction per root family', () => {
  const cases: Array<[string, string]> = [
    ['Turkey sent condolences to Morocco after the earthquake.', 'TUR>MAR 018'],
    ['Egypt urged Ethiopia to resume talks on the dam.', 'EGY>ETH 026'],
    ['Vietnam and Japan agreed to deepen their defence cooperation.', 'VNM>JPN 030'],
    ['The Kenyan president spoke by phone with his Tanzanian counterpart.', 'KEN>TZA 041'],
    ['Brazil praised Argentina for its mediation.', 'BRA>ARG 051'],
    ['Norway signed a fisheries agreement with Iceland.', 'NOR>ISL 057'],
    ['Qatar will invest $5 billion in Egypt.', 'QAT>EGY 061'],
    ['Australia sent food and medicine to Tonga.', 'AUS>TON 073'],
    ['Israel released 30 Palestinian prisoners.', 'ISR>PSE 0841'],
    ['Armenia demanded that Azerbaijan withdraw its troops.', 'ARM>AZE 1056'],
    ['Poland summoned the Belarusian ambassador.', 'POL>BLR 111'],
    ['Russia vetoed a Security Council resolution drafted by France.', 'RUS>FRA 129'],
    ['China threatened Taiwan with military force.', 'CHN>TWN 138'],
    ['Serbian protesters rallied outside the Croatian embassy.', 'SRB>HRV 141'],
    ['Lithuania expelled three Russian diplomats.', 'LTU>RUS 166'],
    ['Georgian police arrested two Armenian nationals.', 'GEO>ARM 173'],
    ['Sudanese troops clashed with Ethiopian forces near the border.', 'SDN>ETH 190'],
  ];
  for (const [text, want] of cases) {
    it(want, () => {
      const got = brief(run(text));
      assert.ok(got.some((g) => g.startsWith(want)), `${text} → ${got.join('; ')}`);
    });
  }
});

describe('a capital read as a place', () => {
  it('is where, not who: a pronoun never resolves to it as a clause actor', () => {
    assert.deepEqual(brief(run("The delegation arrived in Cairo on Sunday. He welcomed Germany's offer of new aid.")), []);
    assert.deepEqual(brief(run("Diplomats met in Vienna on Monday. It condemned Iran's missile tests.")), []);
  });
  it('still fills a preposition slot and leaves metonyms alone', () => {
    assert.deepEqual(brief(run('The deal was signed in Moscow, and Minsk praised Beijing for its support.')), ['BLR>CHN 051 actual']);
    assert.deepEqual(brief(run('At a summit in Tehran, officials said Russia would supply Iran with fighter jets.')), ['RUS>IRN 072 future']);
  });
});

describe('a wire dateline before the first clause', () => {
  it('its outlet is no party: a coordinated subject after it still pairs', () => {
    const got = brief(run('LISBON, Feb 9 (Reuters) - Portugal and Morocco signed a maritime security agreement on Sunday.'));
    assert.ok(got.includes('PRT>MAR 057 actual') || got.includes('MAR>PRT 057 actual'), got.join('; '));
  });

  it('and a single subject keeps its partner', () => {
    const got = brief(run('ACCRA (AFP) - Ghana held talks with Togo on border patrols, officials said.'));
    assert.ok(got.some((e) => /^(GHA>TGO|TGO>GHA) 04/.test(e)), got.join('; '));
  });
});

describe('arms paid for on behalf of another state', () => {
  it('each payer provides them to the "for" party', () => {
    const got = brief(run('Sweden, Finland and Denmark will together pay for 40 mortars for Moldova, the ministers said.'));
    for (const s of ['SWE', 'FIN', 'DNK']) assert.ok(got.includes(`${s}>MDA 072 future`), got.join('; '));
  });

  it('funding a purchase names the recipient; a buyer with a seller keeps the seller as supplier', () => {
    assert.ok(brief(run('Canada will fund the purchase of 10,000 drones for Ukraine.')).includes('CAN>UKR 072 future'));
    assert.deepEqual(brief(run('India bought 36 Rafale jets from France.')), ['FRA>IND 072 actual']);
  });
});

describe('a navies\' joint sail is an exercise', () => {
  it('codes every pair of the listed sailors', () => {
    const got = brief(run('Australia, India and Japan held a joint sail in the Bay of Bengal on Friday.'));
    for (const p of ['AUS>IND', 'AUS>JPN', 'IND>JPN']) assert.ok(got.includes(`${p} 062 actual`), got.join('; '));
  });

  it('a boat setting sail is none', () => {
    assert.deepEqual(brief(run('A French yacht set sail from Dakar for Brazil.')), []);
  });
});

describe('forces from a list of states', () => {
  it('"troops from A, B and C held drills" pairs every state of the list', () => {
    const got = brief(run('Troops from Kenya, Uganda and Rwanda held a joint exercise near Kampala.'));
    for (const p of ['KEN>RWA', 'KEN>UGA', 'UGA>RWA']) assert.ok(got.includes(`${p} 062 actual`), got.join('; '));
  });

  it('the same with two states and with ships', () => {
    assert.ok(brief(run('Troops from Kenya and Uganda held a joint exercise near Kampala.')).includes('KEN>UGA 062 actual'));
    const got = brief(run('Warships from Brazil, Chile and Peru took part in a joint sail off Lima.'));
    assert.ok(got.includes('BRA>CHL 062 actual') && got.includes('BRA>PER 062 actual'), got.join('; '));
  });

  it('forces that name their own state came from a place: the list is not the actor', () => {
    assert.deepEqual(brief(run('Russian troops from Belarus and Crimea attacked Ukraine.')), ['RUS>UKR 190 actual']);
  });
});

describe('an approved arms sale is still to come', () => {
  it('approving a sale or weapons codes the approver as supplier, future', () => {
    assert.deepEqual(brief(run('Washington approved the sale of 12 helicopters to Nigeria.')), ['USA>NGA 072 future']);
    assert.deepEqual(brief(run('Congress approved 30 howitzers for Ghana.')), ['USA>GHA 072 future']);
  });

  it('a refused approval stays negated', () => {
    assert.deepEqual(brief(run('Washington did not approve the sale of 12 helicopters to Nigeria.')), ['USA>NGA 072 negated']);
  });
});
