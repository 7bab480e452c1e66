import { ArcEagerState, validMoves } from './arc-eager.js';
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
  const x: ParserInput = { w: new Int32Array(n + 1), p: new Int32Array(n + 1), suf: new Int32Array(n + 1) };
  x.w[0] = ROOT_W;
  x.p[0] = nTags + 1;
  for (let i = 0; i < n; i++) {
    x.w[i + 1] = p.norm[i]!;
    x.p[i + 1] = tags[i]! + 1;
    x.suf[i + 1] = p.suf3[i]!;
  }
  return x;
}

/** Runs the greedy parser to the end, choosing the best valid move at each step. */
export function parseGreedy(st: ArcEagerState, x: ParserInput, n: number, score: Scorer, nLabels: number, rootLabel: number): void {
  const nClasses = 2 + 2 * nLabels;
  const feats = new Uint32Array(MAX_PARSER_FEATURES);
  const valid = new Uint8Array(nClasses);
  st.reset(n);
  while (!st.bufferEmpty()) {
    validMoves(st, nLabels, rootLabel, valid);
    const nf = parserFeatures(st, x, feats);
    const s = score(feats, nf);
    let best = -1;
    for (let c = 0; c < nClasses; c++) if (valid[c] && (best < 0 || s[c]! > s[best]!)) best = c;
    st.apply(best, nLabels);
  }
  st.finish(rootLabel);
}

/** A scorer over a frozen table with its own score buffer. */
export function frozenScorer(m: ModelInternals['tagger']): Scorer {
  const buf = new Int32Array(m.nClasses);
  return (f, nf) => {
    scoreFrozen(m, f, nf, buf);
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
