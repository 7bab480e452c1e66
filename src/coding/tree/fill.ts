/**
 * Filling a trigger's argument slots from the dependency tree, where the
 * sentence has one: the tree's phrase heads (tree/args.ts) turned into
 * actors. Each actor's rule starts with `tree:` and the slot, so `show`
 * says the tree found it. `null` means the tree has no answer for the slot
 * (the chunk reading is asked instead).
 */
import { inClass } from '../chunk.js';
import type { SentView } from '../chunk.js';
import { npArgs } from '../actors.js';
import type { Arg } from '../actors.js';
import { GOV } from '../args.js';
import type { Slot } from '../types.js';
import { PREP_SLOTS } from '../types.js';
import { agentOf, objectsOf, ownersOf, phrasesOf, recipientsOf, speakerOf, subjectsOf } from './args.js';
import { caseOf, isPassive } from './view.js';
import type { TreeView } from './view.js';

const PREPS = new Set<string>(PREP_SLOTS);

/** The trigger's part: a verb group or a noun group (other chunk kinds are not asked). */
type Part = 'verb' | 'noun';

/**
 * Actors of slot `slot` of the trigger at local token t, from the tree; null
 * when the sentence has no tree or the slot is not one the tree answers.
 */
export function treeSlot(sv: SentView, t: number, slot: Slot): Arg[] | null {
  // The questions that need no tree come first: reading sv.tree parses the sentence, the costliest step of coding.
  const kind = sv.chunks[sv.chunkOf[t]!]!.kind;
  if (kind !== 'VP' && kind !== 'NP') return null;
  const part = kind === 'VP' ? 'verb' : 'noun';
  if (!treeAnswers(slot, part)) return null;
  // Every actor the tree finds is actorsAt some word: where no word names one, the tree would find none.
  if (!namesActor(sv)) return [];
  // A phrase is found by its case marker's lemma (phrasesOf, caseOf): with no such word there is none.
  if (PREPS.has(slot) && !hasLemma(sv, slot)) return [];
  const tv = sv.tree;
  if (!tv) return null;
  const heads = slotHeads(sv, tv, t, slot, part);
  if (heads === null) return null;
  const found = heads.filter((h) => slot !== 'obj' || !opensWithPreposition(sv, h)).flatMap((h) => phraseActors(sv, h, slot));
  if (found.length || part !== 'verb' || slot === 'subj') return found;
  // "has sold jets to India and will sell more": a repeated verb shares the first one's phrases.
  const first = tv.head[t]!;
  if (tv.rel[t] !== 'conj' || first < 0 || tv.lemma[first] !== tv.lemma[t]) return found;
  return (slotHeads(sv, tv, first, slot, part) ?? []).flatMap((h) => phraseActors(sv, h, slot)).map((a) => ({ ...a, rule: `tree:shared-verb|${a.rule}` }));
}

/**
 * Whether actorsAt can give anything at some word of the sentence: a word
 * inside a mention, or the head of a noun group npArgs reads as actors
 * (pronouns, "the two countries"). Sentences with neither are a fifth of
 * those the coder asks a tree of, and parsing is most of the coder's time.
 */
function namesActor(sv: SentView): boolean {
  if (sv.namesActor === undefined) {
    sv.namesActor = sv.mentionOf.some((m) => m >= 0) || sv.chunks.some((ch, c) => ch.kind === 'NP' && npArgs(sv, c, GOV).length > 0);
  }
  return sv.namesActor;
}

/** Whether a token of the sentence has lemma `w`, as the tree reads lemmas (the doc's tokens: retag may change the view's). */
function hasLemma(sv: SentView, w: string): boolean {
  for (let i = sv.base; i < sv.base + sv.n; i++) if (sv.doc.tokens[i]!.lemma === w) return true;
  return false;
}

/** "fight alongside Russian forces" read as an object: a noun phrase opened by a preposition is no object. */
function opensWithPreposition(sv: SentView, h: number): boolean {
  const first = Math.min(h, ...sv.tree!.kids[h]!);
  return first < h && sv.pos[first] === 'ADP';
}

/** Markers of the phrase that names the place a part noun belongs to ("waters off Chile", "the outskirts of Lima"). */
const PLACE_OF = new Set(['of', 'off', 'near']);

