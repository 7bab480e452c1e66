import { strHash, fkey } from './hash.js';
import { type Lexicon, lexFind, normForm, NO_TAG } from './lexicon.js';
import { clusterOf } from './clusters.js';

/**
 * Per-word hashes the tagger's features combine, computed once per
 * sentence: form, normalized form, affixes, shape and lexicon facts.
 */
export interface TokenPieces {
  n: number;
  raw: Int32Array;
  norm: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre3: Int32Array;
  shape: Int32Array;
  /** Capitalization: 0 no capitals, 1 Title, 2 UPPER, 3 mixed. */
  cap: Int32Array;
  /** Ambiguity class bitset (0 = unknown word). */
  amb: Int32Array;
  /** Tag-dictionary tag or NO_TAG. */
  dict: Uint8Array;
  /** Fine word class + 1 (0: the word vectors do not hold the word). */
  clu: Int32Array;
  /** Coarse word class + 1 (0: unknown). */
  cluc: Int32Array;
}

function shapeClass(ch: string): string {
  const u = ch.charCodeAt(0);
  if (u < 128) return u >= 65 && u <= 90 ? 'X' : u >= 97 && u <= 122 ? 'x' : u >= 48 && u <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : ch;
}

/** Collapsed word shape: "Xx", "d.d", "X-d"; runs of one class count once. */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form.slice(0, 12)) {
    const c = shapeClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** 0 no capitals, 1 Title, 2 UPPER (two letters or more), 3 mixed. */
export function capClass(form: string): number {
  const lower = form.toLowerCase();
  if (lower === form) return 0;
  const upper = form.toUpperCase();
  if (upper === form) return upper.length > 1 ? 2 : 1;
  return form[0] !== lower[0] && form.slice(1) === lower.slice(1) ? 1 : 3;
}

/** Computes the pieces of every word of a sentence. */
export function tokenPieces(forms: readonly string[], lex: Lexicon): TokenPieces {
  const n = forms.length;
  const a = () => new Int32Array(n);
  const p: TokenPieces = { n, raw: a(), norm: a(), suf1: a(), suf2: a(), suf3: a(), suf4: a(), pre1: a(), pre3: a(), shape: a(), cap: a(), amb: a(), dict: new Uint8Array(n), clu: a(), cluc: a() };
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    const lw = normForm(f);
    p.raw[i] = strHash(f);
    const nh = strHash(lw);
    p.norm[i] = nh;
    p.suf1[i] = strHash(lw.slice(-1));
    p.suf2[i] = strHash(lw.slice(-2));
    p.suf3[i] = strHash(lw.slice(-3));
    p.suf4[i] = strHash(lw.slice(-4));
    p.pre1[i] = strHash(f.slice(0, 1));
    p.pre3[i] = strHash(lw.slice(0, 3));
    p.shape[i] = strHash(wordShape(f));
    p.cap[i] = capClass(f);
    const j = lexFind(lex, nh >>> 0);
    p.amb[i] = j >= 0 ? lex.mask[j]! : 0;
    p.dict[i] = j >= 0 ? lex.dict[j]! : NO_TAG;
    const cl = clusterOf(lex.clusters, nh >>> 0);
    p.clu[i] = cl & 0xffff;
    p.cluc[i] = cl >>> 16;
  }
  return p;
}

const START = 0x5eed;
const END = 0xe4d;

/**
 * Tagger features of word i (Collins/Honnibal templates plus ambiguity
 * classes of the words ahead), given the two previous predicted tags
 * (-1 before the sentence). Writes keys into `out`, returns their count.
 */
export function taggerFeatures(p: TokenPieces, i: number, t1: number, t2: number, out: Uint32Array): number {
  const n = p.n;
  const at = (arr: Int32Array, j: number, pad: number) => (j < 0 ? pad : j >= n ? pad + 1 : arr[j]!);
  const w = p.norm[i]!;
  const wm1 = at(p.norm, i - 1, START);
  const wm2 = at(p.norm, i - 2, START);
  const wp1 = at(p.norm, i + 1, END);
  const wp2 = at(p.norm, i + 2, END);
  const ap1 = at(p.amb, i + 1, -2);
  const ap2 = at(p.amb, i + 2, -2);
  const s3 = p.suf3[i]!;
  let k = 0;
  out[k++] = fkey(0, 0);
  out[k++] = fkey(1, p.raw[i]!);
  out[k++] = fkey(2, w);
  out[k++] = fkey(3, p.suf1[i]!);
  out[k++] = fkey(4, p.suf2[i]!);
  out[k++] = fkey(5, s3);
  out[k++] = fkey(6, p.suf4[i]!);
  out[k++] = fkey(7, p.pre1[i]!);
  out[k++] = fkey(8, p.pre3[i]!);
  out[k++] = fkey(9, p.shape[i]!);
  out[k++] = fkey(10, t1);
  out[k++] = fkey(11, t2);
  out[k++] = fkey(12, t1, t2);
  out[k++] = fkey(13, t1, w);
  out[k++] = fkey(14, wm1);
  out[k++] = fkey(15, at(p.suf3, i - 1, START));
  out[k++] = fkey(16, wm2);
  out[k++] = fkey(17, wp1);
  out[k++] = fkey(18, at(p.suf3, i + 1, END));
  out[k++] = fkey(19, wp2);
  out[k++] = fkey(20, p.amb[i]!);
  out[k++] = fkey(21, ap1);
  out[k++] = fkey(22, ap2);
  out[k++] = fkey(23, t1, ap1);
  out[k++] = fkey(24, w, wp1);
  out[k++] = fkey(25, wm1, w);
  out[k++] = fkey(26, t1, s3);
  out[k++] = fkey(27, p.amb[i]!, ap1);
  out[k++] = fkey(28, at(p.shape, i + 1, END));
  out[k++] = fkey(29, i === 0 ? 1 : 0, p.shape[i]!);
  out[k++] = fkey(30, t1, p.amb[i]!);
  out[k++] = fkey(31, at(p.suf2, i + 1, END), s3);
  out[k++] = fkey(32, at(p.shape, i - 1, START), p.shape[i]!);
  out[k++] = fkey(33, t1, wp1);
  out[k++] = fkey(34, t1, wm1);
  out[k++] = fkey(35, w, ap1);
  out[k++] = fkey(36, s3, ap1);
  out[k++] = fkey(37, ap1, ap2);
  out[k++] = fkey(38, t1, t2, s3);
  out[k++] = fkey(39, at(p.amb, i - 1, -4), w);
  const c = p.cap[i]!;
  out[k++] = fkey(40, p.amb[i]!, c, i === 0 ? 1 : 0);
  out[k++] = fkey(41, p.shape[i]!, at(p.shape, i + 1, END));
  out[k++] = fkey(42, t1, p.shape[i]!);
  out[k++] = fkey(43, at(p.cap, i - 1, 7), c, at(p.cap, i + 1, 9));
  // Word classes from word vectors: what an unseen word is like.
  const cl = p.clu[i]!;
  out[k++] = fkey(44, cl);
  out[k++] = fkey(45, p.cluc[i]!);
  out[k++] = fkey(46, at(p.clu, i + 1, -2));
  out[k++] = fkey(47, at(p.clu, i - 1, -4));
  out[k++] = fkey(48, t1, cl);
  out[k++] = fkey(49, cl, c);
  out[k++] = fkey(50, p.cluc[i]!, at(p.cluc, i + 1, -2));
  return k;
}

export const MAX_TAGGER_FEATURES = 56;
