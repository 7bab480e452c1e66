/**
 * Precision guards on the parties of an event (issue 10, part 4): arguments
 * the slot finder fills that name no state acting or acted on. Each guard has
 * an id and a reason; the coder calls `guardParties` once, after the slots are
 * filled and before pairing, so each guard sees every candidate party.
 */
import type { Arg } from '../actors.js';
import { inClass, tok } from '../chunk.js';
import type { SentView } from '../chunk.js';
import type { VerbPattern } from '../types.js';

/** Singular first-person pronouns: only a person says "I". */
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** Antecedent kinds (the `actors:` part of a rule) that are no person: a state, capital, body or firm. */
const NOT_A_PERSON = /\|actors:(state|capital|demonym|group|body|firm|place|outlet)$/;

/** Text of an argument's span. */
function spanText(sv: SentView, a: Arg): string {
  return sv.doc.article.text.slice(a.span.start, a.span.end).toLowerCase();
}

/**
 * guard:first-person-not-state. "I never worry", "I am concerned" inside a
 * quote is the speaker, a person; resolved to a state or body (the salient
 * subject, the last state named) it names whoever the quote is about, not the
 * speaker. Such a party is dropped.
 */
export function firstPersonAsState(sv: SentView, a: Arg): boolean {
  return a.rule.startsWith('coref:') && FIRST_SINGULAR.has(spanText(sv, a)) && NOT_A_PERSON.test(a.rule);
}

/**
 * guard:concern-about-attribute. "concerned about the German economy",
 * "worried about the Syrian conflict": a demonym on a state of affairs one
 * worries about (the lexicon class concern-topic) places the worry, it
 * accuses nobody. A demonym on an act or a thing done ("the transfer of North
 * Korean shells") still names the party criticised.
 */
export function concernAttribute(sv: SentView, p: VerbPattern, a: Arg): boolean {
  return p.id === 'express-concern' && a.rule === 'np:modifier|actors:demonym' && inClass(sv, headAt(sv, a.span.start), 'concern-topic');
}

/** Local index of the head token of the noun group holding the token that starts at `start`, or -1. */
function headAt(sv: SentView, start: number): number {
  for (let i = 0; i < sv.n; i++) if (tok(sv, i).start === start) return sv.chunks[sv.chunkOf[i]!]!.head;
  return -1;
}

/** The parties the guards leave, with the ids of the guards that dropped any. */
export interface Guarded {
  sources: Arg[];
  targets: Arg[];
  dropped: string[];
}

/** Applies every party guard to the sources and targets of pattern p. */
export function guardParties(sv: SentView, p: VerbPattern, sources: Arg[], targets: Arg[]): Guarded {
  const dropped = new Set<string>();
  const keep = (a: Arg): boolean => {
    if (firstPersonAsState(sv, a)) { dropped.add('guard:first-person-not-state'); return false; }
    if (concernAttribute(sv, p, a)) { dropped.add('guard:concern-about-attribute'); return false; }
    return true;
  };
  return { sources: sources.filter(keep), targets: targets.filter(keep), dropped: [...dropped] };
}
