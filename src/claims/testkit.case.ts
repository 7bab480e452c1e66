/**
 * Hand-built docs for the claims tests: real tokens and sentences from
 * wink-nlp, hand-made mentions and events, so the tests do not depend on
 * the gazetteer or the coder.
 */
import type { Doc } from '../core/doc.js';
import type { Mention, MentionKind } from '../core/actor.js';
import type { CodedEvent, Modality } from '../core/event.js';
import { annotate, loadWink } from '../nlp/index.js';
import { newDoc } from '../pipeline/pipeline.js';

const nlp = loadWink();

export interface MentionSpec {
  text: string;
  kind: MentionKind;
  state: string;
  code?: string;
  name?: string;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

export interface EventSpec {
  code: string;
  source: string | null;
  target: string | null;
  /** Trigger word as written, and which occurrence. */
  trigger: string;
  nth?: number;
  modality?: Modality;
  hedged?: boolean;
  weapon?: CodedEvent['weapon'];
  quad?: 1 | 2 | 3 | 4;
  claimant?: string | null;
}

function find(text: string, s: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" #${nth} not in text`);
  }
  return at;
}

const QUAD: Record<string, 1 | 2 | 3 | 4> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2,
  '09': 3, '10': 3, '11': 3, '12': 3, '13': 3, '14': 3, '15': 4, '16': 4, '17': 4, '18': 4, '19': 4, '20': 4 };

/** A doc with tokens, sentences, the given mentions and events. */
export function makeDoc(text: string, mentions: MentionSpec[], events: EventSpec[],
  meta: { published?: string | null; outlet?: string | null; id?: string } = {}): Doc {
  const doc = newDoc({ id: meta.id ?? 'art1', externalId: null, url: null, title: null, published: meta.published ?? null,
    outlet: meta.outlet ?? null, text, dateline: null, origin: 'test' });
  const { tokens, sentences } = annotate(nlp, text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  doc.mentions = mentions.map((m) => mention(doc, m)).sort((a, b) => a.start - b.start);
  doc.events = events.map((e, i) => event(doc, e, i));
  return doc;
}

function tokenAt(doc: Doc, off: number): number {
  return doc.tokens.findIndex((t) => t.start <= off && off < t.end);
}

function mention(doc: Doc, m: MentionSpec): Mention {
  const start = find(doc.article.text, m.text, m.nth);
  const end = start + m.text.length;
  const ts = tokenAt(doc, start);
  const te = tokenAt(doc, end - 1) + 1;
  const state = m.kind === 'outlet' ? m.state : m.state;
  return { start, end, kind: m.kind, sentence: doc.tokens[ts]!.sentence, tokenStart: ts, tokenEnd: te, rule: 'test',
    actors: [{ code: m.code ?? state, state, sector: null, name: m.name ?? m.text, role: null, entryId: `test:${m.name ?? m.text}` }] };
}

function event(doc: Doc, e: EventSpec, i: number): CodedEvent {
  const start = find(doc.article.text, e.trigger, e.nth);
  const t = tokenAt(doc, start);
  const root = e.code.slice(0, 2);
  return {
    id: `ev${i}`, articleId: doc.article.id, sentence: doc.tokens[t]!.sentence, code: e.code, root, plover: null,
    goldstein: 0, quadClass: e.quad ?? QUAD[root] ?? 1, source: e.source, target: e.target, sourceActor: e.source,
    targetActor: e.target, trigger: { start, end: start + e.trigger.length }, sourceSpan: null, targetSpan: null,
    modality: e.modality ?? 'actual', hedged: e.hedged ?? false, cueSpans: [], claimant: e.claimant ?? null,
    reportedBy: null, chain: [], date: null, datePrecision: 'unknown', dateSource: null, history: false, claimId: null,
    rules: ['test'], dictVersion: 'test', weapon: e.weapon ?? null, system: null, maker: null, quantity: null,
    quantityMin: null, quantityMax: null, stage: null, weaponSpan: null, quantitySpan: null,
  };
}

/** The events of a doc as compact strings: "072 IRN>RUS actual cl=USA rb=Reuters". */
export function brief(doc: Doc): string[] {
  return doc.events.map((e) => `${e.code} ${e.source}>${e.target} ${e.modality}${e.weapon ? ' ' + e.weapon : ''} cl=${e.claimant} rb=${e.reportedBy}`);
}

/** One event by trigger text (first match). */
export function ev(doc: Doc, trigger: string, code?: string): CodedEvent {
  const e = doc.events.find((x) => doc.article.text.slice(x.trigger.start, x.trigger.end) === trigger && (!code || x.code === code));
  if (!e) throw new Error(`no event on "${trigger}"`);
  return e;
}
