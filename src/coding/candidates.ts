import type { Doc } from '../core/doc.js';
import { hasCandidate } from './match.js';
import type { CodingDict } from './types.js';

/**
 * The sentences that can hold an event: they name at least one actor and
 * hold a trigger candidate (a token whose lemma or normal form indexes a
 * pattern of the coding dictionaries, the coder's own pre-filter). The
 * expensive stages (the parser) run on these alone. Ascending indices.
 */
export function candidateSentences(doc: Doc, dict: CodingDict): number[] {
  const named = new Set<number>();
  for (const m of doc.mentions) if (m.actors.length > 0) named.add(m.sentence);
  return doc.sentences
    .filter((s) => named.has(s.index) && hasCandidate(dict, doc.tokens, s.tokenStart, s.tokenEnd))
    .map((s) => s.index);
}
