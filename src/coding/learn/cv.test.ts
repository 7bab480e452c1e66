import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignFolds, crossValidate } from './cv.js';
import { DEFAULT_TRAIN } from './perceptron.js';

test('folds: pairs of one sentence share a fold; every fold is used; the seed fixes them', () => {
  const groups = ['s1', 's1', 's2', 's3', 's3', 's4', 's5', 's6'];
  const f = assignFolds(groups, 3, 11);
  assert.equal(f[0], f[1]);
  assert.equal(f[3], f[4]);
  assert.deepEqual([...new Set(f)].sort(), [0, 1, 2]);
  assert.deepEqual(f, assignFolds(groups, 3, 11));
});

test('cross-validation: no example is predicted by a model that saw its sentence', () => {
  // Each sentence has a feature and a label of its own (the first twice): a
  // model that saw the sentence would answer its label; one that did not
  // cannot, since the label never occurs in its training data.
  const labels = ['AID', 'AID', 'YIELD', 'REJECT', 'ACCUSE', 'SUPPORT'];
  const groups = ['s0', 's0', 's1', 's2', 's3', 's4'];
  const examples = labels.map((label, i) => ({ features: [`own=${groups[i]}`, 'shared'], label }));
  const pred = crossValidate(examples, groups, 5, { ...DEFAULT_TRAIN, minCount: 1 });
  pred.forEach((p, i) => assert.notEqual(p, labels[i], `example ${i}`));
  assert.ok(pred.every((p) => p !== null && labels.includes(p)));
});

test('cross-validation: with fewer sentences than folds, a pair no model could learn from gets null', () => {
  assert.deepEqual(crossValidate([{ features: ['x'], label: 'AID' }], ['s1'], 10, DEFAULT_TRAIN), [null]);
});
