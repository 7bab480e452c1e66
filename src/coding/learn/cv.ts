/**
 * K-fold cross-validation by group: examples that share a group (pairs of
 * one sentence) fall in the same fold, so no fold is scored on a sentence
 * its model was trained on. Folds are drawn with a fixed seed.
 */
import { predict, seededRandom, shuffled, train } from './perceptron.js';
import type { Example, TrainOptions } from './perceptron.js';

/** Fold number of each example: groups are shuffled with `seed` and dealt round-robin. */
export function assignFolds(groups: readonly string[], k: number, seed: number): number[] {
  const distinct = [...new Set(groups)].sort();
  const order = shuffled(distinct, seededRandom(seed));
  const fold = new Map(order.map((g, i) => [g, i % k]));
  return groups.map((g) => fold.get(g)!);
}

/**
 * The prediction for each example by a model trained on the other folds
 * only. Needs at least two folds and as many groups.
 */
export function crossValidate(examples: readonly Example[], groups: readonly string[], k: number, options: TrainOptions): string[] {
  const folds = assignFolds(groups, k, options.seed);
  const out: string[] = new Array(examples.length);
  for (let f = 0; f < k; f++) {
    const trainSet = examples.filter((_, i) => folds[i] !== f);
    if (!trainSet.length) continue;
    const model = train(trainSet, options);
    examples.forEach((ex, i) => {
      if (folds[i] === f) out[i] = predict(model, ex.features);
    });
  }
  return out;
}
