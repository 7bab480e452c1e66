import type { Sentence, Token } from '../core/nlp.js';
import type { Frame, Speaker } from './types.js';
import type { SpeakerCtx } from './speakers.js';
import { subjectIn } from './speakers.js';
import { frame, tokSpan } from './frame.js';

/** Nouns that carry an allegation's content: "accusations (that) it shipped", "Western claims that". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claims', 'charges', 'assertions']);

/**
 * "Western claims that ...", "sanctions over accusations it has shipped ...":
 * the noun's owner (the mention right before it, or after "over"/"on" the
 * sentence's first actor, who acts on the accusation) claims what follows,
 * up to a comma or the first relative clause (background in the outlet voice).
 */
export function nounFrame(ctx: SpeakerCtx, s: Sentence, t: number): Frame | null {
  const toks = ctx.doc.tokens;
  const next = toks[t + 1];
  const clause = next && (next.norm === 'that' || next.pos === 'PRON' || ctx.tokMention[t + 1]! >= 0) && next.sentence === s.index;
  if (!clause) return null;
  let owner = t - 1;
  while (owner > s.tokenStart && (toks[owner]!.norm === "'s" || toks[owner]!.norm === '’s')) owner--;
  let who: Speaker[] = [];
  if (owner >= s.tokenStart && ctx.tokMention[owner]! >= 0) who = subjectIn(ctx, owner, owner + 1, 'first');
  else if (['over', 'on'].includes(toks[t - 1]?.norm ?? '')) who = subjectIn(ctx, s.tokenStart, t, 'first').slice(0, 1);
  if (!who.length) return null;
  let end = s.end;
  for (let i = t + 2; i < s.tokenEnd; i++) {
    // The noun's clause ends at a comma (the main clause resumes) or at a relative clause.
    if (toks[i]!.norm === ',' || (['that', 'which', 'who'].includes(toks[i]!.norm) && toks[i - 1]!.pos === 'NOUN')) {
      end = toks[i]!.start;
      break;
    }
  }
  const f = frame('say', who, { start: toks[t]!.end, end }, null, tok(toks, t).lemma, s.index, 'claims:claim-noun',
    tokSpan(toks, Math.max(s.tokenStart, owner), t));
  return f;
}

function tok(toks: Token[], t: number): Token {
  return toks[t]!;
}
