import type { Component, Doc } from '../core/doc.js';
import { NO_TREE } from '../core/nlp.js';
import type { Sentence, Token, Trees } from '../core/nlp.js';
import { arcsBack, wordsOf } from './align.js';

/** A tagger+parser over one sentence's words: UPOS, 1-based heads (0 = root), relations. */
export type SentenceParser = (forms: readonly string[]) => { upos: string[]; head: number[]; deprel: string[] };

/** Empty trees for `n` tokens: every head NO_TREE. */
export function emptyTrees(n: number): Trees {
  return { head: new Array<number>(n).fill(NO_TREE), deprel: new Array<string>(n).fill(''), upos: new Array<string>(n).fill(''), parsed: [] };
}

/** The layers parsing reads: the text, its tokens and its sentences. */
export type Tokenized = { text: string; tokens: readonly Token[]; sentences: readonly Sentence[] };

/** Parses the sentences `which` (indices) into a fresh trees layer, one tree per wink sentence. */
export function parseSentences(doc: Tokenized, parse: SentenceParser, which: readonly number[]): Trees {
  const trees = emptyTrees(doc.tokens.length);
  for (const si of which) parseInto(doc, parse, si, trees);
  return trees;
}

/** Parses sentence `si` into `trees`, keeping `parsed` ascending; false for a sentence with no words. */
function parseInto(doc: Tokenized, parse: SentenceParser, si: number, trees: Trees): boolean {
  const s = doc.sentences[si]!;
  const words = wordsOf(doc.text, doc.tokens, s.tokenStart, s.tokenEnd);
  if (!words.forms.length) return false;
  const arcs = arcsBack(words, parse(words.forms), s.tokenStart, s.tokenEnd);
  arcs.forEach((a, k) => {
    const i = s.tokenStart + k;
    trees.head[i] = a.head;
    trees.deprel[i] = a.deprel;
    trees.upos[i] = a.upos;
  });
  let at = trees.parsed.length;
  while (at > 0 && trees.parsed[at - 1]! > si) at--;
  trees.parsed.splice(at, 0, si);
  return true;
}

/**
 * An empty trees layer that parses a sentence of `allowed` when first asked
 * for it (`Trees.demand`): the coder reads a tree only as a second reading,
 * so most sentences it visits never need one.
 */
export function treesOnDemand(doc: Tokenized, parse: SentenceParser, allowed: readonly number[]): Trees {
  const trees = emptyTrees(doc.tokens.length);
  const may = new Set(allowed);
  // `parsed` is the memo: a sentence is parsed once; one with no words is retried, at the cost of finding none again.
  trees.demand = (si) => trees.parsed.includes(si) || (may.has(si) && parseInto(doc, parse, si, trees));
  return trees;
}

/**
 * The `parse` component: dependency trees for the sentences `select` picks
 * (the candidate sentences: see coding/candidates.ts), as the Doc's trees
 * layer; with `onDemand`, each of them is parsed only when a later stage
 * first asks for its tree (`Trees.demand`), which gives the same trees. It reads actor mentions only to pick sentences; wink's `pos` is left
 * as it is.
 */
export function createParseComponent(parse: SentenceParser, select: (doc: Doc) => number[], onDemand = false): Component {
  return {
    name: 'parse',
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['trees'],
    run(doc) {
      const text = { text: doc.article.text, tokens: doc.tokens, sentences: doc.sentences };
      doc.trees = onDemand ? treesOnDemand(text, parse, select(doc)) : parseSentences(text, parse, select(doc));
    },
  };
}
