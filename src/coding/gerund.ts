/**
 * Gerund clauses: which noun group an accusation's "of"-gerund hangs on
 * ("accused Iran on Tuesday of supplying"), a gerund clause that is itself a
 * subject ("that supplying arms to Kyiv would ..."), and the possessed noun an
 * "including"-gerund elaborates ("his role in ..., including sending").
 */
import { inClass } from './chunk.js';
import type { SentView } from './chunk.js';
import { hasActor, isComma, isQuote, rightArgs } from './clause.js';

/** Possessive words: a noun group holding one has a possessor ("Iran's", "its"). */
const POSS_WORDS = new Set(["'s", '’s', 'its', 'their', 'his', 'her', 'our']);

/**
 * The object noun group an "of"/"for" phrase hangs on, ending at chunk k:
 * time phrases and short prepositional asides between them are skipped
 * ("accused Iran on Tuesday of", "accused Iran in a statement of"). -1 if none.
 */
export function accusedBefore(sv: SentView, k: number): number {
  for (let guard = 0; k >= 1 && guard < 3; guard++) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'ADV') { k--; continue; }
    if (ch.kind !== 'NP') return -1;
    const prev = sv.chunks[k - 1]!;
    // A bare time phrase ("last week") or a prepositional aside ("on Tuesday", "in a statement").
    if (!hasActor(sv, k) && (inClass(sv, ch.head, 'time-noun') || (prev.kind === 'ADP' && k >= 2 && sv.chunks[k - 2]!.kind === 'NP'))) {
      k -= prev.kind === 'ADP' ? 2 : 1;
      continue;
    }
    return k;
  }
  return -1;
}

/**
 * A gerund opening a clause (after "that", a reporting verb, a quote or the
 * sentence start) whose arguments end at a finite verb is that verb's subject
 * ("that supplying arms to Kyiv would ..."): the finite verb group's index, or -1.
 * With `controlled`, a named noun group may stand before the gerund ("that the West supplying ...").
 */
export function gerundSubject(sv: SentView, c: number, controlled = false): number {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'ger') return -1;
  let p = c - 1;
  if (controlled && p >= 0 && sv.chunks[p]!.kind === 'NP' && hasActor(sv, p)) p--;
  while (p >= 0 && (isQuote(sv, p) || sv.chunks[p]!.kind === 'ADV')) p--;
  const opens = p < 0 || sv.chunks[p]!.kind === 'SC' || (sv.chunks[p]!.kind === 'VP' && inClass(sv, sv.chunks[p]!.head, 'report-verb'));
  if (!opens) return -1;
  const end = rightArgs(sv, c).end;
  const v = sv.chunks[end];
  if (!v || v.kind !== 'VP' || v.form !== 'finite') return -1;
  return end;
}

/** The nearest possessed noun group left of "including" at chunk p, within its noun phrase chain, or -1. */
export function includingPossessed(sv: SentView, p: number): number {
  for (let k = p - 1; k >= 0 && k >= p - 8; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'NP') {
      for (let t = ch.start; t < ch.head; t++) if (POSS_WORDS.has(sv.norm[t]!)) return k;
      continue;
    }
    if (ch.kind !== 'ADP' && !isComma(sv, k)) return -1;
  }
  return -1;
}
