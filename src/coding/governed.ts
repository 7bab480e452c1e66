/**
 * Conditions a governing verb or clause sets on a trigger: a hypothetical
 * gerund subject ("supplying Taurus to Kyiv would ..."), a gerund kept from
 * happening ("warned Berlin against supplying"), the verb an infinitive
 * complements ("refused to meet", "threatened to strike"), and the
 * rejection code (12x) of a refused cooperative act.
 */
import { inClass } from './chunk.js';
import type { SentView } from './chunk.js';
import { gerundSubject } from './gerund.js';

/** Modals that make a gerund subject's act hypothetical ("supplying Taurus to Kyiv would make Germany a party"). */
const MODAL = new Set(['would', 'could', 'might', 'may', 'will', 'should', "'d"]);

/** A gerund clause that is the subject of a modal predicate is a hypothesis, not an act. */
export function hypothetical(sv: SentView, c: number): boolean {
  const v = gerundSubject(sv, c, true);
  if (v < 0) return false;
  const ch = sv.chunks[v]!;
  for (let i = ch.start; i < ch.end; i++) if (MODAL.has(sv.norm[i]!)) return true;
  return false;
}

/** Head token of the verb an infinitive at chunk c complements ("refused | to meet", "threatened Kyiv | to strike"), or -1. */
export function infGovernor(sv: SentView, c: number): number {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'inf' || c < 2) return -1;
  const v = sv.chunks[c - 2]!.kind === 'NP' && c >= 3 ? sv.chunks[c - 3]! : sv.chunks[c - 2]!;
  return v.kind === 'VP' ? v.head : -1;
}

/** "warned Berlin against supplying", "refrained from sending": a gerund the governing verb keeps from happening. */
export function blockedGerund(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'ger' || c < 2) return false;
  const p = sv.chunks[c - 1]!;
  if (p.kind !== 'ADP' || !['against', 'from'].includes(sv.norm[p.start]!)) return false;
  for (let k = c - 2; k >= 0 && k >= c - 4; k--) {
    const v = sv.chunks[k]!;
    if (v.kind === 'VP') return inClass(sv, v.head, 'prevent-verb');
    if (v.kind !== 'NP' && v.kind !== 'ADV') return false;
  }
  return false;
}

/** The rejection code (12x) for refusing a cooperative act of code c, or null when c is not cooperative. */
export function refusalCode(c: string): string | null {
  const root = c.slice(0, 2);
  if (root === '04') return '125';
  if (c === '039' || c === '045') return '126';
  if (c === '057') return '127';
  if (root === '06' || root === '07') return c === '061' || c === '071' ? '1211' : c === '062' || c === '072' ? '1212' : '121';
  if (root === '08') return ({ '0841': '1243', '084': '1243', '085': '1244', '086': '1245', '087': '1246', '081': '1241' } as Record<string, string>)[c] ?? '124';
  if (root === '03' || root === '05') return '120';
  return null;
}

/**
 * "since Russia invaded Ukraine", "ever since the two states signed the
 * pact": a past-tense act in a temporal since-clause is background to the
 * report, not news. A present tense ("since Iran supplies drones") is causal
 * and stays an act.
 */
export function background(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'finite') return false;
  const v = sv.norm[ch.head]!;
  if (v === sv.lemma[ch.head] || v.endsWith('s') || v.endsWith('ing')) return false;
  for (let k = c - 1; k >= 0 && k >= c - 4; k--) {
    const p = sv.chunks[k]!;
    if ((p.kind === 'SC' || p.kind === 'ADP') && sv.norm[p.start] === 'since') return true;
    if (p.kind !== 'NP' && p.kind !== 'ADV' && p.kind !== 'ADJ') return false;
  }
  return false;
}

/**
 * "Germany should send tanks", "the West must supply jets", "Britain needs
 * to deliver shells": an act urged is not done, so it codes nothing (an
 * exhortation; the urging itself is coded where a verb of appeal says so).
 */
export function exhorted(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP') return false;
  for (let i = ch.start; i < ch.end; i++) if (inClass(sv, i, 'exhortation')) return true;
  const g = infGovernor(sv, c);
  return g >= 0 && sv.chunks[c - 2]!.kind === 'VP' && sv.lex.classes.get('exhortation-verb')?.has(sv.norm[g]!) === true && exhortedAt(sv, c - 2);
}

/** The governing verb group itself is exhorting or plain present ("needs", "has"), not "had" or "will have". */
function exhortedAt(sv: SentView, k: number): boolean {
  const ch = sv.chunks[k]!;
  for (let i = ch.start; i < ch.end; i++) if (['will', 'would', 'had', 'did', "'ll"].includes(sv.norm[i]!)) return false;
  return true;
}
