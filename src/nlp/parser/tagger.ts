import { type TokenPieces, taggerFeatures, taggerFeatures2, MAX_TAGGER_FEATURES } from './tagger-features.js';
import { NO_TAG } from './lexicon.js';
import type { AveragedPerceptron } from './perceptron.js';

/** Scores the classes for `feats[0..nf)`; returns a buffer valid until the next call. */
export type Scorer = (feats: Uint32Array, nf: number) => ArrayLike<number>;

function argmax(s: ArrayLike<number>, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (s[c]! > s[best]!) best = c;
  return best;
}

/** One left-to-right pass; `first` holds the first pass's tags when this is the second pass. */
function pass(p: TokenPieces, score: Scorer, nTags: number, first?: Int32Array): Int32Array {
  const tags = new Int32Array(p.n);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  let t1 = -1;
  let t2 = -1;
  for (let i = 0; i < p.n; i++) {
    let t = p.dict[i]!;
    if (t === NO_TAG) {
      const nf = first ? taggerFeatures2(p, i, t1, t2, first, feats) : taggerFeatures(p, i, t1, t2, feats);
      t = argmax(score(feats, nf), nTags);
    }
    tags[i] = t;
    t2 = t1;
    t1 = t;
  }
  return tags;
}

/**
 * Greedy left-to-right tagging: the tag dictionary decides frequent
 * unambiguous words, the model the rest, each seeing the two tags before.
 * With a `second` scorer, a second pass retags the sentence seeing the
 * first pass's tags of the words ahead too.
 */
export function tagGreedy(p: TokenPieces, score: Scorer, nTags: number, second?: Scorer): Int32Array {
  const first = pass(p, score, nTags);
  return second ? pass(p, second, nTags, first) : first;
}

/**
 * One training pass over a sentence: predicts, updates on errors,
 * conditions on its own predictions. With `first` (first-pass tags) it
 * trains the second pass. Returns the tags predicted before each update.
 */
export function trainTaggerSentence(p: TokenPieces, gold: ArrayLike<number>, model: AveragedPerceptron, scores: Float64Array, first?: Int32Array): Int32Array {
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const tags = new Int32Array(p.n);
  let t1 = -1;
  let t2 = -1;
  for (let i = 0; i < p.n; i++) {
    let t = p.dict[i]!;
    if (t === NO_TAG) {
      const nf = first ? taggerFeatures2(p, i, t1, t2, first, feats) : taggerFeatures(p, i, t1, t2, feats);
      model.score(feats, nf, scores);
      t = argmax(scores, model.nClasses);
      model.update(feats, nf, gold[i]!, t);
    }
    tags[i] = t;
    t2 = t1;
    t1 = t;
  }
  return tags;
}
