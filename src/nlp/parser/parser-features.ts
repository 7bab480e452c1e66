import { fkey } from './hash.js';
import type { ArcEagerState } from './arc-eager.js';

/**
 * Per-word values the parser's features read, indexed 0..n with 0 the
 * root: normalized-form hash, predicted tag id + 1, 3-letter suffix hash,
 * and fine and coarse word classes + 1 (0 unknown).
 */
export interface ParserInput {
  w: Int32Array;
  p: Int32Array;
  suf: Int32Array;
  c: Int32Array;
  cc: Int32Array;
}

const NONE_W = 0x7a11;
const NONE_P = 0;
export const MAX_PARSER_FEATURES = 104;

function W(x: ParserInput, i: number): number {
  return i >= 0 ? x.w[i]! : NONE_W;
}
function P(x: ParserInput, i: number): number {
  return i >= 0 ? x.p[i]! : NONE_P;
}
/** Fine (or with `coarse`, coarse) word class of word i; 0x3ff0 for no word. */
function C(x: ParserInput, i: number, coarse = false): number {
  return i >= 0 ? (coarse ? x.cc[i]! : x.c[i]!) : 0x3ff0;
}
function L(st: ArcEagerState, i: number): number {
  return i > 0 ? st.label[i]! + 1 : 0;
}
function child(arr: Int32Array, i: number): number {
  return i >= 0 && arr[i]! > 0 ? arr[i]! : -1;
}
function put(out: Uint32Array, k: number, a: number, b = 0, c = 0): number {
  out[k] = fkey(k, a, b, c);
  return k + 1;
}

/**
 * The rich non-local features of Zhang & Nivre (2011) for arc-eager, plus
 * the second stack word, a fourth buffer word and suffixes for rare words.
 * s0 = stack top, n0..n3 = buffer; h/h2 = head and grandhead; l/l2 and
 * r/r2 = leftmost and rightmost children; v = valency; s = label sets.
 */
