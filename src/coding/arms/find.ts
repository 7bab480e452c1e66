/**
 * Finds what an arms-transfer event transfers: the weapon phrase nearest to
 * the trigger in its clause. Order of search, each step a rule id:
 *   trigger   a phrase covering the trigger ("military aid", "troops")
 *   compound  a phrase right before a noun trigger ("drone supplies")
 *   right     the object after the trigger, past actors and containers
 *   left      before the trigger (passives: "the S-300 was provided")
 *   relative  the antecedent of "that/which" ("drones that Tehran exported")
 * The search never crosses another event's trigger nor a verb that starts
 * a new act.
 */
import type { Doc } from '../../core/doc.js';
import type { CodedEvent } from '../../core/event.js';
import type { Token } from '../../core/nlp.js';
import type { WeaponDict } from './types.js';
import type { PhraseMatch } from './match.js';
import { matchAt, isWeapon } from './match.js';

/** Token bounds of one event's search, computed once per event. */
export interface Window {
  /** Trigger tokens [ts, te). */
  ts: number;
  te: number;
  /** Search bounds [lo, hi): the sentence, cut at other events' triggers. */
  lo: number;
  hi: number;
  /** Tokens of the event's recipient (and of a source before the trigger): never part of a weapon phrase. */
  actors: Set<number>;
}

/** What the search found: the main phrase, coordinated others, and how. */
export interface Found {
  primary: PhraseMatch | null;
  /** Other weapons joined to the main one by "and", ",", "as well as". */
  more: PhraseMatch[];
  how: 'trigger' | 'compound' | 'right' | 'left' | 'relative' | 'none';
}

const RIGHT_MAX = 24;
const LEFT_MAX = 12;
/** Words that end a clause for the search. */
const STOPS = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'because', 'unlike', 'despite']);
const RELATIVES = new Set(['that', 'which']);
const COORD = new Set(['and', 'or', ',', 'plus']);
/** A mention that ends in a word for troops is both the sender and what is sent. */
const FORCES = /\b(troops|soldiers|servicemen|personnel|mercenaries|forces)$/i;
const QUOTES = new Set(['“', '”', '"', "'", '‘', '’', '«', '»']);

/** Token window of an event; null when its trigger is not on any token. */
export function windowOf(doc: Doc, e: CodedEvent): Window | null {
  const s = doc.sentences[e.sentence];
  if (!s) return null;
  let ts = -1;
  let te = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.end > e.trigger.start && t.start < e.trigger.end) {
      if (ts < 0) ts = i;
      te = i + 1;
    }
  }
  if (ts < 0) return null;
  let lo = s.tokenStart;
  let hi = s.tokenEnd;
  for (const o of doc.events) {
    if (o.sentence !== e.sentence || (o.trigger.start < e.trigger.end && o.trigger.end > e.trigger.start)) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      if (!(t.end > o.trigger.start && t.start < o.trigger.end)) continue;
      if (i >= te) hi = Math.min(hi, i);
      else if (i < ts) lo = Math.max(lo, i + 1);
    }
  }
  // The recipient (and a source named before the trigger) is never the thing sent; other
  // mentions may be ("sending Turkish soldiers" is one mention and the troops sent).
  const actors = new Set<number>();
  // ... unless that source names troops: "North Korean soldiers arrived in Russia" sends the soldiers.
  const src = e.sourceSpan && e.sourceSpan.end <= e.trigger.start && !FORCES.test(doc.article.text.slice(e.sourceSpan.start, e.sourceSpan.end)) ? e.sourceSpan : null;
  const spans = [e.targetSpan, src];
  for (const sp of spans) {
    if (!sp) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i]!;
      if (t.end > sp.start && t.start < sp.end) actors.add(i);
    }
  }
  return { ts, te, lo, hi, actors };
}

