/**
 * Arguments of a trigger from the clause structure around it: the subject
 * (skipping parentheticals, appositions and prepositional phrases; relative
 * pronouns take their antecedent; infinitives and gerunds take their
 * controller), the object, and prepositional arguments, with coordination
 * expanded. Works over the chunks of chunk.ts.
 */
import { inClass } from './chunk.js';
import { coordLeft, coordRight, governorOf, clauseOpener, hasActor, isComma, isQuote } from './clause.js';
import { accusedBefore, gerundSubject, includingPossessed } from './gerund.js';
export { gerundSubject } from './gerund.js';
export { coordLeft, coordRight, rightArgs, clauseOpener, governorOf } from './clause.js';
export type { RightArgs } from './clause.js';
import type { SentView } from './chunk.js';
import { npArgs, npMods } from './actors.js';
import type { Arg, Governor } from './actors.js';

const MAX_DEPTH = 6;
const OPEN_Q = new Set(['“', '«', '‘']);
const CLOSE_Q = new Set(['”', '»', '’']);
/** Possessive words: a noun group holding one has a possessor ("Iran's", "its"). */
const POSS_WORDS = new Set(["'s", '’s', 'its', 'their', 'his', 'her', 'our']);

/** Actors of a list of noun-group chunks. */
export function argsOf(sv: SentView, chunks: number[], depth = 0): Arg[] {
  return chunks.flatMap((c) => npArgs(sv, c, GOV, depth));
}

/** Previous comma chunk before j (or -1). */
function prevComma(sv: SentView, j: number): number {
  for (let k = j - 1; k >= 0; k--) {
    if (isComma(sv, k)) return k;
    if (sv.chunks[k]!.kind === 'SC') return -2;
  }
  return -1;
}

/** A stretch between commas that is not the subject's clause: a PP, relative, participle, adverb or apposition. */
function skippable(sv: SentView, from: number, to: number): boolean {
  if (from > to) return false;
  const first = sv.chunks[from]!;
  if (first.kind === 'ADP' || first.kind === 'REL' || first.kind === 'ADV') return true;
  if (first.kind === 'VP' && first.form !== 'finite') return true;
  if (first.kind === 'NP') {
    // Apposition: noun groups and prepositional phrases only.
    for (let k = from; k <= to; k++) if (!['NP', 'ADP', 'PUNCT', 'CC'].includes(sv.chunks[k]!.kind)) return false;
    return true;
  }
  return false;
}

