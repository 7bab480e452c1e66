// The wider lexicon (issue 10, part 2): event words, component nouns and
// speech acts without a speech-act verb, each class pinned with a sentence
// written for these tests, end to end through the default pipeline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { codeText } from '../pipeline/run.case.js';

function run(text: string): CodedEvent[] {
  return codeText(text, '2024-10-02', 'wider-test');
}

const brief = (es: CodedEvent[]) => es.map((e) => `${e.source}>${e.target} ${e.code}`).sort().join('; ');
const has = (es: CodedEvent[], src: string, tgt: string, code: string) => es.some((e) => e.source === src && e.target === tgt && e.code === code);
const find = (es: CodedEvent[], src: string, tgt: string, code: string) => es.find((e) => e.source === src && e.target === tgt && e.code === code);

describe('speech acts with no speech-act verb', () => {
  it('a word of blame as predicate of a reported clause is criticism by the speaker', () => {
    const es = run('Hanoi said that the Chinese announcement was hostile.');
    assert.ok(has(es, 'VNM', 'CHN', '111'), brief(es));
  });

  it('"is breaking the rules" in a reported clause is an accusation by the speaker', () => {
    const es = run('Estonia said that Russia was flouting international law.');
    assert.ok(has(es, 'EST', 'RUS', '112'), brief(es));
  });

  it('the same with no "that": the speaker of a that-less complement accuses', () => {
    const es = run('Latvia said Belarus was violating international law.');
    assert.ok(has(es, 'LVA', 'BLR', '112'), brief(es));
  });

  it('a speaker calling an actor\'s course dangerous criticises it', () => {
    const es = run('Tehran said Britain is heading down a dangerous road.');
    assert.ok(has(es, 'IRN', 'GBR', '111'), brief(es));
  });

  it('a breach told in the outlet\'s own voice accuses no one', () => {
    const es = run('Russian jets violated Finnish airspace on Friday.');
    assert.ok(!es.some((e) => e.code === '112'), brief(es));
  });

  it('presenting evidence against an actor accuses it', () => {
    const es = run('Britain presented evidence against Belarus at the meeting.');
    assert.ok(has(es, 'GBR', 'BLR', '112'), brief(es));
  });
});

describe('mediation, endorsement, gratitude and concern as nouns', () => {
  it('a mediator named by a noun mediates toward each party after "between"', () => {
    const es = run("Oman's mediation between Iran and the United States continued.");
    assert.ok(has(es, 'OMN', 'IRN', '039') && has(es, 'OMN', 'USA', '039'), brief(es));
  });

  it('mediation "in" a place names no party', () => {
    const es = run('France asked Turkey to help with mediation in Ukraine.');
    assert.ok(!es.some((e) => e.code === '039' && e.target === 'UKR'), brief(es));
  });

  it('endorsing an agreement with an actor endorses that actor', () => {
    const es = run('Moldovan lawmakers endorsed a defence agreement with Romania.');
    assert.ok(has(es, 'MDA', 'ROU', '051'), brief(es));
  });

  it('gratitude for an actor\'s help is praise of that actor', () => {
    const es = run("Nepal expressed gratitude for India's assistance after the floods.");
    assert.ok(has(es, 'NPL', 'IND', '051'), brief(es));
  });

  it('"thanks to" an actor\'s help is a cause, not gratitude', () => {
    const es = run('Thanks to Chinese engines, Iran built more drones.');
    assert.ok(!es.some((e) => e.code === '051'), brief(es));
  });

  it('raising concerns with an actor criticises it; raising a topic does not', () => {
    const es = run('Manila raised objections with Beijing over the blockade.');
    assert.ok(has(es, 'PHL', 'CHN', '111'), brief(es));
    const topic = run('Manila raised the question of fishing rights with Beijing.');
    assert.ok(!topic.some((e) => e.code === '111'), brief(topic));
  });
});

describe('trade, orders and sanctions by other names', () => {
  it('trade with a state is economic cooperation', () => {
    const es = run("Kenya's trade with Tanzania doubled last year.");
    assert.ok(has(es, 'KEN', 'TZA', '061'), brief(es));
  });

  it('ordering arms from a state is its transfer to the buyer', () => {
    const es = run('Indonesia ordered 42 fighter jets from France.');
    assert.ok(has(es, 'FRA', 'IDN', '072'), brief(es));
  });

  it('an order for arms names the seller after "from"', () => {
    const es = run('Greece placed an order for four frigates from France.');
    assert.ok(has(es, 'FRA', 'GRC', '072'), brief(es));
  });

  it('signing an arms order is a signed purchase contract with the seller', () => {
    const es = run('Morocco inked an order for 24 helicopters from the United States.');
    assert.ok(has(es, 'MAR', 'USA', '057') && has(es, 'USA', 'MAR', '072'), brief(es));
  });

  it('a signed order of another kind is no contract', () => {
    const es = run('Putin signed an order on the call-up of 150,000 troops from Belarus.');
    assert.ok(!es.some((e) => e.code === '057'), brief(es));
  });

  it('"restrictive measures" imposed on an actor are sanctions', () => {
    const es = run('The EU imposed restrictive measures on Iran over its drone programme.');
    assert.ok(has(es, 'EUR', 'IRN', '163'), brief(es));
  });
});

describe('firing into a state', () => {
  it('rockets fired into a state are an aerial strike on it', () => {
    const es = run('Hezbollah fired rockets into Israel overnight.');
    assert.ok(es.some((e) => e.target === 'ISR' && e.code === '195'), brief(es));
  });
});

