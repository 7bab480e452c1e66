/**
 * Filling a trigger's argument slots (see Slot in types.ts) from the clause
 * structure: subjects, objects, prepositional phrases, possessors, the
 * speaker of a reported clause, the accuser a denial answers.
 */
import type { Modality } from '../core/event.js';
import type { Span } from '../core/span.js';
import { inClass } from './chunk.js';
import type { SentView } from './chunk.js';
import { argsOf, subjectOf, governorOf, rightArgs, GOV } from './args.js';
import { coordRight } from './clause.js';
import type { RightArgs } from './args.js';
import { npArgs, npMods } from './actors.js';
import type { Arg } from './actors.js';
import type { Slot } from './types.js';
import { PREP_SLOTS } from './types.js';
import { PLACE_RULE } from '../actors/index.js';
import { treeSlot } from './tree/fill.js';

/** Punctuation that does not end a clause: commas and quotes. */
/** Quantifiers whose of-phrase names what they quantify ("all of Russia's policies"). */
const PARTITIVE = new Set(['all', 'some', 'most', 'many', 'much', 'each', 'part', 'any', 'none', 'several']);
const SOFT_PUNCT = new Set([',', '“', '”', '"', '‘', '’', "'"]);

/** An event before it becomes a CodedEvent (see event.ts). */
export interface RawEvent {
  sentence: number;
  code: string;
  source: Arg;
  target: Arg;
  trigger: Span;
  modality: Modality;
  hedged: boolean;
  cues: Span[];
  rules: string[];
}

/** What the coder remembers across the sentences of one doc (never across docs). */
export interface DocState {
  events: RawEvent[];
}

/** Token ranges already coded by a verbal trigger in this sentence, per code: nominal triggers of the same root inside them are restatements. */
export type Covered = Array<{ code: string; from: number; to: number }>;

export interface TriggerCtx {
  covered: Covered;
  sv: SentView;
  t: number;
  c: number;
  right: RightArgs;
  state: DocState;
}

/**
 * Fills one slot from the chunk reading, or with `fromTree` from the
 * dependency tree (see firstFilled); returns the actors found (possibly none).
 */
export function fill(x: TriggerCtx, slot: Slot, passive: boolean, fromTree = false): Arg[] {
  const args = fromTree ? treeSlot(x.sv, x.t, slot) ?? [] : fillShallow(x, slot, passive);
  // A capital read as a place ("met in Paris", "a summit at Vienna") is where,
  // not who: it may fill a preposition slot (visits take their host from
  // "in Moscow") but never a clause role like subject or object.
  return PLACE_OK.has(slot) ? args : args.filter((a) => !a.rule.endsWith(`|${PLACE_RULE}`));
}

/** Preposition slots, where a place reading may be what the pattern asks for. */
const PLACE_OK = new Set<Slot>(PREP_SLOTS);

