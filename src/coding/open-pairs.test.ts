import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractOpenPairs } from './open-pairs.js';
import { docOf, testPipeline } from './learn/pair.case.js';

const pipeline = testPipeline();
const dict = pipeline.dicts.coding;

/** "source > target TYPE" of each pair, by the spans' text. */
function pairsOf(text: string): string[] {
  const doc = docOf(pipeline, text);
  const cut = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return extractOpenPairs(doc, dict).map((e) => `${cut(e.sourceSpan)} > ${cut(e.targetSpan)} ${e.plover}`);
}

test('open pairs: people and organisations are actors, not only states', () => {
  assert.deepEqual(pairsOf('The dockworkers union condemned the shipping firm.'), ['The dockworkers union > the shipping firm ACCUSE']);
});

test('open pairs: two actors of one state make a pair; the pipeline\'s own events are untouched', () => {
  const text = 'Norwegian police arrested a Norwegian activist on Monday.';
  const doc = docOf(pipeline, text);
  const before = JSON.stringify(doc.events);
  const pairs = extractOpenPairs(doc, dict);
  assert.equal(JSON.stringify(doc.events), before);
  assert.ok(pairs.some((e) => text.slice(e.sourceSpan.start, e.sourceSpan.end).includes('police') && e.plover === 'COERCE'), JSON.stringify(pairs));
});

test('open pairs: the labeler types the pairs; no trigger, no pair', () => {
  const doc = docOf(pipeline, 'The tenants sued the landlord.');
  assert.deepEqual(extractOpenPairs(doc, dict, () => 'REJECT').map((e) => e.plover), ['REJECT']);
  assert.deepEqual(pairsOf('The library is older than the school.'), []);
});

test('open pairs: a target naming a thing yields to the actor after it', () => {
  assert.deepEqual(pairsOf('The government granted asylum to the dissident writer Ana Ruiz.'), ['The government > the dissident writer Ana Ruiz AID']);
  assert.deepEqual(pairsOf('The committee gave approval for the Harbour Trust to rebuild the pier.'), ['The committee > the Harbour Trust YIELD']);
});

test('open pairs: a noun group keeps its "of" complements', () => {
  assert.deepEqual(pairsOf('The union condemned the killing of three farmers.'), ['The union > the killing of three farmers ACCUSE']);
});
