/**
 * One parsed sentence seen as a tree: heads, relations and children in
 * sentence-local token indices (the same indices as the coder's SentView),
 * with the small questions argument finding asks of it (a phrase's case
 * marker, its conjuncts, whether a verb is passive).
 */
import type { Doc } from '../../core/doc.js';
import type { Sentence } from '../../core/nlp.js';

/** A parsed sentence; indices are local to it (doc index minus `base`). */
export interface TreeView {
  /** Doc index of the sentence's first token. */
  base: number;
  n: number;
  /** Local head of each token; -1 for the root. */
  head: Int32Array;
  /** UD relation of each token to its head. */
  rel: readonly string[];
  /** Lower-case form of each token (for case markers and auxiliaries). */
  norm: readonly string[];
  lemma: readonly string[];
  /** Children of each token, in text order. */
  kids: number[][];
}

/** The tree of sentence `sent`, or null when the parser did not see it (the coder then reads chunks). */
export function treeView(doc: Doc, sent: Sentence): TreeView | null {
  const tr = doc.trees;
  if (!tr || (!tr.parsed.includes(sent.index) && !tr.demand?.(sent.index))) return null;
  const base = sent.tokenStart;
  const n = sent.tokenEnd - base;
  const head = new Int32Array(n);
  const kids: number[][] = Array.from({ length: n }, () => []);
  const rel: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const h = tr.head[base + i]!;
    // A head outside the sentence cannot happen for a parsed sentence; read it as a root all the same.
    head[i] = h >= base && h < base + n ? h - base : -1;
    rel[i] = tr.deprel[base + i]!;
  }
  for (let i = 0; i < n; i++) if (head[i]! >= 0) kids[head[i]!]!.push(i);
  const toks = doc.tokens.slice(base, base + n);
  return { base, n, head, rel, kids, norm: toks.map((t) => t.norm), lemma: toks.map((t) => t.lemma) };
}

/** The relation of token i without its subtype ("obl:agent" → "obl"). */
export function baseRel(tv: TreeView, i: number): string {
  const r = tv.rel[i]!;
  const k = r.indexOf(':');
  return k < 0 ? r : r.slice(0, k);
}

/** Children of i whose relation is one of `rels` (a bare name also matches its subtypes). */
export function kidsBy(tv: TreeView, i: number, ...rels: string[]): number[] {
  return tv.kids[i]!.filter((k) => rels.includes(tv.rel[k]!) || rels.includes(baseRel(tv, k)));
}

/**
 * The case marker of a nominal (its `case` child: "to", "from", "on"), or ''.
 * A two-word marker ("because of", "in front of") gives its first word; "'s" is no marker here.
 */
export function caseOf(tv: TreeView, i: number): string {
  for (const k of tv.kids[i]!) if (tv.rel[k] === 'case' && k < i && !POSSESSIVE.has(tv.norm[k]!)) return tv.lemma[k]!;
  return '';
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * Token i and the tokens coordinated with it ("A, B and C": the heads of B
 * and C hang on A as `conj`), in text order. A conjunct that is a clause
 * (it has a subject of its own) is no member of a list of parties.
 */
export function conjuncts(tv: TreeView, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) {
    for (const c of kidsBy(tv, out[k]!, 'conj')) if (!kidsBy(tv, c, 'nsubj', 'csubj').length) out.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** The first token of a list i belongs to: climbs `conj` arcs ("B" in "A and B" → "A"). */
export function firstConjunct(tv: TreeView, i: number): number {
  let j = i;
  for (let guard = 0; tv.rel[j] === 'conj' && tv.head[j]! >= 0 && guard < tv.n; guard++) j = tv.head[j]!;
  return j;
}

/** A verb with a passive subject or a passive auxiliary ("were sent", "was sanctioned by"). */
export function isPassive(tv: TreeView, v: number): boolean {
  return tv.kids[v]!.some((k) => tv.rel[k] === 'nsubj:pass' || tv.rel[k] === 'aux:pass' || tv.rel[k] === 'csubj:pass');
}

/** Local index of the token whose text is `word` (first from `from`), or -1; for tests and tools. */
export function indexOf(tv: TreeView, word: string, from = 0): number {
  for (let i = from; i < tv.n; i++) if (tv.norm[i] === word.toLowerCase()) return i;
  return -1;
}