function fillShallow(x: TriggerCtx, slot: Slot, passive: boolean): Arg[] {
  const { sv, c, right } = x;
  if (passive && slot === 'subj') slot = 'by';
  else if (passive && slot === 'obj') return subjectOf(sv, c) ;
  switch (slot) {
    case 'subj': return sv.chunks[c]!.kind === 'VP' ? subjectOf(sv, c) : hostSubject(sv, c);
    case 'pred-subj': return predicateSubject(sv, c);
    case 'near-state': return [];
    case 'obj': return objectArgs(sv, right);
    case 'poss': return sv.chunks[c]!.kind === 'NP' ? npMods(sv, c, x.t, GOV) : [];
    case 'speaker': {
      const g = governorOf(sv, c);
      return g >= 0 ? subjectOf(sv, g) : [];
    }
    case 'if-subj': return clauseSubjectAfter(sv, c, 'conditional');
    case 'comp-subj': return complementSubject(sv, c);
    case 'next': return nextActor(sv, x.t, true);
    case 'next-far': return nextActor(sv, x.t, false);
    case 'accuser': return accuser(x);
    case 'obj-mod': return right.obj.flatMap((k) => modsOrForces(sv, k));
    case 'of-mod': return (right.pps.get('of') ?? []).flatMap((k) => modsOrForces(sv, k));
    case 'purpose': return purposeArgs(sv, right.end);
    case 'obj-parties': return transferParties(sv, right);
    // "Ukraine's forces were supplied with tanks": the subject received; the theme follows "with".
    case 'theme-mod': return passive && !right.pps.has('with') ? themeMods(sv, c) : [];
    case 'owner': return passive ? [] : packageOwner(sv, c, x.t);
    case 'deal-party': return dealParty(sv, right.end);
    case 'subj-mod': return passive || sv.chunks[c]!.kind !== 'VP' ? [] : themeMods(sv, c).filter((a) => !makerMark(sv, a));
    default: {
      const nps = right.pps.get(slot) ?? [];
      const a = argsOf(sv, nps);
      if (a.length || !nps.length) return a;
      // "in the east of the Gaza Strip", "on the outskirts of Kyiv": the place named after a part noun.
      const whole = nps.flatMap((k) => (inClass(sv, sv.chunks[k]!.head, 'place-part') && sv.chunks[k + 1]?.kind === 'ADP' && sv.norm[sv.chunks[k + 1]!.start] === 'of' && sv.chunks[k + 2]?.kind === 'NP' ? argsOf(sv, [k + 2]) : []));
      if (whole.length) return whole;
      // "bowed to pressure from Washington", "rejected calls by Kyiv": the author of an act noun.
      const author = nps.flatMap((k) => actAuthor(sv, k));
      if (author.length) return author;
      // "assistance for Russia's war effort", "troops near Ukraine's border": a possessor or state modifier.
      if (slot === 'of' || slot === 'by' || slot === 'with' || slot === 'as') return a;
      return nps.flatMap((k) => npMods(sv, k, sv.chunks[k]!.head, GOV));
    }
  }
}

/** "Iranian-made drones": a modifier marked as the maker names who built the weapon, not who used it. */
function makerMark(sv: SentView, a: Arg): boolean {
  const text = sv.doc.article.text.slice(a.span.end, a.span.end + 16);
  return /^\s*-?\s*(made|designed|built|produced|manufactured|supplied|developed|origin)\b/i.test(text);
}

/**
 * A state modifier of noun group k ("Iranian drones"), or the group itself when it
 * names a state's forces ("the deployment of North Korean troops").
 */
function modsOrForces(sv: SentView, k: number): Arg[] {
  const m = npMods(sv, k, sv.chunks[k]!.head, GOV);
  if (m.length || !inClass(sv, sv.chunks[k]!.head, 'forces-noun')) return m;
  return npArgs(sv, k, GOV);
}

/**
 * Who a purpose infinitive right after the arguments helps: its object or
 * the object's possessor ("to aid Russia's war", "to help Kyiv"), or the
 * object of "for"/"alongside" after it ("to fight for Russia").
 */
function purposeArgs(sv: SentView, k: number): Arg[] {
  if (sv.chunks[k]?.kind !== 'TO' || sv.chunks[k + 1]?.kind !== 'VP' || !inClass(sv, sv.chunks[k + 1]!.head, 'help-verb')) return [];
  let n = k + 2;
  const ch = sv.chunks[n];
  if (ch && ch.kind === 'ADP' && ['for', 'alongside', 'with', 'on'].includes(sv.norm[ch.start]!)) n++;
  const np = sv.chunks[n];
  if (!np || np.kind !== 'NP') return [];
  const a = npArgs(sv, n, GOV);
  return a.length ? a : npMods(sv, n, np.head, GOV);
}

/**
 * The object's actors; for "all of Russia's policies" the of-phrase's actors
 * or possessor; for an act noun ("rejected the call of the EU", "welcomed
 * Baku's decision", "refused a request from India") the act's author.
 */
