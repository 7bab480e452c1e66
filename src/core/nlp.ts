import type { Span } from './span.js';

/** One token. `norm` and `lemma` are lower-case derived forms used for matching. */
export interface Token extends Span {
  /** Universal POS tag as given by wink-nlp (NOUN, VERB, PROPN, AUX, ...). */
  pos: string;
  norm: string;
  lemma: string;
  /** wink-nlp's negation flag: the token is in the scope of a negation. */
  negated: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last, into Doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** Paragraph number (blank-line separated), for quotes and coreference. */
  paragraph: number;
}

/** Head of a token in a sentence the parser did not see (see Trees). */
export const NO_TREE = -2;

/**
 * The dependency trees of a doc, stand-off and indexed like Doc.tokens (UD
 * relations, parsed on EWT-style words and contracted back onto wink's
 * tokens; see src/nlp/align.ts). Only candidate sentences are parsed, so a
 * token of any other sentence has head NO_TREE and empty deprel and upos.
 * The parser's UPOS sits here beside wink's `Token.pos` rather than
 * replacing it: the coder's heuristics were tuned on wink's tags.
 */
export interface Trees {
  /** Index into Doc.tokens of each token's head; -1 for a sentence root; NO_TREE where unparsed. */
  head: number[];
  /** UD relation to the head ("nsubj", "obj", "obl", ...); '' where unparsed. */
  deprel: string[];
  /** The parser's UPOS for each token; '' where unparsed. */
  upos: string[];
  /** Indices (into Doc.sentences) of the sentences that were parsed, ascending. */
  parsed: number[];
  /**
   * Where the parse stage builds trees on request: parses sentence `si` into
   * this layer the first time it is asked for, if it is one the stage may
   * parse; true when the sentence then has its tree. A tree depends on its
   * sentence's tokens alone, so when a tree is built cannot change it. A
   * function, so it lives and dies with the article on its thread (worker.ts
   * posts the layer without it).
   */
  demand?: (si: number) => boolean;
}
