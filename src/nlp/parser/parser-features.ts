import { fkey } from './hash.js';
import type { ArcEagerState } from './arc-eager.js';

/**
 * Per-word values the parser's features read, indexed 0..n with 0 the
 * root: normalized-form hash, predicted tag id + 1 and 3-letter suffix hash.
 */
export interface ParserInput {
  w: Int32Array;
  p: Int32Array;
  suf: Int32Array;
}

const NONE_W = 0x7a11;
const NONE_P = 0;
export const MAX_PARSER_FEATURES = 96;

/**
 * The rich non-local features of Zhang & Nivre (2011) for arc-eager, plus
 * the second stack word, a fourth buffer word and suffixes for rare words.
 * s0 = stack top, n0..n3 = buffer; h/h2 = head and grandhead; l/l2 and
 * r/r2 = leftmost and rightmost children; v = valency; s = label sets.
 */
export function parserFeatures(st: ArcEagerState, x: ParserInput, out: Uint32Array): number {
  const n = st.n;
  const W = (i: number) => (i >= 0 ? x.w[i]! : NONE_W);
  const P = (i: number) => (i >= 0 ? x.p[i]! : NONE_P);
  const L = (i: number) => (i > 0 ? st.label[i]! + 1 : 0);
  const child = (arr: Int32Array, i: number) => (i >= 0 && arr[i]! > 0 ? arr[i]! : -1);
  const s0 = st.s0;
  const s1 = st.s(1);
  const n0 = st.b <= n ? st.b : -1;
  const n1 = st.b + 1 <= n ? st.b + 1 : -1;
  const n2 = st.b + 2 <= n ? st.b + 2 : -1;
  const n3 = st.b + 3 <= n ? st.b + 3 : -1;
  const s0h = s0 > 0 ? st.head[s0]! : -1;
  const s0h2 = s0h > 0 ? st.head[s0h]! : -1;
  const s0l = child(st.l1, s0);
  const s0l2 = child(st.l2, s0);
  const s0r = child(st.r1, s0);
  const s0r2 = child(st.r2, s0);
  const n0l = child(st.l1, n0);
  const n0l2 = child(st.l2, n0);
  const s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
  const n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const s0wp = s0w ^ (s0p << 24), n0wp = n0w ^ (n0p << 24);
  const dist = n0 < 0 ? 0 : Math.min(n0 - s0, 10);
  const vl0 = s0 >= 0 ? st.nl[s0]! : 0, vr0 = s0 >= 0 ? st.nr[s0]! : 0, vln = n0 >= 0 ? st.nl[n0]! : 0;
  const sl0 = s0 >= 0 ? st.ls[s0]! : 0, sr0 = s0 >= 0 ? st.rs[s0]! : 0, sln = n0 >= 0 ? st.ls[n0]! : 0;
  let k = 0;
  const f = (a: number, b = 0, c = 0) => {
    out[k] = fkey(k, a, b, c);
    k++;
  };
  // single words
  f(s0wp); f(s0w); f(s0p); f(n0wp); f(n0w); f(n0p);
  f(W(n1), n1p); f(n1w); f(n1p); f(n2w, n2p); f(n2w); f(n2p);
  // word pairs
  f(s0wp, n0wp); f(s0wp, n0w); f(s0w, n0wp); f(s0wp, n0p); f(s0p, n0wp); f(s0w, n0w); f(s0p, n0p); f(n0p, n1p);
  // three words
  f(n0p, n1p, n2p); f(s0p, n0p, n1p); f(P(s0h), s0p, n0p); f(s0p, P(s0l), n0p); f(s0p, P(s0r), n0p); f(s0p, n0p, P(n0l));
  // distance
  f(s0w, dist); f(s0p, dist); f(n0w, dist); f(n0p, dist); f(s0w, n0w, dist); f(s0p, n0p, dist);
  // valency
  f(s0w, vr0); f(s0p, vr0); f(s0w, vl0); f(s0p, vl0); f(n0w, vln); f(n0p, vln);
  // unigrams of heads and children
  f(W(s0h)); f(P(s0h)); f(L(s0)); f(W(s0l)); f(P(s0l)); f(L(s0l)); f(W(s0r)); f(P(s0r)); f(L(s0r)); f(W(n0l)); f(P(n0l)); f(L(n0l));
  // third order
  f(W(s0h2)); f(P(s0h2)); f(L(s0h)); f(W(s0l2)); f(P(s0l2)); f(L(s0l2)); f(W(s0r2)); f(P(s0r2)); f(L(s0r2)); f(W(n0l2)); f(P(n0l2)); f(L(n0l2));
  f(s0p, P(s0l), P(s0l2)); f(s0p, P(s0r), P(s0r2)); f(s0p, P(s0h), P(s0h2)); f(n0p, P(n0l), P(n0l2));
  // label sets
  f(s0w, sr0); f(s0p, sr0); f(s0w, sl0); f(s0p, sl0); f(n0w, sln); f(n0p, sln);
  // extras: second stack word, fourth buffer word, head state, suffixes, labels with tags
  const s1p = P(s1);
  f(W(s1), s1p); f(s1p, s0p); f(s1p, s0p, n0p); f(P(n3)); f(n0p, n1p, P(n3));
  f(s0 > 0 && st.head[s0]! >= 0 ? 1 : 2, s0p, n0p);
  f(s0 > 0 ? x.suf[s0]! : 1, n0p); f(n0 > 0 ? x.suf[n0]! : 1, s0p); f(n1 > 0 ? x.suf[n1]! : 1, n0p);
  f(L(s0), s0p, n0p); f(L(s0l), L(s0r), s0p); f(s0p, n0p, n0 > 0 && n0 === n ? 1 : 2);
  f(s0w, n0p, n1p); f(s0p, n0w, n1p);
  return k;
}
