/**
 * Clause-level structure over chunks: coordination of noun groups, the
 * arguments right of a trigger (object and prepositional phrases, up to a
 * clause boundary), and the clause opener and governing verb of a chunk.
 */
import type { SentView } from './chunk.js';

/** Prepositional and object arguments found right of a trigger, in its clause. */
export interface RightArgs {
  /** Noun-group chunks right after a verb trigger (its object), coordination expanded. */
  obj: number[];
  /** Preposition lemma → noun-group chunks it governs. */
  pps: Map<string, number[]>;
  /** Last chunk index looked at (exclusive). */
  end: number;
}

/** Chunk k is a contrasting conjunction ("but", "yet"). */
function isContrast(sv: SentView, k: number): boolean {
  const w = sv.norm[sv.chunks[k]!.start];
  return w === 'but' || w === 'yet';
}

/**
 * Noun-group chunks coordinated with c to its right ("Russia, North Korea,
 * China, and Iran"). Members joined by a comma only count when an "and"/"or"
 * closes the list ("to Kyiv, Iran does ..." is no list).
 */
export function coordRight(sv: SentView, c: number): number[] {
  const out = [c];
  let lastCC = 0;
  let j = c + 1;
  while (j + 1 < sv.chunks.length) {
    let k = j;
    if (isComma(sv, k)) k++;
    const cc = k < sv.chunks.length && sv.chunks[k]!.kind === 'CC';
    // "to Moscow, but Seoul ...": a contrast joins clauses, not names.
    if (cc && isContrast(sv, k)) break;
    if (cc) k++;
    if (k === j || k >= sv.chunks.length || sv.chunks[k]!.kind !== 'NP') break;
    if (!hasActor(sv, k) || !hasActor(sv, out[out.length - 1]!)) break;
    out.push(k);
    if (cc) lastCC = out.length - 1;
    j = k + 1;
  }
  return out.slice(0, lastCC + 1);
}

/** Noun-group chunks coordinated with c to its left ("Moscow and Tehran"), same comma rule. */
export function coordLeft(sv: SentView, c: number): number[] {
  const out = [c];
  let seenCC = false;
  let j = c - 1;
  while (j >= 1) {
    let k = j;
    const cc = sv.chunks[k]!.kind === 'CC';
    if (cc) k--;
    if (!cc && !seenCC) break;
    seenCC = seenCC || cc;
    if (k >= 0 && isComma(sv, k)) k--;
    if (k === j || k < 0 || sv.chunks[k]!.kind !== 'NP' || !hasActor(sv, k) || !hasActor(sv, out[0]!)) break;
    // A prepositional object is no subject, except "the ministers of A and B".
    if (k > 0 && sv.chunks[k - 1]!.kind === 'ADP' && sv.norm[sv.chunks[k - 1]!.start] !== 'of') break;
    // ", and" joins two clauses, not two names, unless a longer list precedes ("A, B, and C").
    if (cc && k + 2 === j && !(k >= 2 && isComma(sv, k - 1))) break;
    out.unshift(k);
    j = k - 1;
  }
  return out;
}

/** True when chunk c holds an actor mention. */
export function hasActor(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  for (let t = ch.start; t < ch.end; t++) if (sv.mentionOf[t]! >= 0) return true;
  return false;
}

/** True when chunk c is a comma. */
export function isComma(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  return ch.kind === 'PUNCT' && sv.norm[ch.start] === ',';
}

