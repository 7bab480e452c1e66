/**
 * Actors of noun groups: which mentions head a noun group (and so act), which
 * only modify it ("Iranian drones", "Russia's war"), and how pronouns and
 * plural anaphors ("these countries", "the parties") are resolved by simple
 * salience over earlier mentions.
 */
import type { Span } from '../core/span.js';
import { inClass, tok } from './chunk.js';
import type { SentView } from './chunk.js';
import { lastDistinct, pluralAntecedent, resolveAnaphor, resolvePronoun } from './coref.js';
export { resolveAnaphor, resolvePronoun } from './coref.js';

/** One actor filling an argument slot. */
export interface Arg {
  state: string;
  actor: string;
  span: Span;
  rule: string;
}

/** A resolver for clause-level questions the actor code needs (supplied by args.ts). */
export interface Governor {
  /** Subject of the reporting verb governing chunk c's clause, if any. */
  governingSubject(sv: SentView, c: number, depth: number): Arg[];
  /** Subject of the nearest verb group left of chunk c. */
  leftSubject(sv: SentView, c: number, depth: number): Arg[];
  /** Who speaks a quotation holding local token t ("“We ...,” the president added"), if t is quoted. */
  quoteSpeaker(sv: SentView, t: number, depth: number): Arg[];
}

const POSS = new Set(["'s", '’s', "'", '’']);
/** Possessive pronouns that own an actor noun ("its warships"). */
const OWNER_PRON = new Set(['its', 'their']);

function fromMention(sv: SentView, mi: number, rule: string): Arg[] {
  const m = sv.doc.mentions[mi]!;
  return m.actors.map((a) => ({ state: a.state, actor: a.code, span: { start: m.start, end: m.end }, rule: `${rule}|${m.rule}` }));
}

/** Distinct doc mention indexes inside chunk c, in order. */
function mentionsIn(sv: SentView, c: number): number[] {
  const ch = sv.chunks[c]!;
  const out: number[] = [];
  for (let t = ch.start; t < ch.end; t++) {
    const m = sv.mentionOf[t]!;
    if (m >= 0 && out[out.length - 1] !== m) out.push(m);
  }
  return out;
}

function lastTokenOf(sv: SentView, mi: number, c: number): number {
  const ch = sv.chunks[c]!;
  let last = -1;
  for (let t = ch.start; t < ch.end; t++) if (sv.mentionOf[t] === mi) last = t;
  return last;
}

/**
 * Actors that head noun group c (they are what the group names). A mention
 * heads the group when it covers the head word, or when the head is an
 * actor noun ("officials", "government") it modifies.
 */
export function npArgs(sv: SentView, c: number, gov: Governor, depth = 0): Arg[] {
  const ch = sv.chunks[c]!;
  if (ch.kind !== 'NP') return [];
  const ms = mentionsIn(sv, c);
  const head = ch.head;
  if (sv.mentionOf[head]! >= 0) return fromMention(sv, sv.mentionOf[head]!, 'np:head');
  // "DPRK leader Kim": a name right after the mention is the same person.
  if (ms.length && sv.pos[head] === 'PROPN') {
    const last = ms[ms.length - 1]!;
    let t = lastTokenOf(sv, last, c) + 1;
    while (t < head && sv.pos[t] === 'PROPN') t++;
    if (t === head) return fromMention(sv, last, 'np:named-head');
  }
  if (ms.length && inClass(sv, head, 'actor-head')) {
    const before = ms.filter((m) => lastTokenOf(sv, m, c) < head);
    return before.flatMap((m) => fromMention(sv, m, 'np:actor-head'));
  }
  if (ms.length) return [];
  // "several of its warships", "their diplomats": an actor noun owned by a pronoun is the owner's.
  if (inClass(sv, head, 'actor-head') && depth < 4) {
    for (let t = ch.start; t < head; t++) {
      if (sv.pos[t] === 'PRON' && OWNER_PRON.has(sv.norm[t]!)) return resolvePronoun(sv, c, t, gov, depth + 1).map((a) => ({ ...a, rule: `np:owned-actor|${a.rule}` }));
    }
  }
  const w = sv.norm[head]!;
  // "a court in Guyana", "authorities in Poland", "two men from Brazil": an actor noun placed in a state.
  if (inClass(sv, head, 'actor-head') && sv.pos[head] !== 'PRON') {
    const p = sv.chunks[c + 1];
    const q = sv.chunks[c + 2];
    if (p && q && p.kind === 'ADP' && ['in', 'of', 'from'].includes(sv.norm[p.start]!) && q.kind === 'NP') {
      // "the mayor of the West Bank city of Nablus": a place noun's state modifier names the place's state.
      const at = sv.mentionOf[q.head]! >= 0 ? q.head : inClass(sv, q.head, 'place-part') ? placeMention(sv, c + 2) : -1;
      const m = at >= 0 ? sv.doc.mentions[sv.mentionOf[at]!]! : null;
      if (m && (m.kind === 'state' || m.kind === 'capital')) return [...fromMention(sv, sv.mentionOf[at]!, 'np:actor-in-state'), ...placedConj(sv, c + 2)];
    }
  }
  if (sv.pos[head] === 'PRON' && depth < 4) return resolvePronoun(sv, c, head, gov, depth + 1);
  if (inClass(sv, head, 'allies')) return alliesOf(sv, c, gov, depth);
  if (inClass(sv, head, 'plural-anaphor') && depth < 4) return resolveAnaphor(sv, c, gov, depth + 1);
  // "the leaders", "the officials": a group named just before; "the two leaders": the last two states.
  if (inClass(sv, head, 'person-plural') && sv.norm[head] !== sv.lemma[head] && sv.norm[ch.start] === 'the') {
    const at = tok(sv, ch.start);
    const span = { start: at.start, end: tok(sv, ch.end - 1).end };
    const two = sv.norm[ch.start + 1] === 'two' || sv.norm[ch.start] === 'both';
    return two ? lastDistinct(sv, at.start, span, 3) : pluralAntecedent(sv, at.start, span);
  }
  void w;
  return [];
}

