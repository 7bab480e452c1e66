import { type TokenPieces, taggerFeatures, MAX_TAGGER_FEATURES } from './tagger-features.js';
import { NO_TAG } from './lexicon.js';
import type { AveragedPerceptron } from './perceptron.js';

/** Scores the classes for `feats[0..nf)`; returns a buffer valid until the next call. */
export type Scorer = (feats: Uint32Array, nf: number) => ArrayLike<number>;

function argmax(s: ArrayLike<number>, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (s[c]! > s[best]!) best = c;
  return best;
}

/**
 * Greedy left-to-right tagging: the tag dictionary decides frequent
 * unambiguous words, the model the rest, each seeing the two tags before.
 */
export function tagGreedy(p: TokenPieces, score: Scorer, nTags: number): Int32Array {
  const tags = new Int32Array(p.n);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  let t1 = -1;
  let t2 = -1;
  for (let i = 0; i < p.n; i++) {
    let t = p.dict[i]!;
    if (t === NO_TAG) {
      const nf = taggerFeatures(p, i, t1, t2, feats);
      t = argmax(score(feats, nf), nTags);
    }
    tags[i] = t;
    t2 = t1;
    t1 = t;
  }
  return tags;
}

/** One training pass over a sentence: predicts, updates on errors, conditions on its own predictions. Returns errors. */
export function trainTaggerSentence(p: TokenPieces, gold: ArrayLike<number>, model: AveragedPerceptron, scores: Float64Array): number {
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  let t1 = -1;
  let t2 = -1;
  let errors = 0;
  for (let i = 0; i < p.n; i++) {
    let t = p.dict[i]!;
    if (t === NO_TAG) {
      const nf = taggerFeatures(p, i, t1, t2, feats);
      model.score(feats, nf, scores);
      t = argmax(scores, model.nClasses);
      model.update(feats, nf, gold[i]!, t);
    }
    if (t !== gold[i]) errors++;
    t2 = t1;
    t1 = t;
  }
  return errors;
}