function objectArgs(sv: SentView, right: RightArgs): Arg[] {
  const a = argsOf(sv, right.obj);
  if (a.length || right.obj.length !== 1) return a;
  const author = actAuthor(sv, right.obj[0]!);
  if (author.length) return author;
  const o = sv.chunks[right.obj[0]!]!;
  const of = right.pps.get('of');
  if (!of || !of.length || !PARTITIVE.has(sv.norm[o.head]!)) return a;
  const inner = argsOf(sv, of);
  return inner.length ? inner : of.flatMap((k) => npMods(sv, k, sv.chunks[k]!.head, GOV));
}

/** Author of an act noun at chunk k: its possessor or state modifier, else an "of"/"from"/"by" phrase right after it. */
export function actAuthor(sv: SentView, k: number): Arg[] {
  const o = sv.chunks[k]!;
  if (o.kind !== 'NP' || !inClass(sv, o.head, 'act-noun')) return [];
  const m = npMods(sv, k, o.head, GOV);
  if (m.length) return m;
  const p = sv.chunks[k + 1];
  if (p && p.kind === 'ADP' && ['of', 'from', 'by'].includes(sv.norm[p.start]!) && sv.chunks[k + 2]?.kind === 'NP') return argsOf(sv, [k + 2]);
  return [];
}

/** Subject of the verb a nominal trigger is the object of ("he announced military aid to Ukraine"). */
function hostSubject(sv: SentView, c: number): Arg[] {
  for (let k = c - 1; k >= 0; k--) {
    const kind = sv.chunks[k]!.kind;
    if (kind === 'VP') return subjectOf(sv, k);
    if (kind === 'SC' || kind === 'REL' || (kind === 'PUNCT' && !SOFT_PUNCT.has(sv.norm[sv.chunks[k]!.start]!))) return [];
  }
  return [];
}

/** "Russia's cooperation with X is dangerous": the copula's subject, or its possessor. */
function predicateSubject(sv: SentView, c: number): Arg[] {
  let k = c - 1;
  while (k >= 0 && sv.chunks[k]!.kind === 'ADV') k--;
  if (k < 0 || sv.chunks[k]!.kind !== 'VP') return [];
  for (let j = k - 1; j >= 0; j--) {
    const ch = sv.chunks[j]!;
    if (ch.kind === 'NP' && !(j > 0 && sv.chunks[j - 1]!.kind === 'ADP')) {
      const a = npArgs(sv, j, GOV);
      return a.length ? a : npMods(sv, j, ch.head, GOV);
    }
    if (ch.kind === 'SC' || ch.kind === 'REL' || ch.kind === 'VP') return [];
  }
  return [];
}

/** Nearest state named before the trigger in its sentence that is not a source ("travelled to X and signed a pact"). */
export function nearState(sv: SentView, t: number, sources: Arg[]): Arg[] {
  for (let i = t - 1; i >= 0; i--) {
    const m = sv.mentionOf[i]!;
    if (m < 0) continue;
    const men = sv.doc.mentions[m]!;
    const a = men.actors.filter((x) => !sources.some((s) => s.state === x.state));
    if (a.length) return a.map((x) => ({ state: x.state, actor: x.code, span: { start: men.start, end: men.end }, rule: `arg:near|${men.rule}` }));
  }
  return [];
}

/** Subject of the first clause after chunk c opened by a word of class `cls` ("... if Iran supplies"). */
function clauseSubjectAfter(sv: SentView, c: number, cls: string): Arg[] {
  for (let k = c + 1; k < sv.chunks.length; k++) {
    const ch = sv.chunks[k]!;
    if ((ch.kind === 'SC' || ch.kind === 'REL') && inClass(sv, ch.start, cls)) {
      for (let v = k + 1; v < sv.chunks.length; v++) if (sv.chunks[v]!.kind === 'VP') return subjectOf(sv, v);
    }
  }
  return [];
}

