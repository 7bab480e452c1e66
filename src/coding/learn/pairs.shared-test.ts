// Runs only in CI (scripts/run-tests.mjs --shared): the honest figure of
// the learned pair classifier on the PLV pairs of ../shared, each pair
// classified by a model trained on the other nine folds only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readGold } from '../../eval/gold.js';
import { givenPairFigures } from '../../eval/score-pairs.js';
import { crossValidatePairs, pairCases } from './pair-data.js';
import { DEFAULT_TRAIN } from './perceptron.js';
import { docOf, testPipeline } from './pair.case.js';

const FILE = path.resolve(process.cwd(), '..', 'shared', 'eval', 'plv-train.jsonl');

test('plv-train: 10-fold cross-validated given-pair figures beat the rules and the floor', { skip: existsSync(FILE) ? false : `no ${FILE}` }, () => {
  const gold = readGold(FILE);
  assert.ok(gold.ok && gold.value.format === 'pairs');
  const pipeline = testPipeline();
  const cases = pairCases(gold.value.pairs, (text) => docOf(pipeline, text), pipeline.dicts.coding);
  const labels = cases.map((c) => c.label);
  const rules = givenPairFigures(labels, cases.map((c) => c.rule));
  const cv = givenPairFigures(labels, crossValidatePairs(cases, 10, DEFAULT_TRAIN));
  assert.ok(cv.accuracy! >= 0.8, `cross-validated accuracy ${cv.accuracy}`);
  assert.ok(cv.macro_f1! >= 0.76, `cross-validated macro-F1 ${cv.macro_f1}`);
  assert.ok(cv.accuracy! > rules.accuracy! + 0.05, `rules ${rules.accuracy}, cross-validated ${cv.accuracy}`);
});