/** "authorities in the Netherlands and Denmark": the states coordinated with the first place, each one placed too. */
function placedConj(sv: SentView, q: number): Arg[] {
  const out: Arg[] = [];
  for (let k = q + 1; k + 1 < sv.chunks.length; k += 2) {
    const sep = sv.chunks[k]!;
    const np = sv.chunks[k + 1]!;
    if (!(sep.kind === 'CC' || sv.norm[sep.start] === ',') || np.kind !== 'NP' || sv.mentionOf[np.head]! < 0) break;
    const m = sv.doc.mentions[sv.mentionOf[np.head]!]!;
    if (m.kind !== 'state' && m.kind !== 'capital') break;
    out.push(...fromMention(sv, sv.mentionOf[np.head]!, 'np:actor-in-state'));
  }
  return out;
}

/** First token of a state or capital mention inside noun group c, or -1. */
function placeMention(sv: SentView, c: number): number {
  const ch = sv.chunks[c]!;
  for (let t = ch.start; t < ch.head; t++) {
    const m = sv.mentionOf[t]!;
    if (m >= 0 && (sv.doc.mentions[m]!.kind === 'state' || sv.doc.mentions[m]!.kind === 'capital')) return t;
  }
  return -1;
}

/** Possessors and state modifiers in noun group c before local token `upto` ("Iran's", "Iranian", "its"). */
export function npMods(sv: SentView, c: number, upto: number, gov: Governor, depth = 0): Arg[] {
  const ch = sv.chunks[c]!;
  const out: Arg[] = [];
  for (let t = ch.start; t < Math.min(upto, ch.end); t++) {
    const m = sv.mentionOf[t]!;
    if (m >= 0) {
      if (t + 1 < ch.end && sv.mentionOf[t + 1] === m) continue;
      out.push(...fromMention(sv, m, 'np:modifier'));
    } else if (sv.pos[t] === 'PRON' && (inClass(sv, t, 'thing-pronoun') || inClass(sv, t, 'plural-pronoun') || inClass(sv, t, 'person-pronoun')) && depth < 4) {
      out.push(...resolvePronoun(sv, c, t, gov, depth + 1));
    }
  }
  return out;
}

/** True when noun group c ends its first part with a possessive marker. */
export function hasPossessive(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  for (let t = ch.start; t < ch.end; t++) if (POSS.has(sv.norm[t]!) || ['its', 'their', 'his', 'her', 'our'].includes(sv.norm[t]!)) return true;
  return false;
}

/** "allies" with no state named: Ukraine's allies are WST (FORMAT, Groups); others stay unresolved. */
function alliesOf(sv: SentView, c: number, gov: Governor, depth: number): Arg[] {
  const ch = sv.chunks[c]!;
  const mods = depth < 3 ? npMods(sv, c, ch.head, gov, depth + 1) : [];
  if (mods.length && !mods.some((m) => m.state === 'UKR')) return [];
  // guard:allies-need-ukraine: unnamed "allies", "partners", "supporters" are the West only in an
  // article about Ukraine; elsewhere they are a candidate's supporters or trading partners (issue 10).
  if (!mods.length && !sv.doc.mentions.some((m) => m.actors.some((a) => a.state === 'UKR'))) return [];
  const t = tok(sv, ch.head);
  return [{ state: 'WST', actor: 'WST', span: { start: t.start, end: t.end }, rule: 'coref:allies-of-ukraine' }];
}
