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
