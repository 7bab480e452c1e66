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