/** True when chunk c is a quotation mark. */
export function isQuote(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  return ch.kind === 'PUNCT' && /^[“”"‘’«»]$/.test(sv.norm[ch.start]!) === true;
}

/**
 * Arguments right of chunk `from` in its clause: the object (when `from` is
 * a verb group) and prepositional phrases, up to a clause boundary.
 */
export function rightArgs(sv: SentView, from: number): RightArgs {
  const pps = new Map<string, number[]>();
  const obj: number[] = [];
  const verbal = sv.chunks[from]!.kind === 'VP';
  let j = from + 1;
  // "condemned what it called Russia's aggression": the named thing is the object.
  if (verbal && namingAt(sv, j)) {
    j += 3;
    if (sv.chunks[j] && sv.norm[sv.chunks[j]!.start] === 'as') j++;
  }
  let first = true;
  // After a reduced relative ("parts disguised as equipment to Russia"), only a destination or origin is still the trigger's.
  let reduced = false;
  const limit = Math.min(sv.chunks.length, from + 24);
  while (j < limit) {
    const k = sv.chunks[j]!;
    // ", but Seoul disagrees": a contrast after a comma opens another clause.
    if (k.kind === 'CC' && isContrast(sv, j) && j > from + 1 && isComma(sv, j - 1)) break;
    if (k.kind === 'NP') {
      const list = coordRight(sv, j);
      if (first && verbal) obj.push(...list);
      j = list[list.length - 1]! + 1;
    } else if (k.kind === 'ADP') {
      const prep = sv.lemma[k.start]!;
      let n = j + 1;
      while (n < sv.chunks.length && (sv.chunks[n]!.kind === 'ADV' || isQuote(sv, n))) n++;
      if (n < sv.chunks.length && sv.chunks[n]!.kind === 'NP') {
        const list = coordRight(sv, n);
        if (!reduced || AFTER_REDUCED.has(prep)) pps.set(prep, [...(pps.get(prep) ?? []), ...list]);
        j = list[list.length - 1]! + 1;
      } else j = n;
    } else if (k.kind === 'ADV' || k.kind === 'X' || isQuote(sv, j) || k.kind === 'ADJ') j++;
    else if (k.kind === 'CC' && j + 1 < sv.chunks.length && ['ADP', 'ADV', 'NP'].includes(sv.chunks[j + 1]!.kind)) j++;
    else if (isComma(sv, j) && continuesArgs(sv, j)) j++;
    else if (k.kind === 'VP' && ((k.form === 'part' && first === false) || sv.lemma[k.head] === 'include')) { reduced ||= k.form === 'part'; j++; }
    else break;
    first = false;
  }
  return { obj, pps, end: j };
}

/** Verbs of naming in "what it called X", "what Moscow described as X". */
const NAMING = new Set(['call', 'describe', 'term', 'label', 'brand', 'dub', 'characterize', 'characterise']);

/** Chunk j opens a naming free relative: "what" + a subject + a naming verb ("what it called"). */
export function namingAt(sv: SentView, j: number): boolean {
  const w = sv.chunks[j];
  const subj = sv.chunks[j + 1];
  const v = sv.chunks[j + 2];
  return !!w && !!subj && !!v && sv.norm[w.start] === 'what' && w.end - w.start === 1 && subj.kind === 'NP' && v.kind === 'VP' && NAMING.has(sv.lemma[v.head]!);
}

/** Prepositions whose phrase after a reduced relative still belongs to the trigger. */
const AFTER_REDUCED = new Set(['to', 'into', 'from', 'by']);

/**
 * A comma inside a trigger's arguments: before a preposition ("..., to Iran"),
 * an "including" aside, or a list member not followed by its own verb.
 */
function continuesArgs(sv: SentView, j: number): boolean {
  const next = sv.chunks[j + 1];
  if (!next) return false;
  if (next.kind === 'ADP') return sv.norm[next.start] !== 'unlike';
  if (next.kind === 'VP') return sv.lemma[next.head] === 'include';
  if (next.kind === 'CC') return true;
  if (next.kind === 'NP') {
    const after = sv.chunks[j + 2];
    return !after || after.kind !== 'VP';
  }
  return false;
}

/** The subordinating chunk opening the clause that holds chunk c (SC/REL index), or -1 when c is in the main clause. */
export function clauseOpener(sv: SentView, c: number): number {
  for (let k = c - 1; k >= 0; k--) {
    const kind = sv.chunks[k]!.kind;
    if (kind === 'SC' || kind === 'REL') return k;
  }
  return -1;
}

/**
 * The verb group that governs the clause holding chunk c: the verb before the
 * "that"/"if" opening it ("stated that it ..."), or -1.
 */
export function governorOf(sv: SentView, c: number): number {
  const o = clauseOpener(sv, c);
  if (o < 0) return -1;
  for (let k = o - 1; k >= 0; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP') return k;
    if (ch.kind === 'SC' || ch.kind === 'REL') return -1;
    if (ch.kind === 'PUNCT' && sv.norm[ch.start] !== ',' && !isQuote(sv, k)) return -1;
  }
  return -1;
}

