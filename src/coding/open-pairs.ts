/**
 * Pairs of any actors, for the PLOVER pair task end to end (FORMAT.md, "The
 * pair format"): people, groups, organisations and things acted on, not only
 * states. The state-event coder is reused on a copy of the doc in which every
 * noun group is an actor of its own, so its argument finder (subjects,
 * objects, prepositional phrases) picks the pair and no pair is dropped as
 * domestic. A sentence it codes nothing in gets the actors nearest a trigger
 * word (the first before, the first after). The pipeline's own events are
 * untouched: this is a separate reading of the doc.
 */
import type { Doc } from '../core/doc.js';
import type { Mention } from '../core/actor.js';
import type { PloverType } from '../core/event.js';
import type { Span } from '../core/span.js';
import { viewSentence } from './chunk.js';
import type { SentView } from './chunk.js';
import { codeDoc } from './coder.js';
import { toCodedEvents } from './event.js';
import { posOk } from './match.js';
import type { CodingDict } from './types.js';

/** A directed pair of actor mentions with the PLOVER type relating them. */
export interface PairEvent {
  sentence: number;
  sourceSpan: Span;
  targetSpan: Span;
  plover: PloverType | null;
  /** `coder` (arguments of a coded trigger) or `nearest` (the fallback). */
  rule: 'coder' | 'nearest';
}

/** Types a pair, e.g. the pair classifier; the pair's own type is used without one. */
export type PairLabeler = (doc: Doc, source: Span, target: Span) => PloverType | null;

const HEADS = new Set(['NOUN', 'PROPN']);
const NP_RULE = 'open-pairs:np';

function mentionsOf(doc: Doc, sentence: number): number[] {
  return doc.mentions.map((m, i) => (m.sentence === sentence ? i : -1)).filter((i) => i >= 0);
}

/** A pseudo-actor of its own: the code only tells mentions apart. */
function own(m: Omit<Mention, 'actors'>, code: string): Mention {
  return { ...m, actors: [{ code, state: code, sector: null, name: code, role: null, entryId: 'open-pairs' }] };
}

/** True when no mention covers a token of chunk `c`. */
function uncovered(sv: SentView, c: number): boolean {
  const ch = sv.chunks[c]!;
  for (let i = ch.start; i < ch.end; i++) if (sv.mentionOf[i]! >= 0) return false;
  return true;
}

/**
 * Noun groups headed by a noun or name that no mention covers, as mentions,
 * each with its chain of "of" complements ("the arrest of two reporters", "a
 * wave of strikes"): the phrase names one thing.
 */
function nounGroups(doc: Doc, sv: SentView, sentence: number): Omit<Mention, 'actors'>[] {
  const out: Omit<Mention, 'actors'>[] = [];
  const isNoun = (c: number) => sv.chunks[c]?.kind === 'NP' && HEADS.has(sv.pos[sv.chunks[c]!.head]!) && uncovered(sv, c);
  for (let c = 0; c < sv.chunks.length; c++) {
    if (!isNoun(c)) continue;
    let last = c;
    while (sv.chunks[last + 1]?.kind === 'ADP' && sv.norm[sv.chunks[last + 1]!.start] === 'of' && isNoun(last + 2)) last += 2;
    const first = doc.tokens[sv.base + sv.chunks[c]!.start]!;
    const end = doc.tokens[sv.base + sv.chunks[last]!.end - 1]!;
    out.push({ start: first.start, end: end.end, kind: 'group', sentence, tokenStart: sv.base + sv.chunks[c]!.start, tokenEnd: sv.base + sv.chunks[last]!.end, rule: NP_RULE });
    c = last;
  }
  return out;
}

/** A copy of the doc whose mentions are every actor-like noun group, each a distinct actor. */
export function openDoc(doc: Doc, d: CodingDict): Doc {
  const mentions: Mention[] = doc.mentions.map((m, i) => own(m, `M${i}`));
  for (const s of doc.sentences) {
    const sv = viewSentence(doc, s, d.lexicon, mentionsOf(doc, s.index));
    for (const m of nounGroups(doc, sv, s.index)) mentions.push(own(m, `N${mentions.length}`));
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...doc, mentions, events: [], layers: new Set(doc.layers) };
}

