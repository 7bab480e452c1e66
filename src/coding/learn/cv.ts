/**
 * K-fold cross-validation by group: examples that share a group (pairs of
 * one sentence) fall in the same fold, so no fold is scored on a sentence
 * its model was trained on. Folds are drawn with a fixed seed.
 */
import { seededRandom, shuffled } from '../../core/random.js';
import { predict, train } from './perceptron.js';
import type { Example, LinearModel, TrainOptions } from './perceptron.js';

/** Fold number of each example: groups are shuffled with `seed` and dealt round-robin. */
export function assignFolds(groups: readonly string[], k: number, seed: number): number[] {
  const distinct = [...new Set(groups)].sort();
  const order = shuffled(distinct, seededRandom(seed));
  const fold = new Map(order.map((g, i) => [g, i % k]));
  return groups.map((g) => fold.get(g)!);
}

/** The model of each fold, trained on every other fold, and the fold of each example. */
export interface FoldModels {
  folds: number[];
  models: LinearModel[];
}

/** Trains one model per fold on the examples of the other folds. */
export function foldModels(examples: readonly Example[], groups: readonly string[], k: number, options: TrainOptions): FoldModels {
  const folds = assignFolds(groups, k, options.seed);
  const models = Array.from({ length: k }, (_, f) => train(examples.filter((_, i) => folds[i] !== f), options));
  return { folds, models };
}

/**
 * The prediction for each example by a model trained on the other folds
 * only; null where the other folds are empty (fewer groups than folds).
 */
export function crossValidate(examples: readonly Example[], groups: readonly string[], k: number, options: TrainOptions): (string | null)[] {
  const { folds, models } = foldModels(examples, groups, k, options);
  return examples.map((ex, i) => predict(models[folds[i]!]!, ex.features));
}
