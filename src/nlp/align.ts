/**
 * Token alignment between wink-nlp's tokens (what the pipeline's offsets
 * hang on) and UD English EWT's words (what the parser was trained on).
 *
 * Compared on real text, the two agree on most things: both split "n't",
 * "'s", "'ll", "'ve", "'re", "'d" off their host, split "cannot" into "can"
 * "not", split "well-known" and "Iran-backed" at the hyphen and keep prefix
 * words ("anti-ship", "co-operation", "e-mail") and codes ("S-400") whole,
 * and both split "$5" and "20%". Where they differ, one wink token holds
 * several EWT words, never the other way round:
 * - wink keeps "I'm" and a curly-apostrophe possessive ("Korland’s") whole;
 * - wink keeps "gonna", "wanna", "gotta" whole, EWT has "gon na" etc.;
 * - wink writes clitics with the curly apostrophe ("’re", "n’t") where EWT's
 *   forms have the straight one, and quotes as “ ” where EWT has ".
 * And wink splits what EWT keeps as one word:
 * - runs of punctuation ("!!", "?!", "...?", "<<", "``"): EWT has "!!" etc.;
 * - file and domain names ("reuters.com", "TEXT.htm" become three tokens).
 * So a wink token maps to one or more parser words, or shares one with its
 * neighbours. The tree comes back by contracting each token's words onto the
 * highest of them; the later tokens of a shared word hang on its first token
 * as `goeswith` (UD's relation for the parts of one word).
 * Measured on EWT dev (each sentence's raw text through wink and these
 * rules; src/nlp/align.shared-test.ts), 91.9 % of the sentences come out
 * word for word as EWT's; most of the rest are web typos EWT splits ("its"
 * for "it's", "im", "alot") and e-mail addresses, which news rarely has.
 */
import type { Token } from '../core/nlp.js';

/** The parser's view of one sentence: EWT-style word forms and the tokens each came from. */
export interface Words {
  forms: string[];
  /** For each word, the index into Doc.tokens of its (first) token. */
  owner: number[];
  /** For each word, one past its last token: owner + 1 unless wink split the word. */
  ownerEnd: number[];
}

/** One token's place in a parsed sentence, before it goes into the Doc's trees layer. */
export interface TokenArc {
  /** Index into Doc.tokens of the head, or -1 for the sentence root. */
  head: number;
  deprel: string;
  upos: string;
}

const CLITIC = /^(.+?)((?:['’](?:m|re|s|ve|d|ll))|(?:n['’]t))$/i;
const FUSED = /^(gon|wan|got)(na|ta)$/i;

/** Straight apostrophes and quotes, as in EWT's word forms. */
export function ewtForm(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
}

/** The EWT words one wink token stands for ("I'm" → "I", "'m"; "gonna" → "gon", "na"). */
export function splitToken(surface: string): string[] {
  const form = ewtForm(surface);
  const fused = FUSED.exec(form);
  if (fused) return [fused[1]!, fused[2]!];
  const c = CLITIC.exec(form);
  // A bare clitic ("'s" already split by wink) or an apostrophe inside a name ("O'Neill") stays whole.
  if (c && /[a-z0-9]$/i.test(c[1]!)) return [c[1]!, c[2]!];
  return [form];
}

/** Punctuation families whose adjacent runs EWT writes as one word ("!!", "?!", "<<", "``"). */
const RUNS = [/^[!?.]+$/, /^[<>]+$/, /^[`']+$/, /^\*+$/];

function sameRun(a: string, b: string): boolean {
  return RUNS.some((re) => re.test(a) && re.test(b));
}

/** "reuters" "." "com" written without spaces: one name in EWT. */
function dottedName(text: string, tokens: readonly Token[], i: number, to: number): boolean {
  if (i + 2 >= to) return false;
  const [a, dot, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
  return a.end === dot.start && dot.end === b.start && text.slice(dot.start, dot.end) === '.'
    && /^[A-Za-z0-9-]+$/.test(text.slice(a.start, a.end)) && /^[a-z]{2,4}$/.test(text.slice(b.start, b.end));
}

/** Parser words of the tokens [from, to) of `text`. */
export function wordsOf(text: string, tokens: readonly Token[], from: number, to: number): Words {
  const w: Words = { forms: [], owner: [], ownerEnd: [] };
  const push = (form: string, first: number, end: number) => {
    w.forms.push(form);
    w.owner.push(first);
    w.ownerEnd.push(end);
  };
  for (let i = from; i < to; ) {
    const t = tokens[i]!;
    const surface = text.slice(t.start, t.end);
    let end = i + 1;
    if (dottedName(text, tokens, i, to)) end = i + 3;
    else while (end < to && tokens[end]!.start === tokens[end - 1]!.end && sameRun(surface, text.slice(tokens[end]!.start, tokens[end]!.end))) end++;
    if (end > i + 1) push(ewtForm(text.slice(t.start, tokens[end - 1]!.end)), i, end);
    else for (const f of splitToken(surface)) push(f, i, end);
    i = end;
  }
  return w;
}

/** Depth of each word in a tree of 1-based heads (0 = root); a word on a malformed cycle counts as deepest. */
function depths(head: readonly number[]): number[] {
  const n = head.length;
  const depth = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const path: number[] = [];
    let j = i;
    while (j >= 0 && j < n && depth[j] === -1 && path.length <= n) {
      path.push(j);
      j = head[j]! - 1;
    }
    let d = j >= 0 && j < n ? (path.length > n ? n : depth[j]!) : -1;
    for (let p = path.length - 1; p >= 0; p--) depth[path[p]!] = ++d;
  }
  return depth;
}

/**
 * Maps a parse over `words` back onto the tokens [from, to). Each token takes
 * the arc of its highest word (least depth; the first on a tie): that word's
 * head lies outside the token, and contracting on the highest word can never
 * make a cycle, since every contracted arc climbs strictly towards the root.
 * A word's head is its first token; later tokens of one word are `goeswith`.
 */
export function arcsBack(words: Words, parsed: { upos: readonly string[]; head: readonly number[]; deprel: readonly string[] }, from: number, to: number): TokenArc[] {
  const depth = depths(parsed.head);
  const best = new Array<number>(to - from).fill(-1);
  const arcs = new Array<TokenArc>(to - from);
  for (let w = 0; w < words.owner.length; w++) {
    const k = words.owner[w]! - from;
    if (best[k] === -1 || depth[w]! < depth[best[k]!]!) best[k] = w;
    for (let j = words.owner[w]! + 1; j < words.ownerEnd[w]!; j++) arcs[j - from] = { head: words.owner[w]!, deprel: 'goeswith', upos: parsed.upos[w] ?? 'X' };
  }
  best.forEach((w, k) => {
    if (w < 0) return;
    const h = parsed.head[w]!;
    arcs[k] = { head: h === 0 ? -1 : words.owner[h - 1]!, deprel: parsed.deprel[w] ?? 'dep', upos: parsed.upos[w] ?? 'X' };
  });
  return arcs;
}