/** Subject of verb group c: see the module comment. */
export function subjectOf(sv: SentView, c: number, depth = 0): Arg[] {
  if (depth > MAX_DEPTH) return [];
  const vp = sv.chunks[c]!;
  if (vp.form === 'inf') return controllerOfInf(sv, c, depth + 1);
  if (vp.form === 'ger' || vp.form === 'part') return controllerOfGer(sv, c, depth + 1);
  let j = c - 1;
  while (j >= 0) {
    const k = sv.chunks[j]!;
    if (k.kind === 'NP') {
      const prev = j > 0 ? sv.chunks[j - 1]! : null;
      // "before Putin is set to ...": a subordinator tagged as a preposition opens a clause whose subject this is.
      // "after Spain this week signed": a time phrase between the subject and its verb keeps the clause.
      const clausal = prev !== null && prev.kind === 'ADP' && onlyTimeBetween(sv, j, c) && inClass(sv, prev.start, 'subordinator') && sv.norm[prev.start] !== 'that';
      if (prev && prev.kind === 'ADP' && !clausal) {
        // "dozens of Russian personnel": the partitive's noun group is the subject.
        // "a total of six Chilean airlifters": wink tags "a total" as an adjective group.
        const quantifier = j >= 2 && (sv.chunks[j - 2]!.kind === 'NP' || (sv.chunks[j - 2]!.kind === 'ADJ' && sv.norm[sv.chunks[j - 2]!.end - 1] === 'total'));
        if (sv.norm[prev.start] === 'of' && quantifier) {
          const head = argsOf(sv, [j - 2], depth + 1);
          const inner = argsOf(sv, coordRight(sv, j), depth + 1);
          if (head.length || inner.length) return head.length ? head : inner;
        }
        j -= 2;
        continue;
      }
      // "The US earlier this month imposed": a time phrase is not the subject.
      if (inClass(sv, k.head, 'time-noun') && !hasActor(sv, j)) { j--; continue; }
      const conj = coordLeft(sv, j);
      // "Authorities in the Netherlands and Denmark began ...": a coordinated prepositional object is no subject either.
      let first = Math.min(...conj);
      while (first >= 2 && sv.chunks[first - 1]!.kind === 'CC' && sv.chunks[first - 2]!.kind === 'NP') first -= 2;
      const before = first > 0 ? sv.chunks[first - 1]! : null;
      // "Troops from Kenya, Uganda and Rwanda held drills": forces from a list of states are those states acting.
      const origin = forcesFrom(sv, first);
      if (origin) {
        const listed: number[] = [];
        for (let x = first; x <= j; x++) if (sv.chunks[x]!.kind === 'NP' && hasActor(sv, x)) listed.push(x);
        return argsOf(sv, [...origin, ...listed], depth + 1);
      }
      if (first < j && before?.kind === 'ADP' && sv.norm[before.start] !== 'of' && !inClass(sv, before.start, 'subordinator')) { j = first - 2; continue; }
      const found = argsOf(sv, conj, depth + 1);
      // "The ministers of the US and another fifty countries": the named member of the pair.
      if (!found.length && j >= 2 && sv.chunks[j - 1]!.kind === 'CC' && sv.chunks[j - 2]!.kind === 'NP') {
        return argsOf(sv, coordLeft(sv, j - 2), depth + 1);
      }
      // "six Chilean Air Force (ChAF) C-130 airlifters landed": an acronym in brackets splits one noun group; the
      // part before the brackets names the actor.
      if (!found.length && j >= 4 && bracketed(sv, j - 3) && sv.chunks[j - 4]!.kind === 'NP') { j -= 4; continue; }
      return found;
    }
    if (k.kind === 'REL') return antecedent(sv, j, depth + 1);
    if (k.kind === 'PUNCT') {
      if (isComma(sv, j)) {
        const p = prevComma(sv, j);
        if (p >= 0 && skippable(sv, p + 1, j - 1)) { j = p - 1; continue; }
        return [];
      }
      j--;
      continue;
    }
    if (k.kind === 'SC') return [];
    if (k.kind === 'CC') return parallelSubject(sv, c, depth + 1);
    if (k.kind === 'VP') return subjectOf(sv, j, depth + 1);
    j--;
  }
  return [];
}

/** Heads of a noun group that names a state's forces or ships ("troops from", "warships from"). */
function forcesHead(sv: SentView, c: number): boolean {
  const h = sv.chunks[c]!.head;
  return inClass(sv, h, 'forces-noun') || ['ship', 'ships', 'warship', 'warships', 'vessel', 'vessels', 'navy', 'navies', 'jet', 'jets', 'aircraft'].includes(sv.norm[h]!);
}

/**
 * The noun groups of "forces from A, B and C" when the list that ends at
 * chunk `first` (or just before it) opens with "from" after a forces noun:
 * the chunks of A and of any ", X" between it and `first`, or null.
 */
function forcesFrom(sv: SentView, first: number): number[] | null {
  const out: number[] = [];
  let k = first;
  // Walk left over ", NP" pairs with actors: "Kenya , Uganda".
  while (k >= 2 && isComma(sv, k - 1) && sv.chunks[k - 2]!.kind === 'NP' && hasActor(sv, k - 2)) {
    k -= 2;
    out.unshift(k);
  }
  if (k < 2 || sv.chunks[k - 1]!.kind !== 'ADP' || sv.norm[sv.chunks[k - 1]!.start] !== 'from') return null;
  // "Russian troops from Belarus": forces that name their own state came from a place, not from the list's states.
  if (sv.chunks[k - 2]!.kind !== 'NP' || !forcesHead(sv, k - 2) || hasActor(sv, k - 2) || !hasActor(sv, k)) return null;
  return out;
}

