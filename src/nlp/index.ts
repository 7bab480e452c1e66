import type { Component } from '../core/doc.js';
import { issue } from '../core/errors.js';
import { DEFAULT_LIMITS } from '../config.js';
import { annotate, loadWink } from './wink.js';
import { splitLongRuns } from './runs.js';

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
 * wink-nlp, as stand-off spans into the article text. Runs of more than
 * `tokenChars` characters without a space are split before wink reads them
 * (see runs.ts), with warning E203.
 */
export function createNlpComponent(tokenChars = DEFAULT_LIMITS.tokenChars): Component {
  let nlp = loadWink();
  return {
    name: 'nlp',
    requires: ['text'],
    assigns: ['sentences', 'tokens', 'pos'],
    run(doc) {
      if (nlp.learnt() > MAX_LEARNT_WORDS) nlp = loadWink();
      const split = splitLongRuns(doc.article.text, tokenChars);
      if (split.runs.length) {
        const longest = Math.max(...split.runs.map((r) => r.end - r.start));
        doc.warnings.push(issue('E203', { article: doc.article.origin, count: split.runs.length, max: tokenChars, longest }, doc.article.origin));
      }
      const { tokens, sentences } = annotate(nlp, split.text);
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
}
