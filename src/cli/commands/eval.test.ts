import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPairModel } from '../../coding/index.js';
import { makeConfig } from '../../config.js';
import { testPipeline } from '../../coding/learn/pair.case.js';
import { evalCommand } from './eval.js';

const pipeline = testPipeline();

/** A pair file of our own sentences: [text, source, target, type]. */
function pairFile(rows: Array<[string, string, string, string]>): string {
  const lines = rows.map(([text, a, b, plover], i) => {
    const s = text.indexOf(a);
    const t = text.indexOf(b);
    return JSON.stringify({ id: `p${i}`, sentence_id: `s${i}`, text, plover, source: { text: a, start: s, end: s + a.length }, target: { text: b, start: t, end: t + b.length } });
  });
  const path = join(mkdtempSync(join(tmpdir(), 'dyadwatch-pairs-')), 'pairs.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const ROWS: Array<[string, string, string, string]> = [
  ['The dockworkers union condemned the shipping firm.', 'The dockworkers union', 'the shipping firm', 'ACCUSE'],
  ['Riot police arrested the students at the gate.', 'Riot police', 'the students', 'COERCE'],
  ['The mayor met the fishermen on the quay.', 'The mayor', 'the fishermen', 'CONSULT'],
];

test('eval on a pair file with the committed model: cross-validated figures beside the others, not in-sample', () => {
  const config = makeConfig({});
  assert.ok(config.ok);
  const model = loadPairModel(config.value.modelsDir);
  assert.ok(model.ok);
  const r = evalCommand(pipeline, pairFile(ROWS), true, model.value);
  assert.ok(r.ok);
  const json = JSON.parse(r.value);
  assert.equal(json.pairs, 3);
  assert.equal(json.given_pair.accuracy, 1);
  assert.equal(json.given_pair_in_sample, false);
  assert.equal(json.given_pair_cv.folds, 10);
  // Three sentences, ten folds: each model is trained on the two others' pairs, so the figure exists.
  assert.equal(typeof json.given_pair_cv.accuracy, 'number');
  assert.equal(json.end_to_end_recall, 1);
  assert.ok(json.end_to_end_per_sentence >= 1);
});

test('eval on a pair file without a model: the rules alone, no cross-validated figure', () => {
  const r = evalCommand(pipeline, pairFile(ROWS), true, null);
  assert.ok(r.ok);
  const json = JSON.parse(r.value);
  assert.equal(json.given_pair_cv, null);
  assert.equal(json.end_to_end_recall_cv, null);
  assert.equal(json.given_pair.accuracy, 1);
});