/** Actors of the phrase headed by h; for a part of a place with none ("in waters off Chile"), the place's. */
function phraseActors(sv: SentView, h: number, slot: Slot): Arg[] {
  const a = actorsAt(sv, h, `tree:${slot}`);
  const tv = sv.tree!;
  if (a.length || !PREPS.has(slot) || !inClass(sv, h, 'place-part')) return a;
  const own = tv.kids[h]!.filter((k) => tv.rel[k] === 'nmod' && PLACE_OF.has(caseOf(tv, k)));
  // The place phrase may hang beside the part noun instead, on the same head: the one right after it.
  const v = tv.head[h]!;
  const next = v >= 0 ? tv.kids[v]!.find((k) => k > h) : undefined;
  const beside = next !== undefined && (tv.rel[next] === 'obl' || tv.rel[next] === 'nmod') && PLACE_OF.has(caseOf(tv, next)) ? [next] : [];
  return [...own, ...(own.length ? [] : beside)].flatMap((k) => actorsAt(sv, k, `tree:${slot}:place-part`));
}

/** Slots the tree answers for a trigger's part (slotHeads gives null for every other one, whatever the tree). */
const VERB_SLOTS = new Set<Slot>(['speaker', 'subj', 'obj', 'by', ...PREP_SLOTS]);
const NOUN_SLOTS = new Set<Slot>(['speaker', 'subj', 'poss', ...PREP_SLOTS]);

/** Whether slotHeads can answer `slot` for `part` at all, known without the tree. */
function treeAnswers(slot: Slot, part: Part): boolean {
  return (part === 'verb' ? VERB_SLOTS : NOUN_SLOTS).has(slot);
}

/** Phrase heads for a slot, or null when the tree does not answer it (always for a slot treeAnswers refuses). */
function slotHeads(sv: SentView, tv: TreeView, t: number, slot: Slot, part: Part): number[] | null {
  if (part === 'verb') {
    const passive = isPassive(tv, t);
    switch (slot) {
      case 'speaker': return speakerOf(tv, t, (v) => inClass(sv, v, 'report-verb'));
      case 'subj': return passive ? agentOf(tv, t) : subjectsOf(tv, t);
      case 'obj': return passive ? objectsOf(tv, t) : [...recipientsOf(tv, t), ...objectsOf(tv, t)];
      case 'by': return passive ? agentOf(tv, t) : phrasesOf(tv, t, 'by');
      default: return PREPS.has(slot) ? phrasesOf(tv, t, slot) : null;
    }
  }
  switch (slot) {
    case 'speaker': return speakerOf(tv, t, (v) => inClass(sv, v, 'report-verb'));
    case 'subj': return hostSubject(tv, t);
    case 'poss': return ownersOf(tv, t);
    default: return PREPS.has(slot) ? phrasesOf(tv, t, slot) : null;
  }
}

/** Who does an event noun that is a verb's object or passive subject ("Iran announced drills", "sanctions were imposed by the EU"). */
function hostSubject(tv: TreeView, n: number): number[] | null {
  const v = tv.head[n]!;
  if (v < 0) return null;
  const r = tv.rel[n]!;
  if (r === 'obj') return subjectsOf(tv, v);
  if (r === 'nsubj:pass') return agentOf(tv, v);
  return null;
}

/**
 * The actors a phrase headed by local token h names: the mention on h
 * ("Chile", "the United States"), else what its noun group names
 * (pronouns, "Russian officials", "the two countries"), when h heads it.
 */
export function actorsAt(sv: SentView, h: number, rule: string): Arg[] {
  const mi = sv.mentionOf[h]!;
  if (mi >= 0) {
    const m = sv.doc.mentions[mi]!;
    return m.actors.map((a) => ({ state: a.state, actor: a.code, span: { start: m.start, end: m.end }, rule: `${rule}|np:head|${m.rule}` }));
  }
  const c = sv.chunkOf[h]!;
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'NP' || ch.head !== h) return [];
  return npArgs(sv, c, GOV).map((a) => ({ ...a, rule: `${rule}|${a.rule}` }));
}