const MODIFIER_BEFORE = new Set(['ADP', 'DET', 'NUM', 'CCONJ', 'ADJ', 'PRON']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "with advanced fighter jets", "and upgraded tanks": wink tags an -ed word
 * between a preposition, determiner, number or conjunction and a noun as a
 * verb, but it modifies the noun and starts no new act.
 */
function isModifierParticiple(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  if (!NOMINAL.has(next.pos)) return false;
  // After a recipient's name too: "hands North Korea advanced missile technology".
  if (t.norm.endsWith('ed')) return MODIFIER_BEFORE.has(prev.pos) || prev.pos === 'PROPN';
  // "its remaining howitzers"; but "by supplying drones", "and sending troops" are gerunds with objects.
  return t.norm.endsWith('ing') && ['DET', 'PRON', 'ADJ', 'NUM'].includes(prev.pos);
}

/** A verb that starts a new act: the search stops there. */
function isStopVerb(doc: Doc, i: number, d: WeaponDict): boolean {
  const t = doc.tokens[i]!;
  if (t.pos !== 'VERB') return false;
  const l = t.lemma;
  if (d.stages.passVerbs.has(l) || d.stages.verbs.has(l) || d.stages.governors.has(l)) return false;
  return !isModifierParticiple(doc, i);
}

/** Follows "X of Y" to Y when X is a count word or a generic class ("rounds of artillery shells"). */
function ofChain(doc: Doc, d: WeaponDict, m: PhraseMatch, hi: number): PhraseMatch {
  const generic = m.phrase.kind === 'unit' || m.phrase.weapon === 'ammunition' || m.phrase.weapon === 'weapons';
  if (generic && doc.tokens[m.end]?.norm === 'for') return forGuns(doc, d, m, hi);
  if (!generic || doc.tokens[m.end]?.norm !== 'of') return m;
  for (let i = m.end + 1; i < Math.min(hi, m.end + 4); i++) {
    const n = matchAt(d, doc.tokens, doc.article.text, i, hi);
    if (n !== null && isWeapon(n)) return ofChain(doc, d, n, hi);
    const pos = doc.tokens[i]!.pos;
    if (pos !== 'ADJ' && pos !== 'DET' && pos !== 'ADV' && pos !== 'PUNCT') break;
  }
  return m;
}

/** "munitions for rocket systems and artillery": ammunition for guns is artillery ammunition. */
function forGuns(doc: Doc, d: WeaponDict, m: PhraseMatch, hi: number): PhraseMatch {
  if (m.phrase.weapon !== 'ammunition') return m;
  for (let i = m.end + 1; i < Math.min(hi, m.end + 4); i++) {
    const n = matchAt(d, doc.tokens, doc.article.text, i, hi);
    if (n !== null && n.phrase.weapon === 'artillery') return { ...m, end: n.end, phrase: { ...m.phrase, id: `${m.phrase.id}-for-artillery`, weapon: 'artillery_ammunition' } };
    if (n !== null) break;
  }
  return m;
}

/** A weapon phrase right after "and"/"or" (and at most two modifiers) from token `from`. */
function coordinatedWeapon(doc: Doc, d: WeaponDict, from: number, end: number): PhraseMatch | null {
  if (!COORD.has(doc.tokens[from]?.norm ?? '') || doc.tokens[from]!.norm === ',') return null;
  for (let i = from + 1; i < Math.min(end, from + 4); i++) {
    const m = matchAt(d, doc.tokens, doc.article.text, i, end);
    if (m !== null && isWeapon(m)) return withHead(doc, d, ofChain(doc, d, m, end), end);
    if (m !== null) return null;
    const pos = doc.tokens[i]!.pos;
    if (pos !== 'ADJ' && pos !== 'DET' && pos !== 'ADV' && !isModifierParticiple(doc, i)) return null;
  }
  return null;
}

/** Scans right of the trigger; a 'none' phrase (help, support) ends the search with no weapon. */
function searchRight(doc: Doc, d: WeaponDict, w: Window): PhraseMatch | 'none' | null {
  const end = Math.min(w.hi, w.te + RIGHT_MAX);
  for (let i = w.te; i < end; i++) {
    if (w.actors.has(i)) continue;
    const m = matchAt(d, doc.tokens, doc.article.text, i, end);
    if (m) {
      // "satellite imagery and microelectronics": help named first does not hide a weapon coordinated with it.
      if (m.phrase.kind === 'none') return coordinatedWeapon(doc, d, m.end, end) ?? 'none';
      if (m !== null && isWeapon(m)) return withHead(doc, d, ofChain(doc, d, m, end), end);
      i = m.end - 1; // containers and count words: read on past them
      continue;
    }
    const t = doc.tokens[i]!;
    if (STOPS.has(t.norm) || isStopVerb(doc, i, d)) return null;
  }
  return null;
}

/** The widest weapon phrase ending at or before `end`, scanning leftwards from `end - 1` to `lo`. */
function nearestLeft(doc: Doc, d: WeaponDict, w: Window, end: number, lo: number, stopOnVerb: boolean): PhraseMatch | null {
  for (let j = end - 1; j >= lo; j--) {
    const t = doc.tokens[j]!;
    if (!w.actors.has(j)) {
      const m = matchAt(d, doc.tokens, doc.article.text, j, end);
      if (m !== null && isWeapon(m)) return widen(doc, d, m, lo, end);
      if (m?.phrase.kind === 'none') return null;
    }
    if (STOPS.has(t.norm) || (stopOnVerb && isStopVerb(doc, j, d))) return null;
  }
  return null;
}

/** A longer phrase that starts earlier and covers `m` ("ballistic missiles" over "missiles", "Shahed drones" over "drones"). */
function widen(doc: Doc, d: WeaponDict, m: PhraseMatch, lo: number, end: number): PhraseMatch {
  let best = m;
  for (let j = m.start - 1; j >= Math.max(lo, m.start - d.maxTokens); j--) {
    const n = matchAt(d, doc.tokens, doc.article.text, j, end);
    if (n !== null && isWeapon(n) && n.end >= best.end) best = n;
    else if (n !== null && n.phrase.kind === 'system' && n.end === best.start) best = { ...n, end: best.end };
  }
  return best;
}

/** Extends a system name over its head noun ("Lancet drones", "Su-35 fighters") so the span shows both. */
function withHead(doc: Doc, d: WeaponDict, m: PhraseMatch, hi: number): PhraseMatch {
  // "missile production line", "drone factory": a production head makes the whole phrase technology; a bare
  // "technology" after a weapon keeps the weapon ("UAV technology" is drones in the gold conventions).
  const head = matchAt(d, doc.tokens, doc.article.text, m.end, hi);
  if (head !== null && head.phrase.weapon === 'technology' && m.phrase.weapon !== 'technology' && !/^(term:)?(military)?technology$/.test(head.phrase.id)) return { ...head, start: m.start };
  if (m.phrase.kind !== 'system') return m;
  return head !== null && isWeapon(head) && head.phrase.kind !== 'system' ? { ...m, end: head.end } : m;
}

/** The antecedent of the nearest "that/which" before the trigger. */
function searchRelative(doc: Doc, d: WeaponDict, w: Window): PhraseMatch | null {
  for (let j = w.ts - 1; j >= Math.max(w.lo, w.ts - 20); j--) {
    if (RELATIVES.has(doc.tokens[j]!.norm)) return nearestLeft(doc, d, w, j, Math.max(w.lo, j - 4), true);
  }
  return null;
}

/** Weapons coordinated with the main one ("technology as well as tanks and aircraft"). */
function coordinated(doc: Doc, d: WeaponDict, w: Window, from: number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const end = Math.min(w.hi, from + RIGHT_MAX);
  // The coordinator must come after the previous phrase: "Zolfaghar missiles" is one weapon, not two.
  let after = from;
  for (let i = from; i < end; i++) {
    const t = doc.tokens[i]!;
    if (STOPS.has(t.norm) || RELATIVES.has(t.norm) || t.norm === 'who') break;
    if (w.actors.has(i)) continue;
    const m = matchAt(d, doc.tokens, doc.article.text, i, end);
    if (!m) continue;
    const full = isWeapon(m) ? withHead(doc, d, m, end) : m;
    if (isWeapon(m) && coordinatedAt(doc, m.start, after)) out.push(ofChain(doc, d, full, end));
    i = full.end - 1;
    after = full.end;
  }
  return out;
}

/**
 * A coordinator before `i` ("and", ",", "as well as"), read back past the
 * words of an amount or modifiers ("and a significant number of howitzers");
 * a verb, a preposition other than "of", or punctuation other than a comma
 * means the phrase is not coordinated.
 */
function coordinatedAt(doc: Doc, i: number, lo: number): boolean {
  for (let j = i - 1; j >= Math.max(lo, i - 7); j--) {
    const t = doc.tokens[j]!;
    if (COORD.has(t.norm)) return true;
    if (t.norm === 'as' && doc.tokens[j - 1]?.norm === 'well' && doc.tokens[j - 2]?.norm === 'as') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADP' && t.norm !== 'of') || (t.pos === 'PUNCT' && !QUOTES.has(t.norm))) return false;
  }
  return false;
}

/** Searches the window of one event for the weapon phrase(s). */
export function findWeapon(doc: Doc, d: WeaponDict, w: Window): Found {
  const text = doc.article.text;
  // Coordination is read only after the trigger: a weapon found left of it has its list there too.
  const found = (primary: PhraseMatch, how: Found['how']): Found => ({
    primary,
    more: how === 'right' || how === 'trigger' ? coordinated(doc, d, w, Math.max(primary.end, w.te)) : [],
    how,
  });
  for (let i = Math.max(w.lo, w.ts - 2); i < w.te; i++) {
    const m = matchAt(d, doc.tokens, text, i, w.hi);
    // "military help" names no weapon; the verb "helped (Russia build ...)" says nothing about what is sent.
    const verbOnly = m !== null && m.start === w.ts && m.end === w.te && doc.tokens[w.ts]!.pos === 'VERB';
    if (m && m.end > w.ts && m.phrase.kind === 'none' && !verbOnly) return { primary: null, more: [], how: 'trigger' };
    if (m !== null && isWeapon(m) && m.end > w.ts) return found(ofChain(doc, d, m, w.hi), 'trigger');
  }
  const head = doc.tokens[w.ts]!;
  if (head.pos === 'NOUN' || head.pos === 'PROPN') {
    const m = nearestLeft(doc, d, w, w.ts, Math.max(w.lo, w.ts - 3), true);
    if (m && m.end >= w.ts - 1) return found(m, 'compound');
  }
  const r = searchRight(doc, d, w);
  if (r === 'none') return { primary: null, more: [], how: 'none' };
  if (r) return found(r, 'right');
  const l = nearestLeft(doc, d, w, w.ts, Math.max(w.lo, w.ts - LEFT_MAX), true);
  if (l) return found(l, 'left');
  const rel = searchRelative(doc, d, w);
  if (rel) return found(rel, 'relative');
  return { primary: null, more: [], how: 'none' };
}
