import { ArcEagerState, SHIFT, REDUCE } from './arc-eager.js';
import { parserFeatures, MAX_PARSER_FEATURES, type ParserInput } from './parser-features.js';
import { tokenPieces, type TokenPieces } from './tagger-features.js';
import { tagGreedy, type Scorer } from './tagger.js';
import { scoreFrozen } from './linear.js';
import type { ParserModel, ModelInternals } from './model.js';

/** A tagged and parsed sentence; head is 1-based with 0 the root, as in CoNLL-U. */
export interface ParsedSentence {
  upos: string[];
  head: number[];
  deprel: string[];
}

const ROOT_W = 0x2007;

/** Parser inputs from word pieces and tag ids (index 0 is the root). */
export function parserInput(p: TokenPieces, tags: ArrayLike<number>, nTags: number): ParserInput {
  const n = p.n;
  const a = () => new Int32Array(n + 1);
  const x: ParserInput = { w: a(), p: a(), suf: a(), c: a(), cc: a() };
  x.w[0] = ROOT_W;
  x.p[0] = nTags + 1;
  for (let i = 0; i < n; i++) {
    x.w[i + 1] = p.norm[i]!;
    x.p[i + 1] = tags[i]! + 1;
    x.suf[i + 1] = p.suf3[i]!;
    x.c[i + 1] = p.clu[i]!;
    x.cc[i + 1] = p.cluc[i]!;
  }
  return x;
}

/**
 * The best valid class under `s` (the lowest index on ties), by the same
 * rules as validMoves but without filling a mask: this runs at every step.
 */
export function bestValid(st: ArcEagerState, s: ArrayLike<number>, nLabels: number, rootLabel: number): number {
  const s0 = st.s0;
  let best = SHIFT;
  if (s0 === 0) return s[2 + nLabels + rootLabel]! > s[SHIFT]! ? 2 + nLabels + rootLabel : SHIFT;
  const headed = st.head[s0]! >= 0;
  if (headed && s[REDUCE]! > s[best]!) best = REDUCE;
  if (!headed) for (let c = 2; c < 2 + nLabels; c++) if (c - 2 !== rootLabel && s[c]! > s[best]!) best = c;
  for (let c = 2 + nLabels; c < 2 + 2 * nLabels; c++) if (c - 2 - nLabels !== rootLabel && s[c]! > s[best]!) best = c;
  return best;
}

/** Runs the greedy parser to the end, choosing the best valid move at each step. */
export function parseGreedy(st: ArcEagerState, x: ParserInput, n: number, score: Scorer, nLabels: number, rootLabel: number): void {
  const feats = new Uint32Array(MAX_PARSER_FEATURES);
  st.reset(n);
  while (!st.bufferEmpty()) {
    const nf = parserFeatures(st, x, feats);
    st.apply(bestValid(st, score(feats, nf), nLabels, rootLabel), nLabels);
  }
  st.finish(rootLabel);
}

/** A scorer over a frozen table with its own score buffer. */
export function frozenScorer(m: ModelInternals['tagger']): Scorer {
  const buf = new Int32Array(m.nClasses);
  const ranges = new Int32Array(256);
  return (f, nf) => {
    scoreFrozen(m, f, nf, buf, ranges);
    return buf;
  };
}

/**
 * Tags and parses one sentence of words (gold or wink tokens, in UD's
 * tokenization). A pure function of the model and the words.
 */
export function tagAndParse(model: ParserModel, forms: readonly string[]): ParsedSentence {
  const m = model.internals;
  const n = forms.length;
  if (n === 0) return { upos: [], head: [], deprel: [] };
  const pieces = tokenPieces(forms, m.lexicon);
  const tags = tagGreedy(pieces, frozenScorer(m.tagger), m.tags.length);
  const st = new ArcEagerState(n);
  const rootLabel = m.labels.indexOf('root');
  parseGreedy(st, parserInput(pieces, tags, m.tags.length), n, frozenScorer(m.parser), m.labels.length, rootLabel);
  const out: ParsedSentence = { upos: [], head: [], deprel: [] };
  for (let i = 1; i <= n; i++) {
    out.upos.push(m.tags[tags[i - 1]!]!);
    out.head.push(st.head[i]!);
    out.deprel.push(m.labels[st.label[i]!]!);
  }
  return out;
}

/** The same as tagAndParse: gold tokens in, predicted tags and tree out. */
export const parseGold = tagAndParse;
