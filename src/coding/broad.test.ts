// Construction classes found on dev-broad (real passages on Western aid,
// arms trade, exercises, pacts and visits), each pinned with a sentence of
// the same construction written for these tests, end to end through the
// default pipeline.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/event.js';
import { codeText } from '../pipeline/run.case.js';

function run(text: string): CodedEvent[] {
  return codeText(text, '2024-10-02', 'broad-test');
}

const brief = (es: CodedEvent[]) => es.map((e) => `${e.source}>${e.target} ${e.code}`).sort();
const has = (es: CodedEvent[], src: string, tgt: string, code: string) => es.some((e) => e.source === src && e.target === tgt && e.code === code);

describe('noun groups the tagger splits', () => {
  it('a participle after a number modifies the noun ("12 upgraded Leopard tanks")', () => {
    const es = run('Poland has received 12 upgraded Leopard battle tanks from Germany.');
    assert.ok(has(es, 'DEU', 'POL', '072'), brief(es).join('; '));
  });

  it('a hyphenated word is one noun-group word ("cutting-edge")', () => {
    const es = run('Sweden has offered to sell cutting-edge fighter jets to Thailand.');
    assert.ok(has(es, 'SWE', 'THA', '072'), brief(es).join('; '));
  });
});

describe('visits named by a noun', () => {
  it('a possessive visitor and a to-phrase host ("his visit to Vietnam"), also inside the arguments of a meeting', () => {
    const es = run('Marles met Philippine officials before his visit to Vietnam.');
    assert.ok(has(es, 'AUS', 'VNM', '042') && has(es, 'AUS', 'PHL', '040'), brief(es).join('; '));
  });
});

describe('the teller of a that-less complement past the addressee', () => {
  it('"told Seoul and Tokyo it had misgivings": the teller has them', () => {
    const es = run('Beijing told Seoul and Tokyo it had deep concerns over their joint missile drills.');
    assert.ok(has(es, 'CHN', 'KOR', '111') && has(es, 'CHN', 'JPN', '111'), brief(es).join('; '));
    assert.ok(!es.some((e) => e.source === 'JPN' && e.code === '111'), brief(es).join('; '));
  });
});

describe('a deal for a transfer', () => {
  it('the buyer named in the transfer clause is the other signatory', () => {
    const es = run('Italy signed a contract to supply patrol vessels and missiles to Qatar.');
    assert.ok(has(es, 'ITA', 'QAT', '057'), brief(es).join('; '));
    assert.ok(has(es, 'ITA', 'QAT', '072'), brief(es).join('; '));
  });

  it('the seller named in a purchase clause is the other signatory, not a state named elsewhere', () => {
    const es = run("Egypt's envoy to the UN said Cairo had signed a deal to buy frigates from Italy.");
    assert.ok(has(es, 'EGY', 'ITA', '057') && !es.some((e) => e.code === '057' && e.target === 'UN'), brief(es).join('; '));
  });
});

describe('event words the lexicon lacked', () => {
  it('approving a sale makes the approver the supplier', () => {
    const es = run('Washington cleared the sale of radar parts for Patriot batteries to Poland.');
    assert.ok(has(es, 'USA', 'POL', '072'), brief(es).join('; '));
  });

  it('carrying arms from one state to another is a transfer between them', () => {
    const es = run('Two cargo ships were ferrying shells from Bulgaria to Ukraine, the report said.');
    assert.ok(has(es, 'BGR', 'UKR', '072'), brief(es).join('; '));
  });

  it('proliferation of weapons to a state is a transfer noun', () => {
    const es = run('The envoy condemned the proliferation of North Korean missiles to Russia.');
    assert.ok(has(es, 'PRK', 'RUS', '072'), brief(es).join('; '));
  });

  it('a protest lodged with or addressed to a state is disapproval (111), not a demonstration', () => {
    const a = run('China lodged a protest with India over the border clash.');
    assert.ok(has(a, 'CHN', 'IND', '111') && !a.some((e) => e.code === '114'), brief(a).join('; '));
    const b = run('Vietnam protested to China about the survey ship.');
    assert.ok(has(b, 'VNM', 'CHN', '111'), brief(b).join('; '));
  });
});

describe('names the article gives a state', () => {
  it('"the North" after one of the Koreas is named is North Korea', () => {
    const es = run('South Korea said on Monday that the North had shipped more shells to Russia.');
    assert.ok(has(es, 'PRK', 'RUS', '072'), brief(es).join('; '));
  });

  it('"the self-ruled island" after Taiwan is named is Taiwan', () => {
    const es = run('Japan criticised China over its drills near Taiwan. A Japanese delegation will visit the self-ruled island next week.');
    assert.ok(has(es, 'JPN', 'TWN', '042'), brief(es).join('; '));
  });

  it('without Korea named, "the North" is nobody', () => {
    const es = run('The army said the North had sent troops to Mali.');
    assert.ok(!es.some((e) => e.source === 'PRK'), brief(es).join('; '));
  });
});

describe('coordination', () => {
  it('"officials in A and B" as subject: each state acts; a later "them" is not their target', () => {
    const es = run('Officials in Sweden and Finland started shipping howitzers to Estonia, with a view to them training crews there.');
    assert.deepEqual(brief(es).filter((x) => x.endsWith('072')), ['FIN>EST 072', 'SWE>EST 072']);
  });
});

