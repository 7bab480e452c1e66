/**
 * Phrase matching over tokens: Map lookups on compact keys built from token
 * norms, longest first. No regular expression per entry.
 */
import type { Token } from '../../core/nlp.js';
import type { Phrase, WeaponDict } from './types.js';
import { compactKey } from './text.js';

/** A phrase found at tokens [start, end). */
export interface PhraseMatch {
  phrase: Phrase;
  start: number;
  end: number;
}

/** Tokens that may sit inside a phrase without letters or digits ("Su - 35", "SAMP / T"). */
const JOINERS = new Set(['-', '/', '–']);

/** Keys to try for the last token of a candidate: as written, its lemma, and without a plural "s". */
function lastVariants(t: Token): string[] {
  const norm = compactKey(t.norm);
  const out = [norm];
  const lemma = compactKey(t.lemma);
  if (lemma && lemma !== norm) out.push(lemma);
  if (norm.length > 3 && norm.endsWith('s')) out.push(norm.slice(0, -1));
  return out;
}

/**
 * The longest phrase of the lexicon that starts at token `i` and ends at or
 * before `limit`. Tokens must be adjacent in the text (at most one space or
 * hyphen apart) so a phrase never spans a comma.
 */
export function matchAt(dict: WeaponDict, tokens: readonly Token[], text: string, i: number, limit: number): PhraseMatch | null {
  const first = tokens[i];
  if (!first || i >= limit || !compactKey(first.norm)) return null;
  let prefix = '';
  let best: PhraseMatch | null = null;
  const max = Math.min(limit, i + dict.maxTokens);
  for (let j = i; j < max; j++) {
    const t = tokens[j]!;
    if (j > i && !adjacent(text, tokens[j - 1]!, t)) break;
    const c = compactKey(t.norm);
    if (!c && !JOINERS.has(t.norm)) break;
    for (const k of lastVariants(t)) {
      const p = dict.phrases.get(prefix + k);
      if (p && (p.pos === null || (j === i && t.pos === p.pos))) {
        best = { phrase: p, start: i, end: j + 1 };
        break;
      }
    }
    prefix += c;
  }
  return best;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 1 && (gap === '' || gap === ' ' || gap === '-');
}

/** True for a match that names what is transferred (a class or a system). */
export function isWeapon(m: PhraseMatch | null): boolean {
  return m !== null && (m.phrase.kind === 'weapon' || m.phrase.kind === 'system');
}
