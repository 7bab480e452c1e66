import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleAnswer } from '../pair.js';
import { pairFeatures } from './features.js';
import { pairIn, testPipeline } from './pair.case.js';

const pipeline = testPipeline();
const dict = pipeline.dicts.coding;

function features(text: string, a: string, b: string): string[] {
  const { doc, source, target } = pairIn(pipeline, text, a, b);
  return pairFeatures(doc, source, target, dict, ruleAnswer(doc, source, target, dict));
}

test('features: the rules answer, the verb between, negation, order and span heads', () => {
  const f = features('The dockworkers union did not condemn the shipping firm on Tuesday.', 'The dockworkers union', 'the shipping firm');
  for (const want of ['bias', 'order=ST', 'lv=condemn', 'fv=condemn', 'neg', 'b=not', 'bl=condemn', 'Sh=union', 'Th=firm', 'post1=on', 'Sm=none', 'via=trigger']) {
    assert.ok(f.includes(want), `${want} in ${f.join(' ')}`);
  }
  assert.ok(f.some((x) => x.startsWith('rule=') && x !== 'rule=none'), 'the dictionary knows "condemn"');
  assert.ok(f.includes('bd=ACCUSE'), 'the dictionary reads "condemn" as ACCUSE');
});

test('features: a target before its source is marked; names become their tag', () => {
  const f = features('Farmers in the valley were evicted by Governor Halvorsen on Friday.', 'Governor Halvorsen', 'Farmers in the valley');
  assert.ok(f.includes('order=TS'));
  assert.ok(f.includes('Sh=<PROPN>'));
  assert.ok(!f.some((x) => x.toLowerCase().includes('halvorsen')), 'no proper name in any feature');
});

test('features: with no trigger the rules are silent and the features say so', () => {
  const f = features('The library and the school stand on the hill.', 'The library', 'the school');
  assert.ok(f.includes('rule=none'));
  assert.ok(f.includes('via=none'));
  assert.ok(f.includes('noverb'));
});