describe('wrong senses of violence nouns', () => {
  it('"assault rifles" and "attack helicopters" are weapons, not attacks', () => {
    const es = run('Serbia and Hungary agreed to jointly make assault rifles and attack helicopters.');
    assert.ok(!es.some((e) => e.root === '19'), brief(es).join('; '));
  });

  it('jets "starting operations" enter service; a military operation launched is force', () => {
    assert.ok(!run('Norway and Belgium sent jets to Ukraine, with a view to them beginning operations in Ukraine next year.').some((e) => e.root === '19'));
    assert.ok(run('Turkey launched a military operation against Syria on Sunday.').some((e) => e.source === 'TUR' && e.target === 'SYR' && e.root === '19'));
  });
});

describe('more coordination and ownership', () => {
  it('"to either A or B": both are targets', () => {
    const es = run('India has never sold rifles to either Armenia or Azerbaijan.');
    assert.deepEqual(brief(es).filter((x) => x.endsWith('072')), ['IND>ARM 072', 'IND>AZE 072']);
    assert.ok(es.every((e) => e.code !== '072' || e.modality === 'negated'));
  });

  it('sharing data among coordinated parties is each giving to each (064 is directed)', () => {
    const es = run('Australia, Japan and the Philippines launched a network for sharing intelligence on Chinese ships.');
    assert.equal(brief(es).filter((x) => x.endsWith('064')).length, 6, brief(es).join('; '));
  });

  it('an actor noun owned by a pronoun is the owner ("several of its frigates")', () => {
    const es = run('Ankara said two of its frigates would join naval exercises next month with Pakistan.');
    assert.ok(has(es, 'TUR', 'PAK', '062'), brief(es).join('; '));
  });
});

describe('stopping aid and themes named before', () => {
  it('halting or suspending arms deliveries or military aid is 1622, and the aid is not also coded 072', () => {
    const a = run('Canada has paused weapons exports to Turkey.');
    assert.ok(has(a, 'CAN', 'TUR', '1622'), brief(a).join('; '));
    const b = run('Berlin froze military aid to Niger on Friday.');
    assert.deepEqual(brief(b), ['DEU>NER 1622']);
  });

  it('a pronoun theme whose antecedent is a weapon ("denied shipping them")', () => {
    const es = run('Kyiv says Minsk sent artillery shells to Moscow. Minsk has denied shipping them to Moscow.');
    assert.ok(es.some((e) => e.source === 'BLR' && e.target === 'RUS' && e.code === '072' && e.modality === 'negated'), brief(es).join('; '));
  });

  it('"drills between the three countries" pairs every co-participant', () => {
    const es = run('Indian and French warships sailed to Egypt for naval exercises between the three countries.');
    assert.deepEqual(brief(es).filter((x) => x.endsWith('062')), ['FRA>EGY 062', 'IND>EGY 062', 'IND>FRA 062']);
  });
});

describe('targets coordinated after the first', () => {
  it('sanctions on entities "based in A and B" target both states', () => {
    const es = run('The EU imposed sanctions on six firms and two people based in Belarus and Iran.');
    assert.ok(has(es, 'EUR', 'BLR', '163') && has(es, 'EUR', 'IRN', '163'), brief(es).join('; '));
  });

  it('condolences over the dead of a state named later are an empathetic comment, made now', () => {
    const es = run('The Indian prime minister offered his condolences for the victims of the floods in Nepal.');
    assert.ok(es.some((e) => e.source === 'IND' && e.target === 'NPL' && e.code === '018' && e.modality === 'actual'), brief(es).join('; '));
  });
});

describe('a denial in a relative clause', () => {
  it('", which X denied" negates the content of the clause before it', () => {
    const es = run('Ukrainian officials said Belarus was sending tanks to Russia, which Minsk denied.');
    const neg = es.find((e) => e.source === 'BLR' && e.target === 'RUS' && e.code === '072' && e.modality === 'negated');
    assert.ok(neg, brief(es).join('; '));
    assert.ok(es.some((e) => e.source === 'BLR' && e.target === 'RUS' && e.modality === 'actual' && e.claimant === 'UKR'));
  });
});

describe('the first party after a criticism', () => {
  it('a pronoun for the critic is passed over: the party named after it is the target', () => {
    const es = run("China's defence ministry condemned the patrols, saying they showed Japan's hostile intent toward China.");
    assert.ok(has(es, 'CHN', 'JPN', '111'), brief(es).join('; '));
  });
});

describe('a summons and the protest it delivers', () => {
  it('are one 111, not two', () => {
    const es = run('India lodged a strong protest with Nepal over the new map. Its foreign ministry summoned the Nepalese ambassador to deliver the protest.');
    assert.equal(es.filter((e) => e.source === 'IND' && e.target === 'NPL' && e.code === '111').length, 1, brief(es).join('; '));
  });

  it('a summons alone is still a protest', () => {
    const es = run('Poland summoned the Russian ambassador on Monday.');
    assert.ok(has(es, 'POL', 'RUS', '111'), brief(es).join('; '));
  });
});

describe('port visits', () => {
  it('warships arriving at or docking in a port visit its state (042 from the flag state)', () => {
    const a = run('Three Indian warships will arrive at the port of Muscat next week.');
    assert.ok(has(a, 'IND', 'OMN', '042'), brief(a).join('; '));
    const b = run('A French frigate docked in Manila on Sunday.');
    assert.ok(has(b, 'FRA', 'PHL', '042'), brief(b).join('; '));
  });

  it('warships that meet at sea still consult nobody', () => {
    const es = run('Chinese and Russian warships met in the Sea of Japan.');
    assert.ok(!es.some((e) => e.root === '04'), brief(es).join('; '));
  });
});