/** Chunks k, k+1, k+2 are "(", a noun group, ")". */
function bracketed(sv: SentView, k: number): boolean {
  const [o, np, cl] = [sv.chunks[k]!, sv.chunks[k + 1]!, sv.chunks[k + 2]!];
  return o.kind === 'PUNCT' && sv.norm[o.start] === '(' && np.kind === 'NP' && cl.kind === 'PUNCT' && sv.norm[cl.start] === ')';
}

/** Every chunk strictly between j and c is an adverb or a time phrase naming no actor ("this week", "on Monday"). */
function onlyTimeBetween(sv: SentView, j: number, c: number): boolean {
  for (let k = j + 1; k < c; k++) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'ADV') continue;
    const time = (i: number) => sv.chunks[i]?.kind === 'NP' && inClass(sv, sv.chunks[i]!.head, 'time-noun') && !hasActor(sv, i);
    // wink tags "this" of "this week" as an adjective of its own.
    if (time(k) || (ch.kind === 'ADJ' && time(k + 1))) continue;
    // "after the US on Thursday slapped sanctions": a time phrase with its preposition.
    if (ch.kind === 'ADP' && k + 1 < c && time(k + 1)) { k++; continue; }
    return false;
  }
  return true;
}

/** Antecedent of the relative pronoun at chunk r ("allies, who ...", "Kyiv, which ..."). */
function antecedent(sv: SentView, r: number, depth: number): Arg[] {
  let a = r - 1;
  if (a >= 0 && isComma(sv, a)) a--;
  if (a >= 0 && sv.chunks[a]!.kind === 'NP') return argsOf(sv, coordLeft(sv, a), depth);
  return [];
}

/** Form class of a verb group's head: "-ing", "-ed"/participle, "-s", or base. */
function formClass(sv: SentView, c: number): string {
  const h = sv.chunks[c]!.head;
  const w = sv.norm[h]!;
  if (w.endsWith('ing')) return 'ing';
  if (w !== sv.lemma[h] && !w.endsWith('s')) return 'ed';
  return w.endsWith('s') && w !== sv.lemma[h] ? 's' : 'base';
}

/**
 * Subject of a verb group after "and"/"but" with no subject of its own: the
 * nearest earlier finite verb group of the same form ("has claimed ... and
 * stated", "Tehran has used ... and exported"), else the main clause's.
 */
function parallelSubject(sv: SentView, c: number, depth: number): Arg[] {
  const form = formClass(sv, c);
  for (let k = c - 1; k >= 0; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP' && ch.form === 'finite' && formClass(sv, k) === form) {
      const s = subjectOf(sv, k, depth);
      if (s.length) return s;
    }
  }
  return mainSubject(sv, c, depth);
}

/** Subject of the first finite verb group of the sentence (for "X claimed ... and stated ..."). */
function mainSubject(sv: SentView, c: number, depth: number): Arg[] {
  for (let k = 0; k < c; k++) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP' && ch.form === 'finite') {
      const s = subjectOf(sv, k, depth);
      if (s.length) return s;
    }
  }
  return [];
}

/** Nearest verb group left of chunk c, or -1. */
function leftVerb(sv: SentView, c: number): number {
  for (let k = c - 1; k >= 0; k--) if (sv.chunks[k]!.kind === 'VP') return k;
  return -1;
}

