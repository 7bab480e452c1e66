import { strHash } from './hash.js';
import { findKey } from './sorted.js';
import { type Clusters, NO_CLUSTERS } from './clusters.js';

/**
 * What the tagger knows about frequent words, keyed by the hash of the
 * normalized form (never the form itself): the set of tags seen with the
 * word (its ambiguity class) and, for frequent unambiguous words, the one
 * tag to give without asking the model (Honnibal's tag dictionary).
 */
export interface Lexicon {
  /** Sorted word hashes. */
  keys: Uint32Array;
  /** Bitset of tag ids seen with the word. */
  mask: Uint32Array;
  /** Fixed tag id, or 255 when the model decides. */
  dict: Uint8Array;
  /** Word classes from word vectors, for words seen and unseen in training. */
  clusters: Clusters;
}

export const NO_TAG = 255;

/** Lower-cased form with every digit as 0: the word identity features use. */
export function normForm(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

/** Index of `key` in the lexicon, or -1. */
export function lexFind(lex: Lexicon, key: number): number {
  return findKey(lex.keys, key);
}

/**
 * Builds the lexicon from training words and gold tag ids: words seen at
 * least `minCount` times get an ambiguity class; those seen `dictCount`
 * times with one tag in at least `dictShare` of them get a fixed tag.
 */
export function buildLexicon(words: Iterable<[string, number]>, clusters: Clusters = NO_CLUSTERS, opts = { minCount: 2, dictCount: 20, dictShare: 0.97 }): Lexicon {
  const counts = new Map<number, Map<number, number>>();
  for (const [form, tag] of words) {
    const k = strHash(normForm(form));
    let m = counts.get(k);
    if (!m) counts.set(k, (m = new Map()));
    m.set(tag, (m.get(tag) ?? 0) + 1);
  }
  const rows: [number, number, number][] = [];
  for (const [k, m] of counts) {
    let total = 0;
    let best = -1;
    let bestN = 0;
    let mask = 0;
    for (const [t, c] of m) {
      total += c;
      if (c > bestN || (c === bestN && t < best)) [best, bestN] = [t, c];
      mask |= 1 << t;
    }
    if (total < opts.minCount) continue;
    const dict = total >= opts.dictCount && bestN / total >= opts.dictShare ? best : NO_TAG;
    rows.push([k, mask, dict]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  return {
    keys: Uint32Array.from(rows, (r) => r[0]),
    mask: Uint32Array.from(rows, (r) => r[1]),
    dict: Uint8Array.from(rows, (r) => r[2]),
    clusters,
  };
}
