import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyPair } from '../pair.js';
import { loadPairModel, parsePairModel, serializePairModel } from './pair-model.js';
import type { PairModel } from './pair-model.js';
import { fingerprintPairs, pairCases, trainPairModel } from './pair-data.js';
import type { LabelledPair } from './pair-data.js';
import { DEFAULT_TRAIN } from './perceptron.js';
import { docOf, pairIn, spansOf, testPipeline } from './pair.case.js';

const pipeline = testPipeline();
const dict = pipeline.dicts.coding;
const MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models');

/** Our own labelled pairs. */
const OWN: Array<[string, string, string, string]> = [
  ['The ferry company sued the port authority over unpaid fees.', 'The ferry company', 'the port authority', 'ACCUSE'],
  ['The union blamed the mill owners for the accident.', 'The union', 'the mill owners', 'ACCUSE'],
  ['Police detained two activists outside the town hall.', 'Police', 'two activists', 'COERCE'],
  ['Officers arrested the driver after the chase.', 'Officers', 'the driver', 'COERCE'],
  ['The mayor met the fishermen on the quay.', 'The mayor', 'the fishermen', 'CONSULT'],
  ['The minister held talks with the farmers on Monday.', 'The minister', 'the farmers', 'CONSULT'],
];

function labelled(): LabelledPair[] {
  return OWN.map(([text, a, b, plover], i) => ({ id: `own-${i}`, sentence_id: `s${i}`, text, plover, ...spansOf(text, a, b) }));
}

/** Asserts the type the model gives each [sentence, source, target, type]. */
function assertTypes(m: PairModel, cases: Array<[string, string, string, string]>): void {
  for (const [text, a, b, want] of cases) {
    const { doc, source, target } = pairIn(pipeline, text, a, b);
    assert.equal(classifyPair(doc, source, target, dict, m), want, text);
  }
}

function ownModel(): PairModel {
  const pairs = labelled();
  const cases = pairCases(pairs, (text) => docOf(pipeline, text), dict);
  return trainPairModel(cases, { name: 'own', pairs: pairs.length, fingerprint: fingerprintPairs(pairs) }, { ...DEFAULT_TRAIN, minCount: 1 });
}

test('pair model: training twice on the same pairs gives the same bytes', () => {
  assert.equal(serializePairModel(ownModel()), serializePairModel(ownModel()));
});

test('pair model: save and load round trip keeps every weight and the provenance', () => {
  const m = ownModel();
  const text = serializePairModel(m);
  const back = parsePairModel(text, 'own.json');
  assert.ok(back.ok);
  assert.equal(serializePairModel(back.value), text);
  assert.deepEqual(back.value.trainedOn, m.trainedOn);
  assert.deepEqual(back.value.options, m.options);
  assert.deepEqual([...back.value.linear.weights.keys()].sort(), [...m.linear.weights.keys()].sort());
  for (const [f, w] of m.linear.weights) assert.deepEqual([...back.value.linear.weights.get(f)!], [...w]);
  // No sentence of the training data is in the file.
  for (const [sentence] of OWN) assert.ok(!text.includes(sentence.slice(0, 20)));
});

test('pair model: a broken file is E407, not a crash', () => {
  assert.equal((parsePairModel('{', 'x.json') as { issues: { code: string }[] }).issues[0]!.code, 'E407');
  const wrongLabel = parsePairModel(JSON.stringify({ format: 'dyadwatch-pair-perceptron', version: 1, trainedOn: { name: 'x', pairs: 0, fingerprint: '' }, options: { epochs: 1, seed: 1, minCount: 1, shuffles: 1 }, labels: ['AID'], features: { bias: [3, 1] } }), 'x.json');
  assert.equal(wrongLabel.ok, false);
  assert.equal(loadPairModel(path.join(MODELS, 'no-such-dir')).ok, false);
});

test('pair model: the own model answers new sentences of the same constructions', () => {
  assertTypes(ownModel(), [
    ['The tenants sued the landlord over the broken heating.', 'The tenants', 'the landlord', 'ACCUSE'],
    ['Police detained the protesters near the bridge.', 'Police', 'the protesters', 'COERCE'],
    ['The governor held talks with the teachers.', 'The governor', 'the teachers', 'CONSULT'],
  ]);
});

test('committed model: loads, and labels our own sentences', () => {
  const m = loadPairModel(MODELS);
  assert.ok(m.ok, m.ok ? '' : m.issues[0]!.message);
  assert.equal(m.value.linear.labels.length, 15);
  assertTypes(m.value, [
    ['The harbour workers accused the shipping line of breaking the contract.', 'The harbour workers', 'the shipping line', 'ACCUSE'],
    ['Riot police arrested dozens of students at the campus gate.', 'Riot police', 'dozens of students', 'COERCE'],
    ['The council rejected the builder\'s plan for the riverside.', 'The council', 'the builder', 'REJECT'],
    ['The prime minister met the visiting trade delegation in the capital.', 'The prime minister', 'the visiting trade delegation', 'CONSULT'],
    ['Gunmen attacked a village police post overnight.', 'Gunmen', 'a village police post', 'ASSAULT'],
  ]);
});