/** Subject of the clause a claim noun introduces: "claims that it is ...", or "accusations it has ...". */
function complementSubject(sv: SentView, c: number): Arg[] {
  const n = sv.chunks[c + 1];
  if (n && n.kind === 'NP' && sv.chunks[c + 2]?.kind === 'VP') return subjectOf(sv, c + 2);
  return clauseSubjectAfter(sv, c, 'subordinator');
}

/** Whose aid package the subject of verb group c is: its possessor, or the speaker quoting or reporting it. */
function packageOwner(sv: SentView, c: number, t: number): Arg[] {
  let k = c - 1;
  while (k >= 0 && sv.chunks[k]!.kind === 'ADV') k--;
  // "This package, which has a value of $400 million, will provide": step back over a relative clause.
  if (k >= 0 && sv.chunks[k]!.kind === 'PUNCT') {
    for (let r = k - 1; r >= 2 && r >= k - 15; r--) {
      const kind = sv.chunks[r]!.kind;
      if (kind === 'SC') break;
      if (kind === 'REL' && sv.norm[sv.chunks[r - 1]!.start] === ',') { k = r - 2; break; }
    }
  }
  if (k < 0 || sv.chunks[k]!.kind !== 'NP' || !inClass(sv, sv.chunks[k]!.head, 'aid-package') || npArgs(sv, k, GOV).length) return [];
  const own = npMods(sv, k, sv.chunks[k]!.head, GOV);
  if (own.length) return own;
  const q = GOV.quoteSpeaker(sv, t, 0);
  if (q.length) return q;
  const g = governorOf(sv, c);
  return g >= 0 && inClass(sv, sv.chunks[g]!.head, 'report-verb') ? subjectOf(sv, g) : [];
}

/** State modifier of a passive verb group's subject ("North Korean troops were sent"), or its forces ("troops of North Korea"). */
function themeMods(sv: SentView, c: number): Arg[] {
  let k = c - 1;
  while (k >= 0 && sv.chunks[k]!.kind === 'ADV') k--;
  if (k < 0 || sv.chunks[k]!.kind !== 'NP') return [];
  const own = modsOrForces(sv, k);
  if (own.length || k < 2 || sv.chunks[k - 1]!.kind !== 'ADP' || sv.norm[sv.chunks[k - 1]!.start] !== 'of') return own;
  return sv.chunks[k - 2]!.kind === 'NP' ? modsOrForces(sv, k - 2) : [];
}

/**
 * The parties of a transfer noun that is the object: its supplier (possessor,
 * state modifier, "from", "by" or the state of what is sent) then its recipient
 * ("to"); or the parties named after "between" of any object.
 */
function transferParties(sv: SentView, right: RightArgs): Arg[] {
  // The object, or what a concern is "over"/"about" ("concern over the cooperation between A and B").
  const o = right.obj[0] ?? ['over', 'about', 'at'].map((p) => right.pps.get(p)?.[0]).find((k) => k !== undefined);
  if (o === undefined) return [];
  const own = rightArgs(sv, o);
  // "condemned the military cooperation between Russia and North Korea": both parties.
  const between = argsOf(sv, own.pps.get('between') ?? []);
  if (between.length >= 2) return between;
  if (!inClass(sv, sv.chunks[o]!.head, 'transfer-noun')) return [];
  let from = npMods(sv, o, sv.chunks[o]!.head, GOV);
  for (const p of ['from', 'by']) if (!from.length) from = argsOf(sv, own.pps.get(p) ?? []);
  if (!from.length) from = (own.pps.get('of') ?? []).flatMap((k) => modsOrForces(sv, k));
  return [...from, ...argsOf(sv, own.pps.get('to') ?? [])];
}

/**
 * First actor named after token t, as a head or a possessor ("concerns over Russia's ...").
 * In its clause: a relative clause ("countries that supply Ukraine") ends the search.
 */