export function parserFeatures(st: ArcEagerState, x: ParserInput, out: Uint32Array): number {
  const n = st.n;
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
  const s0w = W(x, s0), s0p = P(x, s0), n0w = W(x, n0), n0p = P(x, n0);
  const n1w = W(x, n1), n1p = P(x, n1), n2w = W(x, n2), n2p = P(x, n2);
  const s0wp = s0w ^ (s0p << 24), n0wp = n0w ^ (n0p << 24);
  const dist = n0 < 0 ? 0 : Math.min(n0 - s0, 10);
  const vl0 = st.nl[s0]!, vr0 = st.nr[s0]!, vln = n0 >= 0 ? st.nl[n0]! : 0;
  const sl0 = st.ls[s0]!, sr0 = st.rs[s0]!, sln = n0 >= 0 ? st.ls[n0]! : 0;
  const s0hp = P(x, s0h), s0lp = P(x, s0l), s0rp = P(x, s0r), n0lp = P(x, n0l);
  const s1p = P(x, s1);
  let k = 0;
  // single words
  k = put(out, k, s0wp); k = put(out, k, s0w); k = put(out, k, s0p); k = put(out, k, n0wp); k = put(out, k, n0w); k = put(out, k, n0p);
  k = put(out, k, n1w, n1p); k = put(out, k, n1w); k = put(out, k, n1p); k = put(out, k, n2w, n2p); k = put(out, k, n2w); k = put(out, k, n2p);
  // word pairs
  k = put(out, k, s0wp, n0wp); k = put(out, k, s0wp, n0w); k = put(out, k, s0w, n0wp); k = put(out, k, s0wp, n0p);
  k = put(out, k, s0p, n0wp); k = put(out, k, s0w, n0w); k = put(out, k, s0p, n0p); k = put(out, k, n0p, n1p);
  // three words
  k = put(out, k, n0p, n1p, n2p); k = put(out, k, s0p, n0p, n1p); k = put(out, k, s0hp, s0p, n0p);
  k = put(out, k, s0p, s0lp, n0p); k = put(out, k, s0p, s0rp, n0p); k = put(out, k, s0p, n0p, n0lp);
  // distance
  k = put(out, k, s0w, dist); k = put(out, k, s0p, dist); k = put(out, k, n0w, dist); k = put(out, k, n0p, dist);
  k = put(out, k, s0w, n0w, dist); k = put(out, k, s0p, n0p, dist);
  // valency
  k = put(out, k, s0w, vr0); k = put(out, k, s0p, vr0); k = put(out, k, s0w, vl0); k = put(out, k, s0p, vl0);
  k = put(out, k, n0w, vln); k = put(out, k, n0p, vln);
  // unigrams of heads and children
  k = put(out, k, W(x, s0h)); k = put(out, k, s0hp); k = put(out, k, L(st, s0));
  k = put(out, k, W(x, s0l)); k = put(out, k, s0lp); k = put(out, k, L(st, s0l));
  k = put(out, k, W(x, s0r)); k = put(out, k, s0rp); k = put(out, k, L(st, s0r));
  k = put(out, k, W(x, n0l)); k = put(out, k, n0lp); k = put(out, k, L(st, n0l));
  // third order
  k = put(out, k, W(x, s0h2)); k = put(out, k, P(x, s0h2)); k = put(out, k, L(st, s0h));
  k = put(out, k, W(x, s0l2)); k = put(out, k, P(x, s0l2)); k = put(out, k, L(st, s0l2));
  k = put(out, k, W(x, s0r2)); k = put(out, k, P(x, s0r2)); k = put(out, k, L(st, s0r2));
  k = put(out, k, W(x, n0l2)); k = put(out, k, P(x, n0l2)); k = put(out, k, L(st, n0l2));
  k = put(out, k, s0p, s0lp, P(x, s0l2)); k = put(out, k, s0p, s0rp, P(x, s0r2));
  k = put(out, k, s0p, s0hp, P(x, s0h2)); k = put(out, k, n0p, n0lp, P(x, n0l2));
  // label sets
  k = put(out, k, s0w, sr0); k = put(out, k, s0p, sr0); k = put(out, k, s0w, sl0); k = put(out, k, s0p, sl0);
  k = put(out, k, n0w, sln); k = put(out, k, n0p, sln);
  // extras: second stack word, fourth buffer word, head state, suffixes, labels with tags
  k = put(out, k, W(x, s1), s1p); k = put(out, k, s1p, s0p); k = put(out, k, s1p, s0p, n0p);
  k = put(out, k, P(x, n3)); k = put(out, k, n0p, n1p, P(x, n3));
  k = put(out, k, s0 > 0 && st.head[s0]! >= 0 ? 1 : 2, s0p, n0p);
  k = put(out, k, s0 > 0 ? x.suf[s0]! : 1, n0p); k = put(out, k, n0 > 0 ? x.suf[n0]! : 1, s0p);
  k = put(out, k, n1 > 0 ? x.suf[n1]! : 1, n0p);
  k = put(out, k, L(st, s0), s0p, n0p); k = put(out, k, L(st, s0l), L(st, s0r), s0p);
  k = put(out, k, s0p, n0p, n0 > 0 && n0 === n ? 1 : 2);
  k = put(out, k, s0w, n0p, n1p); k = put(out, k, s0p, n0w, n1p);
  // word classes (Koo, Carreras & Collins 2008): class where a word is rare, with tags
  const s0c = C(x, s0), n0c = C(x, n0), n1c = C(x, n1);
  k = put(out, k, s0c); k = put(out, k, n0c); k = put(out, k, n1c, n1p);
  k = put(out, k, s0c, n0c); k = put(out, k, s0c, n0p); k = put(out, k, s0p, n0c);
  k = put(out, k, C(x, s0, true), C(x, n0, true), dist); k = put(out, k, C(x, s0h), s0c, n0p);
  k = put(out, k, n0c, n1c); k = put(out, k, s0p, n0c, C(x, n0l));
  return k;
}
