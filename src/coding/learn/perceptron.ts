/**
 * A multi-class averaged perceptron (Collins 2002) over sparse binary
 * features. Deterministic: examples are shuffled by a seeded generator,
 * ties go to the first label in sorted order, and the averaged weights are
 * rounded so that a saved and reloaded model predicts exactly as trained.
 */
import { seededRandom, shuffled } from '../../core/random.js';

/** One training example: the names of its active features and its label. */
export interface Example {
  features: readonly string[];
  label: string;
}

/** Training options; the defaults are what `npm run train:pairs` uses. */
export interface TrainOptions {
  /** Passes over the data. */
  epochs: number;
  /** Seed of the shuffling generator. */
  seed: number;
  /** A feature must occur in at least this many training examples to get weights (rare words are names and noise). */
  minCount: number;
  /**
   * Runs with seeds seed, seed+1, ...: their averaged weights are averaged
   * again. One linear model still, with less of the variance a single
   * shuffle order gives on a small training set.
   */
  shuffles: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 12, seed: 20240811, minCount: 2, shuffles: 5 };

/** A trained model: labels in sorted order and one weight per label for each kept feature. */
export interface LinearModel {
  labels: string[];
  /** Feature name → weights, parallel to `labels`. */
  weights: Map<string, Float64Array>;
}

/** Digits kept of each averaged weight (the stored model has exactly these). */
const DECIMALS = 4;

/** Features seen in at least `min` examples (each example counted once per feature). */
function keptFeatures(examples: readonly Example[], min: number): Set<string> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= min).map(([f]) => f));
}

/** Index of the best-scoring label; the first (in sorted label order) wins a tie. */
function argmax(scores: Float64Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return best;
}

/** Sums the weight rows of the active features into one score per label. */
export function scoreLabels(model: LinearModel, features: readonly string[]): Float64Array {
  const s = new Float64Array(model.labels.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < s.length; k++) s[k]! += w[k]!;
  }
  return s;
}

/** The label the model gives to a feature set; null from a model trained on nothing. */
export function predict(model: LinearModel, features: readonly string[]): string | null {
  return model.labels.length ? model.labels[argmax(scoreLabels(model, features))]! : null;
}

/** Training rows: kept features of each example, sorted, and the label's index. */
interface Row {
  f: string[];
  y: number;
}

/**
 * Trains an averaged perceptron (`options.shuffles` runs, averaged) and
 * rounds the weights.
 */
export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): LinearModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const kept = [...keptFeatures(examples, options.minCount)].sort();
  const keep = new Set(kept);
  const rows = examples.map((e) => ({ f: [...new Set(e.features)].filter((x) => keep.has(x)).sort(), y: index.get(e.label)! }));
  const sum = new Map(kept.map((f) => [f, new Float64Array(labels.length)]));
  const runs = Math.max(1, options.shuffles);
  for (let r = 0; r < runs; r++) {
    for (const [f, row] of oneRun(rows, labels, kept, options.epochs, options.seed + r)) {
      const s = sum.get(f)!;
      for (let k = 0; k < row.length; k++) s[k]! += row[k]! / runs;
    }
  }
  const scale = 10 ** DECIMALS;
  const weights = new Map<string, Float64Array>();
  for (const [f, row] of sum) {
    const w = row.map((x) => Math.round(x * scale) / scale);
    // A feature whose weights all round to zero only costs space.
    if (w.some((x) => x !== 0)) weights.set(f, w);
  }
  return { labels, weights };
}

/**
 * One averaged-perceptron run with one shuffle seed. The average uses the
 * lazy-update trick: `acc` holds the sum of c·Δw, so the average is w − acc/c.
 */
function oneRun(rows: readonly Row[], labels: readonly string[], kept: readonly string[], epochs: number, seed: number): Map<string, Float64Array> {
  const w = new Map<string, Float64Array>();
  const acc = new Map<string, Float64Array>();
  for (const f of kept) {
    w.set(f, new Float64Array(labels.length));
    acc.set(f, new Float64Array(labels.length));
  }
  const live: LinearModel = { labels: [...labels], weights: w };
  const rand = seededRandom(seed);
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of shuffled(rows, rand)) {
      const guess = argmax(scoreLabels(live, r.f));
      if (guess !== r.y) {
        for (const f of r.f) {
          w.get(f)![r.y]! += 1;
          w.get(f)![guess]! -= 1;
          acc.get(f)![r.y]! += c;
          acc.get(f)![guess]! -= c;
        }
      }
      c++;
    }
  }
  for (const [f, row] of w) {
    const a = acc.get(f)!;
    for (let k = 0; k < row.length; k++) row[k] = row[k]! - a[k]! / c;
  }
  return w;
}
