/**
 * Precision guards on a trigger's use (issue 10, part 4): words that look
 * like an act but, where they stand, report none. The coder calls
 * `guardTrigger` once per pattern before it looks for parties.
 */
import type { SentView } from '../chunk.js';

/** Present-tense verb forms: "withdraws", "agree" (the lemma), not "withdrew". */
function present(sv: SentView, i: number): boolean {
  const v = sv.norm[i]!;
  return v === sv.lemma[i] || (v.endsWith('s') && !v.endsWith('ss'));
}

/**
 * guard:until-clause. "will not negotiate until Turkey withdraws its
 * troops": an act in a present-tense until-clause is a condition still to be
 * met, not an act (a past tense, "until Russia invaded", is history and stays).
 */
export function untilClause(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'finite' || !present(sv, ch.head)) return false;
  for (let k = c - 1; k >= 0 && k >= c - 4; k--) {
    const p = sv.chunks[k]!;
    if ((p.kind === 'SC' || p.kind === 'ADP') && sv.norm[p.start] === 'until') return true;
    if (p.kind !== 'NP' && p.kind !== 'ADV' && p.kind !== 'ADJ') return false;
  }
  return false;
}

/** The guard id that blocks the trigger of chunk c, or null. */
export function guardTrigger(sv: SentView, c: number): string | null {
  if (untilClause(sv, c)) return 'guard:until-clause';
  return null;
}
