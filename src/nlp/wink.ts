import type { Sentence, Token } from '../core/nlp.js';
import type { IsolatedWink } from './isolate.js';
import { loadIsolatedWink } from './isolate.js';

/** The wink-nlp instance type, without leaking its module types everywhere. */
export type WinkNlp = IsolatedWink;

/**
 * Loads wink-nlp with sentence boundaries, negation and POS (the full lite
 * pipe), isolated so that a text reads the same whatever was read before.
 */
export function loadWink(): WinkNlp {
  return loadIsolatedWink(['sbd', 'negation', 'pos']);
}

/** wink-nlp with no pipe at all: the raw tokenizer, the yardstick of `npm run bench`. */
export function loadWinkTokenizer(): WinkNlp {
  return loadIsolatedWink([]);
}

/** Blank-line boundaries: a paragraph starts after two newlines with only spaces between. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n[ \t\u00a0]*\n\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * Tokenizes and tags `text`, returning tokens with UTF-16 offsets and the
 * sentences over them. wink-nlp is lossless (value + preceding spaces
 * rebuild the text), so offsets come from summing lengths, never searching.
 */
export function annotate(nlp: WinkNlp, text: string): { tokens: Token[]; sentences: Sentence[] } {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's typings reject its.lemma for token collections, though it works at run time.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const norms = all.out(its.normal) as string[];
  const negs = all.out(its.negationFlag) as unknown as boolean[];
  // wink token index -> our token index (we drop whitespace tokens).
  const map = new Int32Array(values.length).fill(-1);
  const starts = new Int32Array(values.length);
  const tokens: Token[] = [];
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    off += (spaces[i] ?? '').length;
    const v = values[i] ?? '';
    // wink is lossless on ordinary text, but re-anchor if a token ever drifts
    // from the source (odd control characters), so spans never point astray.
    if (v !== '' && !text.startsWith(v, off)) {
      const found = text.indexOf(v, off);
      if (found >= 0 && found - off < 64) off = found;
    }
    starts[i] = off;
    if (pos[i] !== 'SPACE' && v.trim() !== '') {
      map[i] = tokens.length;
      tokens.push({
        start: off,
        end: off + v.length,
        pos: pos[i] ?? 'X',
        norm: norms[i] ?? v.toLowerCase(),
        // wink occasionally returns fewer lemmas than tokens; fall back to the normal form.
        lemma: (lemmas[i] ?? norms[i] ?? v).toLowerCase(),
        negated: Boolean(negs[i]),
        sentence: -1,
      });
    }
    off += v.length;
  }
  const paras = paragraphStarts(text);
  const sentences: Sentence[] = [];
  let p = 0;
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    let first = -1;
    let last = -1;
    for (let i = a; i <= b; i++) {
      if (map[i]! >= 0) {
        if (first < 0) first = map[i]!;
        last = map[i]!;
      }
    }
    if (first < 0) return;
    const start = tokens[first]!.start;
    while (p + 1 < paras.length && paras[p + 1]! <= start) p++;
    const index = sentences.length;
    for (let t = first; t <= last; t++) tokens[t]!.sentence = index;
    sentences.push({ index, start, end: tokens[last]!.end, tokenStart: first, tokenEnd: last + 1, paragraph: p });
  });
  return { tokens, sentences };
}
