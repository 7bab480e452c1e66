import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink } from '../nlp/index.js';
import { classifyPairText } from './pair.js';
import { testDict } from './test-helpers.js';

const nlp = loadWink();
const dict = testDict();

/** Spans of the first occurrences of a and b in text. */
function pair(text: string, a: string, b: string) {
  const s = text.indexOf(a);
  const t = text.indexOf(b);
  return [{ start: s, end: s + a.length }, { start: t, end: t + b.length }] as const;
}

const cases: Array<[string, string, string, string]> = [
  ['The harbour union condemned the shipping company over unpaid wages.', 'The harbour union', 'the shipping company', 'ACCUSE'],
  ['Border guards arrested three smugglers near the river crossing.', 'Border guards', 'three smugglers', 'COERCE'],
  ['The rebel commander threatened the governor with reprisals.', 'The rebel commander', 'the governor', 'THREATEN'],
  ['The mayor met the visiting trade delegation on Monday.', 'The mayor', 'the visiting trade delegation', 'CONSULT'],
  ['The charity delivered food and medicine to the flooded villages.', 'The charity', 'the flooded villages', 'AID'],
  ['Artillery units shelled the rebel positions overnight.', 'Artillery units', 'the rebel positions', 'ASSAULT'],
  ['The council rejected the developer\'s request for a permit.', 'The council', 'the developer', 'REJECT'],
];

for (const [text, a, b, want] of cases) {
  test(`pair: ${want} in "${text.slice(0, 40)}..."`, () => {
    const [s, t] = pair(text, a, b);
    assert.equal(classifyPairText(nlp, text, s, t, dict), want);
  });
}

test('pair: a sentence with no trigger gives null', () => {
  const text = 'The weather in the valley was mild.';
  const [s, t] = pair(text, 'The weather', 'the valley');
  assert.equal(classifyPairText(nlp, text, s, t, dict), null);
});
