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
});