function nextActor(sv: SentView, t: number, clause: boolean): Arg[] {
  for (let k = sv.chunkOf[t]! + 1; k < sv.chunks.length; k++) {
    const kind = sv.chunks[k]!.kind;
    if (clause && kind === 'REL') return [];
    if (kind !== 'NP') continue;
    const a = npArgs(sv, k, GOV);
    // "Grushko criticized the drills, claiming it symbolizes NATO's return": a pronoun for the trigger's own subject is no party.
    if (a.length && sv.pos[sv.chunks[k]!.head] === 'PRON' && ownSubject(sv, t, a)) continue;
    // "entities based in Iran and Russia": the next actor with the states coordinated with it.
    if (a.length) return [...a, ...argsOf(sv, coordRight(sv, k).slice(1))];
    const m = npMods(sv, k, sv.chunks[k]!.end, GOV);
    if (m.length) return m;
  }
  return [];
}

/** Who made the claim a denial answers: "Western claims" → WST; else the latest accuser in the text. */
function accuser(x: TriggerCtx): Arg[] {
  const { sv, right } = x;
  const nps = [...right.obj, ...[...right.pps.values()].flat()];
  for (const k of nps) {
    if (!inClass(sv, sv.chunks[k]!.head, 'claim-noun')) continue;
    const m = npMods(sv, k, sv.chunks[k]!.head, GOV);
    if (m.length) return m;
  }
  for (let i = x.state.events.length - 1; i >= 0; i--) {
    const e = x.state.events[i]!;
    if (e.sentence < sv.sent.index - 2) break;
    if (e.code.startsWith('11')) return [{ ...e.source, rule: `coref:last-accuser|${e.source.rule}` }];
  }
  return [];
}

/**
 * The first of a pattern's slots that names actors. The chunk reading is
 * asked for every slot first; only when it finds none does the tree get the
 * same turn. Measured on the five gold files, the tree answering first
 * lowers every figure (the chunk rules were tuned on three of them), while
 * filling what chunks leave empty raises two and lowers none.
 */
export function firstFilled(x: TriggerCtx, slots: Slot[], passive: boolean): { args: Arg[]; slot: Slot | null } {
  for (const fromTree of [false, true]) {
    for (const s of slots) {
      const a = fill(x, s, passive, fromTree);
      if (a.length) return { args: a, slot: s };
    }
  }
  return { args: [], slot: null };
}


/** Chunks a deal's transfer clause may run over ("to sell artillery systems to Armenia"). */
const DEAL_REACH = 8;

/**
 * The other party of the transfer a deal is for: the object of "to" or
 * "from" in an infinitive or for-phrase right after the deal's arguments ("a
 * deal to sell guns to Armenia", "a contract to buy jets from Russia").
 */
function dealParty(sv: SentView, k: number): Arg[] {
  const first = sv.chunks[k];
  if (!first || !(first.kind === 'TO' || (first.kind === 'ADP' && ['for', 'on'].includes(sv.norm[first.start]!)))) return [];
  for (let j = k + 1; j < sv.chunks.length && j <= k + DEAL_REACH; j++) {
    const ch = sv.chunks[j]!;
    if (ch.kind === 'PUNCT' || ch.kind === 'SC' || ch.kind === 'REL') return [];
    // "to sell guns to Armenia" names the buyer, "to purchase jets from Russia" the seller: either is the other signatory.
    if (ch.kind === 'ADP' && (sv.norm[ch.start] === 'to' || sv.norm[ch.start] === 'from') && sv.chunks[j + 1]?.kind === 'NP') {
      const a = argsOf(sv, [j + 1]);
      if (a.length) return a;
    }
  }
  return [];
}

/** The actors `a` are all of the state of the subject of the verb at local token t. */
function ownSubject(sv: SentView, t: number, a: Arg[]): boolean {
  const c = sv.chunkOf[t]!;
  if (sv.chunks[c]!.kind !== 'VP') return false;
  const subj = new Set(subjectOf(sv, c).map((x) => x.state));
  return subj.size > 0 && a.every((x) => subj.has(x.state));
}
