// Trains the PLOVER pair model (src/coding/learn) on a pair-format gold file
// and writes models/plv-pairs.json. Prints the rule-only figure, the
// K-fold cross-validated figure of the recipe (folds by sentence, fixed
// seed: each pair scored by a model that never saw its sentence) and the
// in-sample figure of the written model, which is optimistic by design.
// Usage: npm run train:pairs [-- FILE] [--folds K] [--out PATH] [--check]
//   --check: train and compare with the committed file instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeConfig } from '../src/config.js';
import { buildDefaultPipeline } from '../src/pipeline/default.js';
import { readGold, givenPairFigures } from '../src/eval/index.js';
import { pairDocs, PAIR_FOLDS } from '../src/cli/commands/eval.js';
import {
  DEFAULT_TRAIN, PAIR_MODEL_FILE, crossValidatePairs, fingerprintPairs, pairCases, serializePairModel, trainPairModel,
} from '../src/coding/index.js';
import { predict } from '../src/coding/learn/perceptron.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { folds: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' } },
});
const file = positionals[0] ?? '../shared/eval/plv-train.jsonl';
const folds = Number(values.folds ?? PAIR_FOLDS);
const config = makeConfig({});
if (!config.ok) throw new Error(config.issues.map((i) => i.message).join('\n'));
const out = values.out ?? path.join(config.value.modelsDir, PAIR_MODEL_FILE);

const gold = readGold(file);
if (!gold.ok || gold.value.format !== 'pairs') {
  console.error(gold.ok ? `${file} is not a pair-format file (FORMAT.md, "The pair format")` : gold.issues.map((i) => i.message).join('\n'));
  process.exit(1);
}
const pipeline = buildDefaultPipeline(config.value);
if (!pipeline.ok) throw new Error(pipeline.issues.map((i) => i.message).join('\n'));

const pairs = gold.value.pairs;
const cases = pairCases(pairs, pairDocs(pipeline.value), pipeline.value.dicts.coding);
const labels = cases.map((c) => c.label);
const line = (name: string, predicted: (string | null)[]) => {
  const f = givenPairFigures(labels, predicted);
  console.log(`${name.padEnd(42)} accuracy ${f.accuracy!.toFixed(3)}  macro-F1 ${f.macro_f1!.toFixed(3)}`);
};

console.log(`${pairs.length} pairs from ${file}; options ${JSON.stringify(DEFAULT_TRAIN)}`);
line('rules only', cases.map((c) => c.rule));
line(`rules + model, ${folds}-fold cross-validated`, crossValidatePairs(cases, folds, DEFAULT_TRAIN));
const model = trainPairModel(cases, { name: path.basename(file), pairs: pairs.length, fingerprint: fingerprintPairs(pairs) }, DEFAULT_TRAIN);
line('rules + model, in-sample', cases.map((c) => predict(model.linear, c.features)));
const bytes = serializePairModel(model);

if (values.check) {
  const same = readFileSync(out, 'utf8') === bytes;
  console.log(same ? `${out} is what this training gives` : `${out} differs from this training: rerun npm run train:pairs and commit`);
  process.exit(same ? 0 : 1);
}
writeFileSync(out, bytes);
console.log(`wrote ${out} (${model.linear.weights.size} features, ${bytes.length} bytes)`);
