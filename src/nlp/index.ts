import type { Component } from '../core/doc.js';
import { annotate, loadWink } from './wink.js';

export { annotate, loadWink, loadWinkTokenizer } from './wink.js';
export type { WinkNlp } from './wink.js';

/**
 * Unknown words an instance may hold before it is replaced: wink keeps every
 * one it meets, so a long `watch` would grow without end (and, past about a
 * million, wink's packed token fields overflow). Reading is isolated per
 * text (see isolate.ts), so a fresh instance reads the next text the same.
 */
const MAX_LEARNT_WORDS = 200_000;

/**
 * The NLP component: sentences, tokens, POS and negation flags from
 * wink-nlp, as stand-off spans into the article text.
 */
export function createNlpComponent(): Component {
  let nlp = loadWink();
  return {
    name: 'nlp',
    requires: ['text'],
    assigns: ['sentences', 'tokens', 'pos'],
    run(doc) {
      if (nlp.learnt() > MAX_LEARNT_WORDS) nlp = loadWink();
      const { tokens, sentences } = annotate(nlp, doc.article.text);
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
}