/** Infinitive: "its willingness to mediate" → its; "asked Tehran to mediate" → Tehran; "seeking to acquire" → seeker. */
function controllerOfInf(sv: SentView, c: number, depth: number): Arg[] {
  const p = c - 2;
  if (p >= 0 && sv.chunks[p]!.kind === 'NP') {
    const ch = sv.chunks[p]!;
    const before = p - 1 >= 0 ? sv.chunks[p - 1]! : null;
    if (before && before.kind === 'VP' && inClass(sv, before.head, 'control-object')) {
      const a = argsOf(sv, coordLeft(sv, p), depth);
      if (a.length) return a;
    }
    for (let t = ch.start; t < ch.head; t++) {
      if (POSS_WORDS.has(sv.norm[t]!)) {
        const poss = modsOf(sv, p, ch.head, depth);
        if (poss.length) return poss;
      }
    }
    // "the decision of the DPRK to send": the of-phrase names the one who decides.
    if (before && before.kind === 'ADP' && sv.norm[before.start] === 'of') {
      const a = argsOf(sv, [p], depth);
      if (a.length) return a;
    }
  }
  let v = leftVerb(sv, c);
  // "used drones supplied by Iran to strike ...": a reduced relative is no controller; the verb before it is.
  if (v >= 0 && sv.chunks[v]!.form === 'part') { const w = leftVerb(sv, v); if (w >= 0) v = w; }
  // "missiles were used to strike Kharkiv": a purpose infinitive after a passive instrument verb is done by its agent.
  if (v >= 0 && sv.chunks[v]!.passive && inClass(sv, sv.chunks[v]!.head, 'instrument-verb')) {
    const by = sv.chunks[v + 1]?.kind === 'ADP' && sv.norm[sv.chunks[v + 1]!.start] === 'by' && sv.chunks[v + 2]?.kind === 'NP';
    return by ? argsOf(sv, coordRight(sv, v + 2), depth) : [];
  }
  return v >= 0 ? subjectOf(sv, v, depth) : [];
}

/** Gerund: "accused Iran of supplying" → Iran; "the West providing" → the West; else the subject of the verb before. */
function controllerOfGer(sv: SentView, c: number, depth: number): Arg[] {
  const p = c - 1;
  // "warned that supplying Taurus to Kyiv would ...": a gerund clause that is itself a subject has no controller.
  if (gerundSubject(sv, c) >= 0) return [];
  // "accused Pyongyang and Moscow of trading", "sanctioned firms for shipping": the accused do it.
  if (p >= 2 && sv.chunks[p]!.kind === 'ADP' && ['of', 'for'].includes(sv.norm[sv.chunks[p]!.start]!)) {
    const o = accusedBefore(sv, p - 1);
    if (o >= 0) {
      const list = coordLeft(sv, o);
      const v = list[0]! > 0 ? sv.chunks[list[0]! - 1]! : null;
      if (v && v.kind === 'VP' && inClass(sv, v.head, 'accuse-verb')) return argsOf(sv, list, depth);
      // "imposed sanctions on three Iranian firms for helping Russia": the sanctioned do it.
      const n = list[0]! > 1 ? sv.chunks[list[0]! - 2]! : null;
      if (v && n && v.kind === 'ADP' && ['on', 'against'].includes(sv.norm[v.start]!) && n.kind === 'NP' && inClass(sv, n.head, 'sanction-noun')) return argsOf(sv, list, depth);
    }
  }
  // "his involvement in the cooperation, including sending troops": the possessor of the including noun acts.
  if (p >= 1 && sv.chunks[p]!.kind === 'VP' && sv.lemma[sv.chunks[p]!.head] === 'include') {
    const k = includingPossessed(sv, p);
    const poss = k >= 0 ? modsOf(sv, k, sv.chunks[k]!.head, depth) : [];
    if (poss.length) return poss;
  }
  // "the West providing", "concern about China providing": a named noun group right before the gerund is its subject.
  if (p >= 0 && sv.chunks[p]!.kind === 'NP') {
    const a = argsOf(sv, coordLeft(sv, p), depth);
    if (a.length) return a;
  }
  // "their roles in deploying": the possessor of the noun the preposition hangs on.
  if (p >= 1 && sv.chunks[p]!.kind === 'ADP' && sv.chunks[p - 1]!.kind === 'NP') {
    const np = sv.chunks[p - 1]!;
    for (let t = np.start; t < np.head; t++) {
      if (POSS_WORDS.has(sv.norm[t]!)) {
        const poss = modsOf(sv, p - 1, np.head, depth);
        if (poss.length) return poss;
      }
    }
  }
  const v = leftVerb(sv, c);
  // ", warning that ...": a participle after a comma describes the main clause's subject.
  if (v >= 0 && p >= 0 && isComma(sv, p)) {
    const m = mainSubject(sv, c, depth);
    if (m.length) return m;
  }
  if (v >= 0) return subjectOf(sv, v, depth);
  // Sentence-initial participle ("Reacting to ..., Moscow said"): the next finite verb's subject.
  for (let k = c + 1; k < sv.chunks.length; k++) {
    if (sv.chunks[k]!.kind === 'VP' && sv.chunks[k]!.form === 'finite') return subjectOf(sv, k, depth);
  }
  return [];
}

