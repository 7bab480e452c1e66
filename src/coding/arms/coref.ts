/**
 * Specialising a generic "missiles" from context: a passage that has named
 * ballistic (or cruise) missiles or a system of that kind usually means the
 * same missiles when it goes on to say "the missiles" ("sent dozens of
 * ballistic missiles ... Russia has been using North Korean missiles").
 */
import type { Doc } from '../../core/doc.js';
import type { CodedEvent } from '../../core/event.js';
import type { WeaponDict } from './types.js';
import type { PhraseMatch } from './match.js';
import { matchAt } from './match.js';

/** Sentences before the event's own that are read for an antecedent. */
const BACK_SENTENCES = 2;
const SPECIFIC = new Set(['ballistic_missile', 'cruise_missile']);

/** The nearest specific missile phrase before token `before`, within the event's sentence and the two before it. */
function antecedent(doc: Doc, d: WeaponDict, e: CodedEvent, before: number): PhraseMatch | null {
  const first = doc.sentences[Math.max(0, e.sentence - BACK_SENTENCES)];
  if (!first) return null;
  let best: PhraseMatch | null = null;
  for (let i = first.tokenStart; i < before; i++) {
    const m = matchAt(d, doc.tokens, doc.article.text, i, before);
    if (!m) continue;
    if (m.phrase.weapon && SPECIFIC.has(m.phrase.weapon)) best = m;
    i = m.end - 1;
  }
  return best;
}

/**
 * Replaces weapon class "missile" (no system named) with the class of the
 * nearest earlier specific missile phrase; the system is not carried over,
 * since "missiles" may be several models. Returns whether it changed.
 */
export function specialiseMissile(doc: Doc, d: WeaponDict, e: CodedEvent, triggerStart: number): boolean {
  if (e.weapon !== 'missile' || e.system !== null) return false;
  const m = antecedent(doc, d, e, Math.min(triggerStart, e.weaponSpan ? tokenAt(doc, e.weaponSpan.start) : triggerStart));
  if (!m || !m.phrase.weapon) return false;
  e.weapon = m.phrase.weapon;
  e.rules.push(`arms:coref:${m.phrase.id}`);
  return true;
}

function tokenAt(doc: Doc, offset: number): number {
  const i = doc.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? doc.tokens.length : i;
}