describe('components and dual-use goods', () => {
  it('a hyphenated dual-use word makes a transfer, with weapon class components', () => {
    const es = run('Turkey shipped dual-use equipment to Russia last year.');
    const e = find(es, 'TUR', 'RUS', '072');
    assert.ok(e, brief(es));
    assert.equal(e.weapon, 'components');
  });

  it('servomotors for drones are components', () => {
    const es = run('Beijing supplied servomotors for drones to Russia.');
    const e = find(es, 'CHN', 'RUS', '072');
    assert.ok(e, brief(es));
    assert.equal(e.weapon, 'components');
  });

  it('unmanned aerial vehicles are drones', () => {
    const es = run('Iran delivered unmanned aerial vehicles to Sudan.');
    const e = find(es, 'IRN', 'SDN', '072');
    assert.ok(e, brief(es));
    assert.equal(e.weapon, 'drone');
  });
});

describe('verbs of blame beyond "criticize" and "accuse"', () => {
  it('disparaging an actor\'s plans criticises the actor', () => {
    const es = run("Minsk disparaged Lithuania's plans for the border.");
    assert.ok(has(es, 'BLR', 'LTU', '111'), brief(es));
  });

  it('implicating an actor in a wrong accuses it', () => {
    const es = run('Canada implicated India in the killing.');
    assert.ok(has(es, 'CAN', 'IND', '112'), brief(es));
  });
});

describe('officials the gazetteer lacked', () => {
  it('a defence minister named in full stands for the state in office', () => {
    const es = run('Defence Minister Rajnath Singh met his Japanese counterpart in Tokyo.');
    assert.ok(es.some((e) => e.source === 'IND' && e.target === 'JPN' && e.code.startsWith('04')), brief(es));
  });

  it('a deputy prime minister named in full is the host of a meeting', () => {
    const es = run('The Australian minister met John Rosso in Port Moresby.');
    assert.ok(es.some((e) => e.source === 'AUS' && e.target === 'PNG' && e.code.startsWith('04')), brief(es));
  });

  it('a UN envoy named without his first given name is still known', () => {
    const es = run('Saeed Iravani accused Israel of breaking the truce.');
    assert.ok(has(es, 'IRN', 'ISR', '112'), brief(es));
  });
});

describe('export licences', () => {
  it('suspending arms export licences against a state is a sanction, not a halt of deliveries', () => {
    const es = run('The Netherlands suspended its arms export licences to Egypt.');
    assert.ok(has(es, 'NLD', 'EGY', '163') && !has(es, 'NLD', 'EGY', '1622'), brief(es));
  });

  it('halting arms exports is still 1622', () => {
    const es = run('Norway halted arms exports to Turkey.');
    assert.ok(has(es, 'NOR', 'TUR', '1622'), brief(es));
  });
});

describe('possessive titles with a noun before "chief"', () => {
  it('"the EU\'s foreign policy chief" is the EU', () => {
    const es = run("The EU's foreign policy chief met Serbia's president in Belgrade.");
    assert.ok(has(es, 'EUR', 'SRB', '040'), brief(es));
  });

  it('a defence or spy chief is the state\'s', () => {
    const es = run("Britain's defence chief met Poland's army chief.");
    assert.ok(has(es, 'GBR', 'POL', '040'), brief(es));
    const spy = run("Kyiv's spy chief met Lithuania's president.");
    assert.ok(has(spy, 'UKR', 'LTU', '040'), brief(spy));
  });
});

describe('help with a weapons or space programme', () => {
  it('giving help with a missile or space programme transfers know-how', () => {
    const es = run('Russia is giving Iran assistance with its space programme.');
    assert.ok(has(es, 'RUS', 'IRN', '072'), brief(es));
  });

  it('receiving such help names the helper after "from"', () => {
    const es = run('Myanmar received assistance from Russia for its missile programme.');
    assert.ok(has(es, 'RUS', 'MMR', '072'), brief(es));
  });

  it('help with a civil programme transfers nothing', () => {
    const es = run('Japan gave Vietnam help with its rice programme.');
    assert.ok(!es.some((e) => e.code === '072'), brief(es));
  });
});

describe('warnings by other names', () => {
  it('vowed countermeasures warn the state whose act they answer', () => {
    const es = run('Russia condemned the Finnish decision and vowed to take countermeasures.');
    assert.ok(has(es, 'RUS', 'FIN', '130'), brief(es));
  });

  it('countermeasures against a named state warn it', () => {
    const es = run('Beijing will take countermeasures against Lithuania.');
    assert.ok(has(es, 'CHN', 'LTU', '130'), brief(es));
  });
});

describe('praise for an act names who did it', () => {
  it('"praised X for sending ..." makes X the sender, not the praiser', () => {
    const es = run('Kyiv praised Norway for sending air defence systems to Ukraine.');
    assert.ok(has(es, 'UKR', 'NOR', '051') && has(es, 'NOR', 'UKR', '072'), brief(es));
    assert.ok(!has(es, 'UKR', 'NOR', '072'), brief(es));
  });
});

describe('talking to an actor during a meeting or call', () => {
  it('"told X during a phone call" consults X', () => {
    const es = run('Erdogan told Zelensky during a phone call that Turkey backs a ceasefire.');
    assert.ok(es.some((e) => e.source === 'TUR' && e.target === 'UKR' && e.code.startsWith('04')), brief(es));
  });

  it('an attack during talks is no consultation', () => {
    const es = run('Russia struck Kharkiv during talks in Istanbul.');
    assert.ok(!es.some((e) => e.code.startsWith('04')), brief(es));
  });
});
