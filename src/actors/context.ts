/**
 * Names whose state depends on the article: "the North" and "the South" in
 * an article that names one of the Koreas, "the island" in one that names
 * Taiwan. They are found only after the article has named the state (in
 * the same text), so "the North" of a story on Nigeria stays nobody.
 */
import type { ActorRef, Mention } from '../core/actor.js';
import type { Token } from '../core/nlp.js';

/** Rule of a mention read from the article's context. */
export const CONTEXT_RULE = 'actors:context';

interface ContextName {
  /** States one of which the article must have named before. */
  needs: readonly string[];
  state: string;
  /** The capitalised word after "the" (or lower-case for a common noun). */
  word: string;
  /** Up to this many modifiers between "the" and the word ("the self-ruled island"). */
  mods: number;
}

const NAMES: readonly ContextName[] = [
  // "the North fired a missile": Korea reporting's name for the DPRK; capitalised, so "the north of the country" is not it.
  { needs: ['PRK', 'KOR'], state: 'PRK', word: 'North', mods: 0 },
  { needs: ['PRK', 'KOR'], state: 'KOR', word: 'South', mods: 0 },
  // "the self-ruled island", "the island's defence ministry": Taiwan in a story that names it.
  { needs: ['TWN'], state: 'TWN', word: 'island', mods: 2 },
];

/** Words after which the capitalised word is part of a longer name ("the North Atlantic", "the South China Sea"). */
const NOT_ALONE = /^[A-Z]/;

/** Mentions `found` plus those the article's context gives; `found` is in text order. */
export function contextMentions(text: string, tokens: readonly Token[], found: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const n of NAMES) {
    const first = found.find((m) => m.actors.some((a) => n.needs.includes(a.state)));
    if (!first) continue;
    const ref = refFor(found, n.state);
    for (let i = first.tokenEnd; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (text.slice(t.start, t.end) !== n.word) continue;
      const next = tokens[i + 1];
      if (next && next.sentence === t.sentence && (NOT_ALONE.test(text.slice(next.start, next.end)) || next.norm === 'of')) continue;
      if (!afterThe(tokens, i, n.mods) || found.some((m) => m.tokenStart <= i && i < m.tokenEnd)) continue;
      added.push({ start: t.start, end: t.end, kind: 'state', actors: [ref], sentence: t.sentence, tokenStart: i, tokenEnd: i + 1, rule: CONTEXT_RULE });
    }
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** "the" at most `mods` words before token i, in the same sentence, with only modifiers between. */
function afterThe(tokens: readonly Token[], i: number, mods: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - mods * 3; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence) return false;
    if (t.norm === 'the') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'VERB' && t.norm !== '-' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** The state's own actor as named in the article, without a sector; else a bare ref. */
function refFor(found: Mention[], state: string): ActorRef {
  for (const m of found) for (const a of m.actors) if (a.state === state && m.kind === 'state') return { ...a, code: state, sector: null, role: null };
  return { code: state, state, sector: null, name: state, role: null, entryId: state };
}
