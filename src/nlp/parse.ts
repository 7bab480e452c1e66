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
  for (const si of which) {
    const s = doc.sentences[si]!;
    const words = wordsOf(doc.text, doc.tokens, s.tokenStart, s.tokenEnd);
    if (!words.forms.length) continue;
    const arcs = arcsBack(words, parse(words.forms), s.tokenStart, s.tokenEnd);
    arcs.forEach((a, k) => {
      const i = s.tokenStart + k;
      trees.head[i] = a.head;
      trees.deprel[i] = a.deprel;
      trees.upos[i] = a.upos;
    });
    trees.parsed.push(si);
  }
  return trees;
}

/**
 * The `parse` component: dependency trees for the sentences `select` picks
 * (the candidate sentences: see coding/candidates.ts), as the Doc's trees
 * layer. It reads actor mentions only to pick sentences; wink's `pos` is left
 * as it is.
 */
export function createParseComponent(parse: SentenceParser, select: (doc: Doc) => number[]): Component {
  return {
    name: 'parse',
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['trees'],
    run(doc) {
      doc.trees = parseSentences({ text: doc.article.text, tokens: doc.tokens, sentences: doc.sentences }, parse, select(doc));
    },
  };
}
