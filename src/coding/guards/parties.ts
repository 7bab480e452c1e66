/**
 * Precision guards on the parties of an event (issue 10, part 4): arguments
 * the slot finder fills that name no state acting or acted on. Each guard has
 * an id and a reason; the coder calls `guardParties` once, after the slots are
 * filled and before pairing, so each guard sees every candidate party.
 */
import type { Arg } from '../actors.js';
import { groupHeadAt, inClass, tokenAt } from '../chunk.js';
import type { SentView } from '../chunk.js';
import type { VerbPattern } from '../types.js';

/** Pronouns that stand for one person: "I", "he", "she" are never a state. */
const PERSON_PRONOUN = new Set(['i', 'me', 'my', 'myself', 'mine', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/** Antecedent kinds (the `actors:` part of a rule) that are no person: a state, capital, body or firm. */
const NOT_A_PERSON = /\|actors:(state|capital|demonym|group|body|firm|place|outlet)$/;

/** Text of an argument's span. */
function spanText(sv: SentView, a: Arg): string {
  return sv.doc.article.text.slice(a.span.start, a.span.end).toLowerCase();
}

/**
 * guard:person-pronoun-not-state. "I never worry" inside a quote is the
 * speaker, "she travelled to Syria" a woman: a pronoun for one person that
 * coreference resolved to a state, capital or body (the salient subject, the
 * last state named) names whoever was mentioned last, not the person. Such a
 * party is dropped; resolved to an official it stands.
 */
export function personPronounAsState(sv: SentView, a: Arg): boolean {
  return a.rule.startsWith('coref:') && PERSON_PRONOUN.has(spanText(sv, a)) && NOT_A_PERSON.test(a.rule);
}

/**
 * guard:private-person. "Algerian jihadists travelled to Afghanistan", "Saudi
 * businessmen will visit": people who hold no office do not act for their
 * state (FORMAT, Sales: "other firms, people and armed groups are not
 * states"). A named source whose noun group is headed by a private-person
 * noun is dropped. Only sources: a state that arrests or expels "a Nigerian
 * student" acts on that student's state (CAMEO, 17x).
 */
export function privatePerson(sv: SentView, a: Arg): boolean {
  if (a.rule.startsWith('coref:')) return false;
  const h = groupHeadAt(sv, a.span.start);
  return h >= 0 && inClass(sv, h, 'private-person');
}

/**
 * guard:concern-about-attribute. "concerned about the German economy",
 * "worried about the Syrian conflict": a demonym on a state of affairs one
 * worries about (the lexicon class concern-topic) places the worry, it
 * accuses nobody; so does a possessive or name before it ("the Kremlin's
 * reaction", "Chile's exports"). A demonym on an act or a thing done ("the
 * transfer of North Korean shells") still names the party criticised.
 */
export function concernAttribute(sv: SentView, p: VerbPattern, a: Arg): boolean {
  return CONCERN.has(p.id) && a.rule.startsWith('np:modifier|') && inClass(sv, groupHeadAt(sv, a.span.start), 'concern-topic');
}

/** Patterns of worry: "expressed concern about", "raised concerns over". */
const CONCERN = new Set(['express-concern', 'raise-concerns']);

/** Words that put a person out of the office their title names ("former intelligence chief", "ex-minister"). */
const FORMER = /\b(former|ex-|erstwhile|onetime|one-time|retired)\b/i;

/**
 * guard:former-official. "the UK's former intelligence chief", "a former
 * Russian diplomat": out of office, a person speaks for no state (issue 10,
 * an official's role holds only within its dates).
 */
export function formerOfficial(sv: SentView, a: Arg): boolean {
  if (a.rule.startsWith('coref:')) return false;
  if (FORMER.test(spanText(sv, a))) return true;
  // "a former Spanish foreign minister": the word may stand before the mention, in its noun group.
  const i = tokenAt(sv, a.span.start);
  if (i < 0) return false;
  for (let k = sv.chunks[sv.chunkOf[i]!]!.start; k < i; k++) if (FORMER.test(sv.norm[k]!)) return true;
  return false;
}

/** Patterns of travel whose traveller a pronoun may name only when it stands for an official or a body with a head ("the delegation"). */
const TRAVEL = new Set(['travel-to']);

/**
 * guard:travel-pronoun-state. "They flew to the UK", "we hope to go to
 * Turkey": travellers named by a pronoun that coreference resolved to a bare
 * state are refugees, fighters, families far more often than the state; a
 * state's travel is a visit by its officials, named as such.
 */
export function travellingPronoun(p: VerbPattern, a: Arg): boolean {
  return TRAVEL.has(p.id) && a.rule.startsWith('coref:') && NOT_A_PERSON.test(a.rule);
}

/**
 * guard:firm-source. "Canada's largest textile producer has been negotiating",
 * "Japanese banks agreed": a firm is not its state (FORMAT: "other firms,
 * people and armed groups are not states"). Arms makers count as their state
 * for transfers and their contracts ("a French arms manufacturer signed a
 * contract"), so a firm with a military word stays, as do transfers (07); a
 * firm acted on (sanctions on "Chinese companies") still names its state.
 */
export function firmSource(sv: SentView, code: string, a: Arg): boolean {
  if (code.startsWith('07') || a.rule.startsWith('coref:')) return false;
  const h = groupHeadAt(sv, a.span.start);
  if (h < 0 || !inClass(sv, h, 'firm-head')) return false;
  const ch = sv.chunks[sv.chunkOf[h]!]!;
  for (let k = ch.start; k < ch.end; k++) if (inClass(sv, k, 'arms') || inClass(sv, k, 'military-context')) return false;
  return true;
}

/** Forms of "be" after which "it" is a dummy subject when a determiner or adjective follows ("it was the minister's turn"). */
const BE = new Set(['is', 'was', "'s", 'were', 'are']);

/**
 * guard:it-unresolved. "it" guessed as the last state named when nothing
 * better was found: a dummy subject ("it was the former prime minister's
 * turn"), or the firm a report is about ("Gull Air said it reached an
 * agreement"; a sentence opening "It said the effect of ..."). Resolved as
 * the speaker or the clause's subject, "it" stands.
 */
export function unresolvedIt(sv: SentView, a: Arg): boolean {
  if (!a.rule.startsWith('coref:last-state') || spanText(sv, a) !== 'it') return false;
  const i = tokenAt(sv, a.span.start);
  if (i < 0) return false;
  if (BE.has(sv.norm[i + 1] ?? '') && ['DET', 'ADJ'].includes(sv.pos[i + 2] ?? '')) return true;
  const report = (k: number) => k >= 0 && k < sv.n && ['said', 'says', 'added', 'stated'].includes(sv.norm[k]!);
  return report(i - 1) || (i === 0 && report(i + 1));
}

/**
 * Roots of verbal and diplomatic acts aimed at a party, never at a place:
 * requests, consultation, support, cooperation, demands, criticism,
 * rejection, threats. Visits and hosting (042-044) take the place as host;
 * comments (01: condolences for the dead "in Ukraine", responsibility for an
 * attack "in Kenya") and protests (14: "a protest in Beijing") are aimed at
 * where they happen (FORMAT's gold codes them so); force (18-20) may be aimed
 * at a place.
 */
const VERBAL_ROOT = /^(0[2-6]|1[0-3])/;
const PLACE_HOST = new Set(['042', '043', '044']);
/** Locative prepositions: "a press conference in Turkey", "talks at Geneva". */
const LOCATIVE = new Set(['in', 'at']);
/** Nouns whose "in" names what they bear on, not where ("confidence in Japan", "interference in Syria"). */
const IN_OBJECT = new Set(['confidence', 'trust', 'faith', 'belief', 'interest', 'role', 'involvement', 'investment', 'interference', 'meddling', 'intervention', 'presence', 'stake', 'partner', 'ally', 'allies', 'partners']);

/**
 * guard:place-as-target. "criticised the press conference in Turkey",
 * "condemned an attack in Lyon, France", "concern over a scandal in the Lima embassy":
 * a state named after a locative "in"/"at" (over articles, adjectives and a
 * city before it) says where, not at whom, a verbal or diplomatic act is
 * aimed, so it is no target (see VERBAL_ROOT for the acts), unless the
 * pattern asks for its target after that preposition ("invest in Egypt").
 */
export function placeTarget(sv: SentView, p: VerbPattern, a: Arg): boolean {
  if (!VERBAL_ROOT.test(p.code) || PLACE_HOST.has(p.code) || a.rule.startsWith('coref:')) return false;
  const i = tokenAt(sv, a.span.start);
  for (let k = i - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const w = sv.norm[k]!;
    // A pattern that asks for its target after this very preposition ("invest in Egypt") wants the place.
    if (LOCATIVE.has(w)) return !(p.target as readonly string[]).includes(w) && !(k > 0 && IN_OBJECT.has(sv.lemma[k - 1]!));
    if (!['DET', 'ADJ', 'PROPN', 'PUNCT'].includes(sv.pos[k]!) || (sv.pos[k] === 'PUNCT' && w !== ',')) return false;
  }
  return false;
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
    if (personPronounAsState(sv, a)) { dropped.add('guard:person-pronoun-not-state'); return false; }
    if (formerOfficial(sv, a)) { dropped.add('guard:former-official'); return false; }
    if (unresolvedIt(sv, a)) { dropped.add('guard:it-unresolved'); return false; }
    if (concernAttribute(sv, p, a)) { dropped.add('guard:concern-about-attribute'); return false; }
    return true;
  };
  const keepSource = (a: Arg): boolean => {
    if (privatePerson(sv, a)) { dropped.add('guard:private-person'); return false; }
    if (travellingPronoun(p, a)) { dropped.add('guard:travel-pronoun-state'); return false; }
    if (firmSource(sv, p.code, a)) { dropped.add('guard:firm-source'); return false; }
    return keep(a);
  };
  const keepTarget = (a: Arg): boolean => {
    if (placeTarget(sv, p, a)) { dropped.add('guard:place-as-target'); return false; }
    return keep(a);
  };
  return { sources: sources.filter(keepSource), targets: targets.filter(keepTarget), dropped: [...dropped] };
}
