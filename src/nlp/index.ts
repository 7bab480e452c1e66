import type { Component } from '../core/doc.js';
import { annotate, loadWink } from './wink.js';

export { annotate, loadWink, loadWinkTokenizer } from './wink.js';
export type { WinkNlp } from './wink.js';

/**
 * The NLP component: sentences, tokens, POS and negation flags from
 * wink-nlp, as stand-off spans into the article text.
 */
export function createNlpComponent(): Component {
  const nlp = loadWink();
  return {
    name: 'nlp',
    requires: ['text'],
    assigns: ['sentences', 'tokens', 'pos'],
    run(doc) {
      const { tokens, sentences } = annotate(nlp, doc.article.text);
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
}