/** The fallback of a sentence with no coded pair: around the first trigger word with actors on both sides, the sentence's first actor and the first actor after the word. */
function nearestPair(doc: Doc, d: CodingDict, sentence: number): PairEvent | null {
  const s = doc.sentences[sentence]!;
  const ms = mentionsOf(doc, sentence);
  const sv = viewSentence(doc, s, d.lexicon, ms);
  for (let t = 0; t < sv.n; t++) {
    const cands = d.byLemma.get(sv.lemma[t]!) ?? d.byLemma.get(sv.norm[t]!);
    if (!cands || sv.mentionOf[t]! >= 0 || !cands.some((p) => posOk(sv, t, p))) continue;
    const at = doc.tokens[sv.base + t]!;
    // The sentence's first actor is its subject more often than the nearest one ("X, an ally of Y, condemned Z").
    const before = ms.map((i) => doc.mentions[i]!).find((m) => m.end <= at.start);
    const rest = ms.map((i) => doc.mentions[i]!).filter((m) => m.start >= at.end);
    const after = rest.find((m) => actorLike(doc, d, m)) ?? rest[0];
    if (!before || !after) continue;
    const plover = d.cameo.get(cands[0]!.code)?.plover ?? null;
    return { sentence, sourceSpan: span(before), targetSpan: span(after), plover, rule: 'nearest' };
  }
  return null;
}

const span = (x: Span): Span => ({ start: x.start, end: x.end });

/** Lexicon classes whose head nouns name people, groups or bodies. */
const ACTOR_CLASSES = ['actor-head', 'forces-noun', 'group-anaphor', 'plural-anaphor', 'allies', 'person-plural'];

/**
 * True when a mention of the open doc names an actor rather than a thing:
 * a gazetteer mention, a name, or a noun group headed by a word for people
 * or bodies ("the farmers", "the court"), unlike "a letter" or "the border".
 */
export function actorLike(doc: Doc, d: CodingDict, m: Mention): boolean {
  if (m.rule !== NP_RULE) return true;
  const toks = doc.tokens.slice(m.tokenStart, m.tokenEnd);
  if (toks.some((t) => t.pos === 'PROPN')) return true;
  const heads = toks.filter((t) => t.pos === 'NOUN');
  return heads.some((t) => ACTOR_CLASSES.some((c) => d.lexicon.classes.get(c)?.has(t.lemma) || d.lexicon.classes.get(c)?.has(t.norm)));
}

/**
 * "granted asylum to the writer", "sent a letter to the board": a target
 * that names a thing yields to the first actor after it in its sentence, if
 * there is one.
 */
function actorTarget(open: Doc, d: CodingDict, target: Span): Span {
  const m = open.mentions.find((x) => x.start === target.start && x.end === target.end);
  if (!m || actorLike(open, d, m)) return target;
  return open.mentions.find((x) => x.sentence === m.sentence && x.start >= m.end && actorLike(open, d, x)) ?? target;
}

/**
 * The actor pairs of `doc` (processed through NLP and actors) with their
 * types: the coder's pairs over the open doc, the nearest-actors fallback
 * for sentences it leaves empty, each typed by `label` when given.
 */
export function extractOpenPairs(doc: Doc, d: CodingDict, label?: PairLabeler): PairEvent[] {
  const open = openDoc(doc, d);
  const out: PairEvent[] = [];
  for (const e of toCodedEvents(codeDoc(open, d, null), doc.article.id, d, 'open-pairs')) {
    if (!e.sourceSpan || !e.targetSpan) continue;
    out.push({ sentence: e.sentence, sourceSpan: span(e.sourceSpan), targetSpan: span(actorTarget(open, d, e.targetSpan)), plover: e.plover, rule: 'coder' });
  }
  for (const s of doc.sentences) {
    if (out.some((e) => e.sentence === s.index)) continue;
    const p = nearestPair(open, d, s.index);
    if (p) out.push(p);
  }
  return label ? out.map((e) => ({ ...e, plover: label(doc, e.sourceSpan, e.targetSpan) ?? e.plover })) : out;
}
