/**
 * Precision guards on a trigger's use (issue 10, part 4): words that look
 * like an act but, where they stand, report none. The coder calls
 * `guardTrigger` once per pattern before it looks for parties.
 */
import { inClass } from '../chunk.js';
import type { SentView } from '../chunk.js';
import type { TreeView } from '../tree/view.js';

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
export function untilClause(sv: SentView, c: number, depth = 0): boolean {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'VP' || ch.form !== 'finite' || !present(sv, ch.head)) return false;
  for (let k = c - 1; k >= 0 && k >= c - 4; k--) {
    const p = sv.chunks[k]!;
    if ((p.kind === 'SC' || p.kind === 'ADP') && sv.norm[p.start] === 'until') return true;
    if (p.kind !== 'NP' && p.kind !== 'ADV' && p.kind !== 'ADJ') break;
  }
  return depth === 0 && coordinatedUntil(sv, c);
}

/**
 * "until Turkey recognises the border and withdraws its troops": a verb
 * coordinated ("and", "or") with a present-tense verb of an until-clause is
 * part of the same condition. Looks back over the first conjunct's objects
 * and phrases (at most eight chunks) for that verb.
 */
function coordinatedUntil(sv: SentView, c: number): boolean {
  const cc = sv.chunks[c - 1];
  if (!cc || cc.kind !== 'CC' || !['and', 'or'].includes(sv.norm[cc.start]!)) return false;
  for (let k = c - 2; k >= 0 && k >= c - 10; k--) {
    const p = sv.chunks[k]!;
    if (p.kind === 'VP') return untilClause(sv, k, 1);
    if (p.kind !== 'NP' && p.kind !== 'ADP' && p.kind !== 'ADV' && p.kind !== 'ADJ') return false;
  }
  return false;
}

/** Relations along which a frame word governs an act: its of-phrase, its clause, an object or complement. */
const FRAME_PATH = new Set(['nmod', 'acl', 'acl:relcl', 'obl', 'obj', 'nsubj:pass', 'advcl', 'xcomp', 'ccomp']);

/** Phrasal verbs whose particle makes them avert an act: "ruled out a clash", "held off from an assault". */
const AVERT_PARTICLE: Record<string, string> = { rule: 'out', hold: 'off', stave: 'off', head: 'off', ward: 'off' };

/** A noun of possibility: "risk", "speculation", "prospect". */
function frameNoun(sv: SentView, h: number): boolean {
  return sv.pos[h] === 'NOUN' && inClass(sv, h, 'hypothetical-frame');
}

/** What framing asks of token h before it reads the tree: a frame noun, an averting verb, or a verb of a particle pair. */
function mayFrame(sv: SentView, h: number): boolean {
  return frameNoun(sv, h) || (sv.pos[h] === 'VERB' && (inClass(sv, h, 'avert-verb') || AVERT_PARTICLE[sv.lemma[h]!] !== undefined));
}

/** Token h is a word that frames what it governs as not having happened. */
function framing(sv: SentView, tv: TreeView, h: number): boolean {
  if (!mayFrame(sv, h)) return false;
  if (frameNoun(sv, h) || inClass(sv, h, 'avert-verb')) return true;
  const prt = AVERT_PARTICLE[sv.lemma[h]!];
  return tv.kids[h]!.some((k) => tv.rel[k] === 'compound:prt' && tv.norm[k] === prt);
}

/**
 * guard:hypothetical-frame. "the risk of an Iranian attack on tankers",
 * "speculation that Moscow would retaliate with an attack", "ruled out a
 * direct clash", "a trade war was averted": an act that a noun of possibility
 * or a verb of averting governs (within three steps of the tree) is a
 * possibility, not an act, so it codes nothing. Needs the tree; without one
 * the trigger stands.
 */
export function hypotheticalFrame(sv: SentView, t: number): boolean {
  // No word of the sentence could frame (framing below): no need to parse it, the costliest step of coding.
  if (!sv.pos.some((_, h) => mayFrame(sv, h))) return false;
  const tv = sv.tree;
  if (!tv) return false;
  for (let k = t, step = 0; step < 3 && k >= 0; step++) {
    if (!FRAME_PATH.has(tv.rel[k]!)) return false;
    // "avoided a clash by meeting Ankara": a marked adverbial clause (by, after, while) is a means or a time that happened.
    if (tv.rel[k] === 'advcl' && tv.kids[k]!.some((m) => tv.rel[m] === 'mark')) return false;
    // "dismissed talk that Lima would strike": a that-clause right after a noun of possibility is that noun's
    // content even where the parser hangs it on the verb (ccomp) instead of the noun (acl).
    if (tv.rel[k] === 'ccomp' && tv.kids[k]!.some((m) => tv.rel[m] === 'mark' && tv.norm[m] === 'that' && m > 0 && frameNoun(sv, m - 1))) return true;
    const h = tv.head[k]!;
    if (h < 0) return false;
    if (framing(sv, tv, h)) return true;
    k = h;
  }
  return false;
}

/** Relations by which a verb of ending governs the act it ends: "halted trade", "stopped importing", "trade was suspended". */
const ENDED = new Set(['obj', 'xcomp', 'nsubj:pass']);

/**
 * guard:halted-cooperation. "Chile halted all trade with Peru", "stopped
 * importing fruit from Peru": cooperation (06x) that a verb of ending governs
 * is ended, not done, so 061-064 code nothing (an embargo is coded, where
 * stated, by its own patterns). Needs the tree.
 */
export function haltedCooperation(sv: SentView, t: number, code: string): boolean {
  // The questions that need no tree first: a cooperation code, and some verb of ending in the sentence.
  if (!code.startsWith('06') || !sv.pos.some((p, h) => p === 'VERB' && inClass(sv, h, 'halt-verb'))) return false;
  const tv = sv.tree;
  if (!tv || !ENDED.has(tv.rel[t]!)) return false;
  const h = tv.head[t]!;
  return h >= 0 && sv.pos[h] === 'VERB' && inClass(sv, h, 'halt-verb');
}

/**
 * guard:title-modifier. "Deputy Trade Representative Mark Ruiz", "the UN
 * sanctions committee", "a Chilean aid official": an event noun that
 * modifies the noun of an office, post or body names the office's field,
 * not an act, so it codes nothing.
 */
export function titleModifier(sv: SentView, t: number): boolean {
  if (sv.pos[t] !== 'NOUN' && sv.pos[t] !== 'PROPN') return false;
  const next = t + 1 < sv.n ? t + 1 : -1;
  return next >= 0 && (sv.pos[next] === 'NOUN' || sv.pos[next] === 'PROPN') && inClass(sv, next, 'title-head');
}

/** The guard id that blocks the trigger (token t of chunk c) of a pattern with this code, or null. */
export function guardTrigger(sv: SentView, c: number, t: number, code: string): string | null {
  if (untilClause(sv, c)) return 'guard:until-clause';
  if (hypotheticalFrame(sv, t)) return 'guard:hypothetical-frame';
  if (haltedCooperation(sv, t, code)) return 'guard:halted-cooperation';
  if (titleModifier(sv, t)) return 'guard:title-modifier';
  return null;
}
