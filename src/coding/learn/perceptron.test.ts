import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom, shuffled } from '../../core/random.js';
import { DEFAULT_TRAIN, predict, train } from './perceptron.js';
import type { Example } from './perceptron.js';

/** A toy task: the verb decides, the noise words do not. */
const DATA: Example[] = [
  ['v=condemn', 'w=port'], ['v=condemn', 'w=river'], ['v=criticize', 'w=port'], ['v=criticize', 'w=hill'],
  ['v=meet', 'w=port'], ['v=meet', 'w=river'], ['v=visit', 'w=hill'], ['v=visit', 'w=river'],
  ['v=shell', 'w=hill'], ['v=shell', 'w=port'], ['v=bomb', 'w=river'], ['v=bomb', 'w=hill'],
].map((features, i) => ({ features, label: ['ACCUSE', 'CONSULT', 'ASSAULT'][Math.floor(i / 4)]! }));

test('perceptron: learns a separable task and generalizes by the informative feature', () => {
  const m = train(DATA, { ...DEFAULT_TRAIN, minCount: 1 });
  assert.deepEqual(m.labels, ['ACCUSE', 'ASSAULT', 'CONSULT']);
  for (const ex of DATA) assert.equal(predict(m, ex.features), ex.label);
  assert.equal(predict(m, ['v=shell', 'w=unseen']), 'ASSAULT');
});

test('perceptron: the same data and options give the same weights; another seed may not', () => {
  const a = train(DATA, { ...DEFAULT_TRAIN, minCount: 1 });
  const b = train(DATA, { ...DEFAULT_TRAIN, minCount: 1 });
  assert.deepEqual([...a.weights].map(([f, w]) => [f, [...w]]), [...b.weights].map(([f, w]) => [f, [...w]]));
  // Weights are rounded to four decimals, so a stored copy loses nothing.
  for (const w of a.weights.values()) for (const x of w) assert.equal(Math.round(x * 1e4) / 1e4, x);
});

test('perceptron: features rarer than minCount get no weight', () => {
  const m = train(DATA, { ...DEFAULT_TRAIN, minCount: 3 });
  // Every v= feature occurs twice, every w= feature four times.
  assert.ok([...m.weights.keys()].every((f) => f.startsWith('w=')));
});

test('seeded shuffle: the same seed gives the same order, a permutation of the input', () => {
  const xs = Array.from({ length: 20 }, (_, i) => i);
  const a = shuffled(xs, seededRandom(7));
  assert.deepEqual(a, shuffled(xs, seededRandom(7)));
  assert.notDeepEqual(a, xs);
  assert.deepEqual([...a].sort((x, y) => x - y), xs);
});