function modsOf(sv: SentView, c: number, upto: number, depth: number): Arg[] {
  return npMods(sv, c, upto, GOV, depth + 1);
}

/** The clause questions the actor resolver asks, answered here. */
export const GOV: Governor = {
  governingSubject(sv, c, depth) {
    // "said they ...": a that-less complement right after a reporting verb.
    let b = c - 1;
    while (b >= 0 && (isQuote(sv, b) || sv.chunks[b]!.kind === 'ADV' || sv.norm[sv.chunks[b]!.start] === ':')) b--;
    let a = c + 1;
    while (a < sv.chunks.length && (isQuote(sv, a) || sv.chunks[a]!.kind === 'ADV')) a++;
    const subjectOfClause = a < sv.chunks.length && sv.chunks[a]!.kind === 'VP';
    if (subjectOfClause && b >= 0 && sv.chunks[b]!.kind === 'VP' && inClass(sv, sv.chunks[b]!.head, 'report-verb')) {
      const s = subjectOf(sv, b, depth + 1);
      if (s.length) return s;
    }
    // "told China and Russia it has concerns": past the addressee, the pronoun is still the teller.
    const tv = subjectOfClause && b >= 0 ? addresseeVerb(sv, b) : -1;
    if (tv >= 0) {
      const s = subjectOf(sv, tv, depth + 1);
      if (s.length) return s;
    }
    const g = governorOf(sv, c);
    if (g < 0 || !inClass(sv, sv.chunks[g]!.head, 'report-verb')) return [];
    // The pronoun must be the subject of the reported clause, right after the opener.
    const o = clauseOpener(sv, c);
    let k = o + 1;
    while (k < c && (isComma(sv, k) || sv.chunks[k]!.kind === 'ADV')) k++;
    if (k !== c) return [];
    return subjectOf(sv, g, depth + 1);
  },
  quoteSpeaker(sv, t, depth) {
    // Quoted when an opening quote precedes t in the sentence with no closing quote between.
    let open = false;
    for (let i = 0; i < t; i++) {
      if (OPEN_Q.has(sv.norm[i]!) || (sv.norm[i] === '"' && !open)) open = true;
      else if (CLOSE_Q.has(sv.norm[i]!) || sv.norm[i] === '"') open = false;
    }
    if (!open) return [];
    // The reporting verb after the closing quote: "..., the US president added" or "..., said Kallas".
    let close = -1;
    for (let i = t + 1; i < sv.n && close < 0; i++) if (CLOSE_Q.has(sv.norm[i]!) || sv.norm[i] === '"') close = i;
    if (close < 0) return [];
    for (let c = sv.chunkOf[close]! + 1; c < sv.chunks.length; c++) {
      const ch = sv.chunks[c]!;
      if (ch.kind === 'VP' && inClass(sv, ch.head, 'report-verb')) {
        const s = subjectOf(sv, c, depth + 1);
        if (s.length) return s;
        const next = sv.chunks[c + 1];
        return next && next.kind === 'NP' ? argsOf(sv, [c + 1], depth + 1) : [];
      }
    }
    return [];
  },
  leftSubject(sv, c, depth) {
    const v = leftVerb(sv, c);
    return v >= 0 ? subjectOf(sv, v, depth + 1) : [];
  },
};

/** Verbs of telling whose object is the addressee and whose that-less complement follows it. */
const TELL = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'notify', 'advise', 'caution', 'convince', 'promise']);

/** Chunk of a telling verb right before the addressee ending at chunk b ("told | China and Russia |"), or -1. */
function addresseeVerb(sv: SentView, b: number): number {
  if (sv.chunks[b]!.kind !== 'NP') return -1;
  for (let k = b - 1; k >= 0 && k >= b - 6; k--) {
    const ch = sv.chunks[k]!;
    if (ch.kind === 'VP') return TELL.has(sv.lemma[ch.head]!) ? k : -1;
    if (ch.kind !== 'NP' && ch.kind !== 'CC' && !isComma(sv, k)) return -1;
  }
  return -1;
}
