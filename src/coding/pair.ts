/**
 * The PLOVER pair classifier: given a sentence and two actor spans (any
 * actors, not only states), the PLOVER type relating them. An event already
 * coded between the spans decides; else the trigger that links the spans
 * structurally (between them, nearest the source), mapped through the CAMEO
 * table.
 */
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import type { PloverType } from '../core/event.js';
import type { Span } from '../core/span.js';
import { PACKAGE_ROOT } from '../config.js';
import { annotate } from '../nlp/index.js';
import type { WinkNlp } from '../nlp/index.js';
import { newDoc } from '../pipeline/pipeline.js';
import { inClass, viewSentence } from './chunk.js';
import type { SentView } from './chunk.js';
import { rightArgs } from './args.js';
import { loadCodingDictionaries } from './dict.js';
import { matchAt, posOk } from './match.js';
import { modalityOf } from './modality.js';
import { INTENT_TYPES } from './event.js';
import { modelPair } from './learn/pair-model.js';
import type { PairModel } from './learn/pair-model.js';
import type { CodingDict, VerbPattern } from './types.js';

const overlaps = (a: Span | null, b: Span): boolean => a !== null && a.start < b.end && b.start < a.end;

/** What the rules say about a pair, and on what ground (features for the learned classifier). */
export interface RuleAnswer {
  plover: PloverType | null;
  /** `event`: an event coded between the spans; `trigger`: the best-placed dictionary trigger; `none`: silent. */
  via: 'event' | 'trigger' | 'none';
  /** CAMEO code of the event or trigger pattern. */
  code: string | null;
  /** Doc token index of the trigger (`trigger` only). */
  trigger: number | null;
}

const SILENT: RuleAnswer = { plover: null, via: 'none', code: null, trigger: null };

/**
 * PLOVER type of the relation source → target in `doc` (processed at least
 * through NLP) by the rules alone, with the ground of the answer. An event
 * already coded between the spans decides; else the trigger that links the
 * spans structurally.
 */
export function ruleAnswer(doc: Doc, source: Span, target: Span, d: CodingDict): RuleAnswer {
  for (const e of doc.events) {
    if ((overlaps(e.sourceSpan, source) && overlaps(e.targetSpan, target)) || (overlaps(e.sourceSpan, target) && overlaps(e.targetSpan, source))) {
      if (e.plover) return { plover: e.plover, via: 'event', code: e.code, trigger: null };
    }
  }
  const sent = doc.sentences.find((s) => s.start <= source.start && source.start < s.end + 1) ?? doc.sentences[0];
  if (!sent) return SILENT;
  const ms = doc.mentions.map((m, i) => (m.sentence === sent.index ? i : -1)).filter((i) => i >= 0);
  const sv = viewSentence(doc, sent, d.lexicon, ms);
  const best = bestTrigger(sv, d, source, target);
  if (!best) return SILENT;
  const answer = { code: best.pattern.code, via: 'trigger' as const, trigger: sv.base + best.t };
  const plover = d.cameo.get(best.pattern.code)?.plover ?? null;
  if (plover && INTENT_TYPES.has(plover)) {
    const c = sv.chunkOf[best.t]!;
    const m = modalityOf(sv, best.t, c, rightArgs(sv, c).end).modality;
    // A planned meeting, aid or concession is an intent to do it (CAMEO 03x): AGREE.
    if (m === 'future') return { ...answer, plover: 'AGREE' };
    // Refusing to meet, help or concede is a rejection (CAMEO 12x): REJECT.
    if (m === 'negated') return { ...answer, plover: 'REJECT' };
  }
  return { ...answer, plover };
}

/**
 * PLOVER type of the relation source → target in `doc` (processed at least
 * through NLP). Pass the coding dictionary; without it the default one is
 * loaded (slow: pass it when classifying many pairs). With a pair model the
 * model decides, the rules' answer being one of its features; without one,
 * the rules alone.
 */
export function classifyPair(doc: Doc, source: Span, target: Span, dict?: CodingDict, model?: PairModel): PloverType | null {
  const d = dict ?? defaultDict();
  if (!d) return null;
  const rule = ruleAnswer(doc, source, target, d);
  return model ? modelPair(model, doc, source, target, d, rule) : rule.plover;
}

function defaultDict(): CodingDict | null {
  const r = loadCodingDictionaries(path.join(PACKAGE_ROOT, 'dictionaries'));
  return r.ok ? r.value : null;
}

/** Score of a trigger position: between the spans and near the source is best. */
function score(at: Span, source: Span, target: Span, verb: boolean): number {
  const lo = Math.min(source.end, target.end);
  const hi = Math.max(source.start, target.start);
  const between = at.start >= lo && at.end <= hi;
  const dist = Math.min(Math.abs(at.start - source.end), Math.abs(source.start - at.end));
  return (between ? 0 : 1000) + dist + (verb ? 0 : 40);
}

/** The pattern of the best-placed trigger of the sentence, and where it is. */
function bestTrigger(sv: SentView, d: CodingDict, source: Span, target: Span): { pattern: VerbPattern; t: number } | null {
  let best: { pattern: VerbPattern; t: number } | null = null;
  let bestScore = Infinity;
  for (let t = 0; t < sv.n; t++) {
    const cands = d.byLemma.get(sv.lemma[t]!) ?? d.byLemma.get(sv.norm[t]!);
    if (!cands) continue;
    const at = sv.doc.tokens[sv.base + t]!;
    if (overlaps(source, at)) continue;
    const r = rightArgs(sv, sv.chunkOf[t]!);
    const end = r.end < sv.chunks.length ? sv.chunks[r.end]!.start : sv.n;
    if (lightVerb(sv, d, t)) continue;
    const matched = matchAt(sv, d, t, end);
    // Without a match, only a pattern with no constraints may stand in for the word.
    const p = matched[0] ?? cands.find((c) => !c.needs && !c.after && !c.particle && posOk(sv, t, c));
    if (!p) continue;
    const verb = sv.pos[t] === 'VERB';
    const s = score(at, source, target, verb) + (matched.length ? 0 : 25) + (overlaps(target, at) ? 60 : 0);
    if (s < bestScore) { bestScore = s; best = { pattern: p, t }; }
  }
  return best;
}

/** "launched an investigation", "pledged support": a light verb whose object noun is itself a trigger; the noun decides. */
function lightVerb(sv: SentView, d: CodingDict, t: number): boolean {
  if (sv.pos[t] !== 'VERB' || !inClass(sv, t, 'light-verb')) return false;
  const next = sv.chunks[sv.chunkOf[t]! + 1];
  if (!next || next.kind !== 'NP') return false;
  const h = next.head;
  return d.byLemma.has(sv.lemma[h]!) || d.byLemma.has(sv.norm[h]!);
}

/**
 * Text-only wrapper for the pair eval: tokenizes `text` with the given wink
 * instance and classifies without actor mentions.
 */
export function classifyPairText(nlp: WinkNlp, text: string, source: Span, target: Span, dict: CodingDict, model?: PairModel): PloverType | null {
  const doc = newDoc({ id: 'pair', externalId: null, url: null, title: null, published: null, outlet: null, text, dateline: null, origin: 'pair' });
  const { tokens, sentences } = annotate(nlp, text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  return classifyPair(doc, source, target, dict, model);
}
