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
 * So a wink token maps to one or more parser words, and the tree comes back
 * by contracting each token's words onto the highest of them.
 */
import type { Token } from '../core/nlp.js';

/** The parser's view of one sentence: EWT-style word forms and the token each came from. */
export interface Words {
  forms: string[];
  /** For each word, the index into Doc.tokens of the token it is part of. */
  owner: number[];
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

/** Parser words of the tokens [from, to) of `text`. */
export function wordsOf(text: string, tokens: readonly Token[], from: number, to: number): Words {
  const forms: string[] = [];
  const owner: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    for (const w of splitToken(text.slice(t.start, t.end))) {
      forms.push(w);
      owner.push(i);
    }
  }
  return { forms, owner };
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
 */
export function arcsBack(words: Words, parsed: { upos: readonly string[]; head: readonly number[]; deprel: readonly string[] }, from: number, to: number): TokenArc[] {
  const depth = depths(parsed.head);
  const best = new Array<number>(to - from).fill(-1);
  for (let w = 0; w < words.owner.length; w++) {
    const k = words.owner[w]! - from;
    if (best[k] === -1 || depth[w]! < depth[best[k]!]!) best[k] = w;
  }
  return best.map((w) => {
    const h = parsed.head[w]!;
    return { head: h === 0 ? -1 : words.owner[h - 1]!, deprel: parsed.deprel[w] ?? 'dep', upos: parsed.upos[w] ?? 'X' };
  });
}
