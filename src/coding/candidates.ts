import type { Doc } from '../core/doc.js';
import { hasCandidate } from './match.js';
import type { CodingDict } from './types.js';

/**
 * The sentences that can hold an event, exactly those the coder visits: they
 * hold a trigger candidate (a token whose lemma or normal form indexes a
 * pattern of the coding dictionaries, the coder's own pre-filter) and a
 * mention, or come after one (a sentence with no name may still refer back
 * to actors: "The two countries pledged ...", "It also sent ..."). The
 * expensive stages (the parser) run on these alone, so every sentence the
 * coder reads has its tree. Ascending indices.
 */
export function candidateSentences(doc: Doc, dict: CodingDict): number[] {
  const first = doc.mentions.reduce((m, x) => Math.min(m, x.sentence), Infinity);
  const named = new Set(doc.mentions.map((m) => m.sentence));
  return doc.sentences
    .filter((s) => (named.has(s.index) || s.index > first) && hasCandidate(dict, doc.tokens, s.tokenStart, s.tokenEnd))
    .map((s) => s.index);
}
