/**
 * From labelled pairs to training examples: each pair's sentence is coded
 * once, the rules answer, and the pair's features are taken with that
 * answer among them. Shared by `npm run train:pairs` and by `eval`'s
 * cross-validated figure, so both measure the same recipe.
 */
import { createHash } from 'node:crypto';
import type { Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { CodingDict } from '../types.js';
import { ruleAnswer } from '../pair.js';
import { pairFeatures } from './features.js';
import { crossValidate, foldModels } from './cv.js';
import { train } from './perceptron.js';
import type { Example, TrainOptions } from './perceptron.js';
import type { PairModel, TrainedOn } from './pair-model.js';

/** A labelled pair as the pair format gives it (FORMAT.md, "The pair format"). */
export interface LabelledPair {
  id: string;
  sentence_id: string | null;
  text: string;
  source: Span;
  target: Span;
  plover: string;
}

/** One pair ready for learning: its features, gold label, group (sentence) and the rules' answer. */
export interface PairCase extends Example {
  group: string;
  rule: string | null;
}

/** Codes a sentence as the pipeline does; null when it cannot be coded. */
export type DocOf = (text: string) => Doc | null;

/** sha256 of the labelled content (text, spans, label) of the pairs, first 16 hex digits. */
export function fingerprintPairs(pairs: readonly LabelledPair[]): string {
  const h = createHash('sha256');
  for (const p of pairs) h.update(JSON.stringify([p.text, p.source.start, p.source.end, p.target.start, p.target.end, p.plover]) + '\n');
  return h.digest('hex').slice(0, 16);
}

/** Features, label and rule answer of every pair. A pair whose text cannot be coded gets the bias feature alone. */
export function pairCases(pairs: readonly LabelledPair[], docOf: DocOf, d: CodingDict): PairCase[] {
  return pairs.map((p) => {
    const group = p.sentence_id ?? p.text;
    const doc = docOf(p.text);
    if (!doc) return { features: ['bias'], label: p.plover, group, rule: null };
    const rule = ruleAnswer(doc, p.source, p.target, d);
    return { features: pairFeatures(doc, p.source, p.target, d, rule), label: p.plover, group, rule: rule.plover };
  });
}

/** Cross-validated predictions of the recipe on the cases (k folds by sentence). */
export function crossValidatePairs(cases: readonly PairCase[], k: number, options: TrainOptions): (string | null)[] {
  return crossValidate(cases, cases.map((c) => c.group), k, options);
}

/**
 * For each case, a model trained without the case's fold (k folds by
 * sentence): what classifies that pair, and labels the pairs of its
 * sentence end to end, in an honest evaluation.
 */
export function foldPairModels(cases: readonly PairCase[], k: number, options: TrainOptions, trainedOn: TrainedOn): PairModel[] {
  const { folds, models } = foldModels(cases, cases.map((c) => c.group), k, options);
  const wrapped = models.map((linear, f) => ({ linear, options, trainedOn: { ...trainedOn, name: `${trainedOn.name} without fold ${f + 1} of ${k}` } }));
  return folds.map((f) => wrapped[f]!);
}

/** Trains the model on every case. */
export function trainPairModel(cases: readonly PairCase[], trainedOn: TrainedOn, options: TrainOptions): PairModel {
  return { linear: train(cases, options), options, trainedOn };
}
